/**
 * Published worked examples reproduced with canbang's WISN arithmetic, each within the rounding of its source.
 * (The Kenya example, Burmen et al., Human Resources for Health 2017, 15:9, Table 3, is in wisn.test.ts.)
 * Derived numbers are labelled as derived; no figure here comes from anywhere but the cited text.
 */
import { describe, expect, it } from 'vitest';
import { balance, createDataset, requirementMatrix, type DatasetRows, type WorkingTimeRow } from '@canbang/core';

/** One facility, one staff category: `requiredFte` FTE of casework at the given AWT and `staff` current staff. */
function facility(field: string, requiredFte: number, staff: number, working_time?: WorkingTimeRow[]): DatasetRows {
  return {
    units: [{ code: 'H', name: 'facility', kind: 'commune', province_code: 'P', population: 1, area_km2: 1, lat: 0, lon: 0, terrain: 'plain' }],
    standards: [{ field, activity: 'care', kind: 'service', minutes_per_case: 60, share: null, hours: null }],
    // 60-minute cases: cases a year = required FTE x AWT hours (default AWT 1,832 h).
    volumes: [{ unit_code: 'H', field, activity: 'care', cases: requiredFte * 1832 }],
    headcount: [{ unit_code: 'H', field, staff }],
    ...(working_time ? { working_time } : {}),
    meta: { name: 'published example', synthetic: false, source: 'see test', period: 'year', periodsPerYear: 1 },
  };
}

describe('BMC Health Services Research 2007, 7:196, Table 1 ("Capacity management of nursing staff as a vehicle for organizational improvement")', () => {
  // Table 1: contractual annual working hours per FTE 1872.0; holiday 9 % = 168.5 h; extra holiday (> age 45)
  // 0.2 % = 3.7 h; compensation for official holidays 3.5 % = 65.5 h; professional development 2 % = 37.4 h;
  // average sick leave 4 % = 74.9 h; available annual working hours per FTE 1521.9.
  const absences = { holiday: [9, 168.5], extra_holiday: [0.2, 3.7], official_holidays: [3.5, 65.5], professional_development: [2, 37.4], sick_leave: [4, 74.9] } as const;

  it('each absence in hours is its percentage of the 1,872 contractual hours (published to 0.1 h)', () => {
    for (const [percent, hours] of Object.values(absences)) expect(Math.abs((percent / 100) * 1872 - hours)).toBeLessThanOrEqual(0.05);
  });

  it('AWT from a working_time row: 36 h x 52 weeks (= 1,872 h) minus 18.7 % of it as leave days of 7.2 h = 1521.9 h', () => {
    // Representation (derived): 1,872 h = 36 h/week x 52 weeks = 260 days of 7.2 h; the absences, 18.7 % of the
    // contractual time, are 0.187 x 260 = 48.62 days.
    const totalPercent = Object.values(absences).reduce((s, [p]) => s + p, 0);
    const leave_days = (totalPercent / 100) * 260;
    const m = requirementMatrix(createDataset(facility('nursing', 1, 1, [{ field: 'nursing', hours_per_week: 36, weeks_per_year: 52, hours_per_day: 7.2, leave_days }])));
    expect(Math.abs(m.awt[0]! - 1521.9)).toBeLessThanOrEqual(0.05);
  });
});

describe('Namaganda et al., Human Resources for Health 2015, 13:89 (Uganda national WISN assessment), Abstract', () => {
  // "all three types of health centres had fewer nurses (42-70%) and midwives (53-67%) than required and
  // consequently exhibited high workload pressure (30-58%)": pressure = 1 - WISN ratio.
  it.each([
    [0.42, 0.58],
    [0.7, 0.3],
  ])('nurses at %s of the requirement -> workload pressure %s (balance.pressure)', (share, pressure) => {
    const byField = balance(createDataset(facility('nursing', 100, share * 100))).byField.objects() as Record<string, number | string>[];
    expect(byField[0]!.ratio).toBeCloseTo(share, 12);
    expect(byField[0]!.pressure).toBeCloseTo(pressure, 12);
    expect(byField[0]!.status).toBe('overloaded');
  });

  it('midwives at 53-67 % of the requirement: pressure 33-47 %, inside the published 30-58 % range', () => {
    for (const share of [0.53, 0.67]) {
      const p = (balance(createDataset(facility('midwifery', 100, share * 100))).byField.objects()[0] as Record<string, number>).pressure!;
      expect(p).toBeGreaterThanOrEqual(0.3);
      expect(p).toBeLessThanOrEqual(0.58);
    }
  });
});

describe('Najafpour et al., PLOS ONE 2023, 18(12): e0295213, Abstract', () => {
  // "The highest shortage (-47) and workload pressure (WISN ratio 0.45) were observed in the general-educational
  // hospitals." Derived: the two published figures fix required = 47 / (1 - 0.45) = 85.45 and staff = 38.45 nurses;
  // canbang's gap (staff - required, negative = shortage) and ratio give both published figures back.
  it('gap -47 and WISN ratio 0.45 at the published rounding', () => {
    const required = 47 / (1 - 0.45);
    const row = balance(createDataset(facility('nursing', required, required - 47))).byField.objects()[0] as Record<string, number>;
    expect(Math.round(row.gap as number)).toBe(-47);
    expect((row.ratio as number).toFixed(2)).toBe('0.45');
  });
});

describe('Vafaee-Najar et al., Human Resources for Health 2018 (doi 10.1186/s12960-018-0309-5), Abstract', () => {
  // "the annual working time of all nurses except nurses working in the burn and psychiatric, burn ICU, and
  // pediatric psychiatry wards, which was 1302 h per year, was 1411 h per year": AWT differs by staff category.
  it('per-field AWT: the same nursing hours need 1411 / 1302 = 1.084 times the nurses in a burn ward', () => {
    const rows = facility('general_ward', 1, 1);
    const ds = createDataset({
      ...rows,
      standards: [...rows.standards, { field: 'burn_ward', activity: 'care', kind: 'service', minutes_per_case: 60, share: null, hours: null }],
      volumes: [
        { unit_code: 'H', field: 'general_ward', activity: 'care', cases: 14_110 },
        { unit_code: 'H', field: 'burn_ward', activity: 'care', cases: 14_110 },
      ],
      working_time: [{ field: 'general_ward', awt_hours: 1411 }, { field: 'burn_ward', awt_hours: 1302 }],
    });
    const m = requirementMatrix(ds);
    expect(Array.from(m.awt)).toEqual([1411, 1302]);
    expect(m.required[0]).toBeCloseTo(10, 12); // 14,110 h / 1,411 h
    expect(m.required[1]).toBeCloseTo(14_110 / 1302, 12); // 10.84 nurses
    expect((m.required[1]! / m.required[0]!).toFixed(3)).toBe('1.084');
  });
});
