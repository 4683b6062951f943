import { describe, expect, it } from 'vitest';
import {
  availableWorkingTime,
  CanbangInputError,
  categoryAllowanceFactor,
  createDataset,
  individualAllowanceFactor,
  requiredStaff,
  requirementMatrix,
  serviceFte,
  standardWorkload,
  VN_WORKING_TIME,
} from '@canbang/core';
import { tinyDataset, tinyRows } from '../fixtures/tiny-dataset.ts';

// Kenya worked example: Burmen et al., Human Resources for Health 2017, 15:9, Table 3 (a Kenyan WISN study;
// not the WHO user's manual, to which an earlier version of this test credited it): AWT = 179 eight-hour days =
// 1,432 h; 10,000 patients x 10 visits x 15 min; requirement before allowances = 25,000 h / 1,432 h = 17.46.
const KENYA_WORKING_TIME = { hoursPerWeek: 40, weeksPerYear: 52, hoursPerDay: 8, leaveDays: { all_absences: 81 } };

describe('WISN building blocks', () => {
  it('available working time: Viet Nam default is 40 x 52 - 31 x 8 = 1,832 h', () => {
    expect(availableWorkingTime()).toBe(1832);
    expect(availableWorkingTime(VN_WORKING_TIME)).toBe(1832);
  });

  it('available working time: Kenya example 260 - 81 = 179 days x 8 h = 1,432 h', () => {
    expect(availableWorkingTime(KENYA_WORKING_TIME)).toBe(1432);
  });

  it('standard workload = AWT x 60 / minutes per case', () => {
    // 1,432 h x 60 / 15 min = 5,728 visits a year
    expect(standardWorkload(1432, 15)).toBe(5728);
  });

  it('CAF = 1 / (1 - sum of shares): 10 % + 5 % gives 1 / 0.85', () => {
    expect(categoryAllowanceFactor([10, 5])).toBeCloseTo(1 / 0.85, 12);
    expect(categoryAllowanceFactor([])).toBe(1);
  });

  it('IAF = hours / AWT: (183.2 + 91.6) / 1,832 = 0.15', () => {
    expect(individualAllowanceFactor([183.2, 91.6], 1832)).toBeCloseTo(0.15, 12);
  });

  it('rejects impossible inputs with the argument named', () => {
    expect(() => categoryAllowanceFactor([60, 40])).toThrow(/add up to 100%/);
    expect(() => standardWorkload(1832, 0)).toThrow(/minutesPerCase is 0/);
    expect(() => availableWorkingTime({ ...VN_WORKING_TIME, leaveDays: { x: 400 } })).toThrow(/uses up all working time/);
    expect(() => individualAllowanceFactor([-1], 1832)).toThrow(/additionalHours\[0\] is -1/);
  });
});

describe('requirementMatrix / requiredStaff', () => {
  it('reproduces the Kenya example: 17.46 staff before allowances', () => {
    const ds = createDataset({
      units: [{ code: 'K', name: 'Kenya clinic', kind: 'commune', province_code: 'KE', population: 10_000, area_km2: 1, lat: 0, lon: 37, terrain: 'plain' }],
      standards: [{ field: 'nursing', activity: 'outpatient_visit', kind: 'service', minutes_per_case: 15, share: null, hours: null }],
      volumes: [{ unit_code: 'K', field: 'nursing', activity: 'outpatient_visit', cases: 100_000 }],
      headcount: [{ unit_code: 'K', field: 'nursing', staff: 12 }],
      meta: { name: 'Kenya', synthetic: false, source: 'Burmen et al., Human Resources for Health 2017, 15:9, Table 3', period: 'year', periodsPerYear: 1 },
    });
    const m = requirementMatrix(ds, { workingTime: KENYA_WORKING_TIME });
    // 100,000 x 15 min / (1,432 h x 60) = 17.458...
    expect(m.required[0]).toBeCloseTo(17.4581, 4);
    expect(m.required[0]!.toFixed(2)).toBe('17.46');
  });

  it('exposes the per-row decomposition of service FTE: each volumes row, its cell and standard, summing to the cell', () => {
    const m = requirementMatrix(tinyDataset());
    // Tiny fixture, by hand (AWT 109,920 min a year, 4 quarters): A land 1,832 x 4 x 30 / 109,920 = 2;
    // A office 1,374 x 4 x 60 / 109,920 = 3; B land 458 x 4 x 30 / 109,920 = 0.5; B office 229 x 4 x 60 / 109,920 = 0.5.
    expect(Array.from(m.volumeRows.serviceFte, (x) => Number(x.toFixed(12)))).toEqual([2, 3, 0.5, 0.5]);
    expect(m.serviceStandards.map((s) => `${s.field}/${s.activity}`)).toEqual(['land/registration', 'office/documents']);
    expect(Array.from(m.volumeRows.standard)).toEqual([0, 1, 0, 1]);
    const cellOf = (unit: string, field: string) => m.unitCodes.indexOf(unit) * m.fields.length + m.fields.indexOf(field);
    expect(Array.from(m.volumeRows.cell)).toEqual([cellOf('A', 'land'), cellOf('A', 'office'), cellOf('B', 'land'), cellOf('B', 'office')]);
    // The general rule on any dataset: serviceFte per cell is exactly the sum of its rows, in row order.
    const sums = new Float64Array(m.serviceFte.length);
    m.volumeRows.cell.forEach((c, r) => (sums[c]! += m.volumeRows.serviceFte[r]!));
    expect(sums).toEqual(m.serviceFte);
  });

  it('standard workload (deprecated) and service FTE agree: annual cases / standard workload = service FTE', () => {
    // Kenya: 100,000 visits / 5,728 visits per FTE = 17.458 FTE (Burmen et al. 2017, Table 3: 17.46).
    expect(100_000 / standardWorkload(1432, 15)).toBeCloseTo(serviceFte(100_000, 15, 1432), 12);
  });

  it('applies CAF and IAF: land in unit A is 2 x 1.25 + 0.25 = 2.75', () => {
    const rows = requiredStaff(tinyDataset()).objects() as Record<string, number | string>[];
    const aLand = rows.find((r) => r.unit_code === 'A' && r.field === 'land')!;
    // 1,832 cases/quarter x 4 x 30 min = 219,840 min; / 109,920 min per FTE = 2 FTE
    expect(aLand.service_fte).toBeCloseTo(2, 12);
    expect(aLand.caf).toBeCloseTo(1.25, 12); // 1 / (1 - 0.20)
    expect(aLand.iaf).toBeCloseTo(0.25, 12); // 458 / 1,832
    expect(aLand.required).toBeCloseTo(2.75, 12);
    // office in A: 1,374 x 4 x 60 = 329,760 min / 109,920 = 3 FTE, no allowances
    expect(rows.find((r) => r.unit_code === 'A' && r.field === 'office')!.required).toBeCloseTo(3, 12);
    // C has no land volumes and no land staff: only the individual_allowances row naming C gives it the
    // inspector's 0.25 (without that row the empty cell would need nothing); office nothing
    expect(rows.find((r) => r.unit_code === 'C' && r.field === 'land')!.required).toBeCloseTo(0.25, 12);
    expect(rows.find((r) => r.unit_code === 'C' && r.field === 'office')!.required).toBe(0);
    expect(rows).toHaveLength(3 * 2); // every unit x every field
  });

  it('metamorphic: doubling every volume doubles the service requirement', () => {
    const base = requirementMatrix(tinyDataset());
    const doubled = requirementMatrix(tinyDataset({ volumes: tinyRows().volumes.map((v) => ({ ...v, cases: v.cases * 2 })) }));
    base.serviceFte.forEach((fte, i) => expect(doubled.serviceFte[i]).toBeCloseTo(2 * fte, 12));
  });

  it('metamorphic: adding an unused unit changes no other unit', () => {
    const base = requirementMatrix(tinyDataset());
    const extra = { code: 'Z', name: 'Xã Trống', kind: 'commune' as const, province_code: 'P9', population: 1, area_km2: 1, lat: 10, lon: 106, terrain: 'plain' as const };
    const more = requirementMatrix(tinyDataset({ units: [...tinyRows().units, extra] }));
    expect(Array.from(more.required.slice(0, base.required.length))).toEqual(Array.from(base.required));
  });

  it('periodsPerYear option overrides the dataset meta', () => {
    const quarterly = requirementMatrix(tinyDataset());
    const monthly = requirementMatrix(tinyDataset(), { periodsPerYear: 12 });
    // office has no allowances, so its requirement scales by 12 / 4 = 3
    expect(monthly.required[1]).toBeCloseTo(quarterly.required[1]! * 3, 12);
  });

  it('a hand-built Dataset that skipped createDataset: rows without a unit or standard are named, not ignored', () => {
    const ds = tinyDataset();
    const badStaff = { ...ds, headcount: ds.headcount.derive({ unit_code: () => 'Z' }) };
    expect(() => requirementMatrix(badStaff)).toThrow(CanbangInputError);
    expect(() => requirementMatrix(badStaff)).toThrow(/requirementMatrix\(dataset.headcount\), item 1, column "unit_code": got "Z"; expected a unit code/);
    const badVolume = { ...ds, volumes: ds.volumes.derive({ activity: () => 'nope' }) };
    expect(() => requirementMatrix(badVolume)).toThrow(/requirementMatrix\(dataset.volumes\), item 1, column "activity": got "nope"; expected a service activity of field "land"/);
  });
});
