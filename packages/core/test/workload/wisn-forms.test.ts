import { describe, expect, it } from 'vitest';
import {
  allowanceHoursPerYear,
  allowancePercent,
  applyLevers,
  balance,
  CanbangInputError,
  createDataset,
  requirementMatrix,
  type DatasetRows,
  type StandardRow,
  uncertainty,
} from '@canbang/core';
import { tinyRows, TINY_UNITS } from '../fixtures/tiny-dataset.ts';

// Viet Nam default working time: AWT = 40 x 52 - 31 x 8 = 1,832 h = 229 working days of 8 h = 45.8 weeks of 40 h.
const VN = { awtHours: 1832, hoursPerDay: 8, hoursPerWeek: 40 };

/** One unit, one field "f": a service (60 min a case) plus the allowance rows given; volumes per year. */
function oneField(extra: StandardRow[], cases: number, staff: number, more: Partial<DatasetRows> = {}): DatasetRows {
  return {
    units: [TINY_UNITS[0]!],
    standards: [{ field: 'f', activity: 'case', kind: 'service', minutes_per_case: 60, share: null, hours: null }, ...extra],
    volumes: [{ unit_code: 'A', field: 'f', activity: 'case', cases }],
    headcount: [{ unit_code: 'A', field: 'f', staff }],
    meta: { name: 'hand-made', synthetic: true, source: 'test', period: 'year', periodsPerYear: 1 },
    ...more,
  };
}
const support = (activity: string, form: Partial<StandardRow>): StandardRow => ({ field: 'f', activity, kind: 'support', minutes_per_case: null, share: null, hours: null, ...form });
const additional = (activity: string, form: Partial<StandardRow>): StandardRow => ({ field: 'f', activity, kind: 'additional', minutes_per_case: null, share: null, hours: null, ...form });

describe('category allowances as time: conversion to a percentage of working time', () => {
  it.each([
    // [hours, per, hours a year, percent] by hand with AWT 1,832 h, 8 h a day, 40 h a week
    [0.5, 'day', 0.5 * 229, 6.25], // half an hour of every 8-hour working day
    [8, 'week', 8 * 45.8, 20], // one day of every working week
    [4, 'month', 48, (48 / 1832) * 100],
    [91.6, 'year', 91.6, 5],
  ] as const)('%s h per %s = %s h a year = %s %%', (hours, per, perYear, percent) => {
    expect(allowanceHoursPerYear(hours, per, VN)).toBeCloseTo(perYear, 10);
    expect(allowancePercent(hours, per, VN)).toBeCloseTo(percent, 10);
  });

  it('a support activity given as time gives the same requirement as the same share given as a percentage', () => {
    // 1,832 cases x 60 min = 1 FTE of service; 0.5 h a day = 6.25 % -> CAF 1 / 0.9375; plus 10 % as a share -> CAF 1 / 0.8375.
    const asTime = createDataset(oneField([support('meetings', { hours: 0.5, per: 'day' }), support('reports', { share: 10 })], 1832, 1));
    const asShare = createDataset(oneField([support('meetings', { share: 6.25 }), support('reports', { share: 10 })], 1832, 1));
    expect(requirementMatrix(asTime).required[0]).toBeCloseTo(1 / 0.8375, 12);
    expect(requirementMatrix(asShare).required[0]).toBeCloseTo(1 / 0.8375, 12);
  });

  it('support time that uses up the working time is an error naming the standards row', () => {
    const ds = createDataset(oneField([support('meetings', { hours: 5, per: 'day' }), support('reports', { hours: 3, per: 'day' })], 10, 1));
    expect(() => requirementMatrix(ds)).toThrow(CanbangInputError);
    expect(() => requirementMatrix(ds)).toThrow(/standards, item 3, column "hours".*less than 100 %/);
  });

  it('validation: share and hours together, a bad period, per on a service row', () => {
    expect(() => createDataset(oneField([support('m', { share: 5, hours: 1 })], 1, 1))).toThrow(/item 2, column "share".*not both/);
    expect(() => createDataset(oneField([support('m', { hours: 1, per: 'fortnight' as never })], 1, 1))).toThrow(/column "per".*day \| week \| month \| year/);
    expect(() => createDataset(oneField([support('m', { share: 5, per: 'day' })], 1, 1))).toThrow(/column "per".*per goes with hours/);
    const rows = oneField([], 1, 1);
    expect(() => createDataset({ ...rows, standards: [{ ...rows.standards[0]!, per: 'day' }] })).toThrow(/column "per".*empty for a service activity/);
  });
});

describe('available working time per field and unit (working_time table)', () => {
  const twoFields = (working_time: DatasetRows['working_time']): DatasetRows => ({
    units: TINY_UNITS.slice(0, 2),
    standards: [
      { field: 'f', activity: 'case', kind: 'service', minutes_per_case: 60, share: null, hours: null },
      { field: 'g', activity: 'case', kind: 'service', minutes_per_case: 60, share: null, hours: null },
      { field: 'g', activity: 'meetings', kind: 'support', minutes_per_case: null, share: null, hours: 4, per: 'week' },
    ],
    volumes: ['A', 'B'].flatMap((u) => ['f', 'g'].map((field) => ({ unit_code: u, field, activity: 'case', cases: 1832 }))),
    headcount: [],
    meta: { name: 'hand-made', synthetic: true, source: 'test', period: 'year', periodsPerYear: 1 },
    ...(working_time ? { working_time } : {}),
  });

  it('a field row changes every unit of that field; a unit row only that unit; components fall back field -> default', () => {
    const m = requirementMatrix(createDataset(twoFields([
      { field: 'f', awt_hours: 1374 }, // f everywhere: 1,832 h of work / 1,374 h = 4/3 FTE
      { field: 'g', unit_code: 'B', hours_per_week: 36, hours_per_day: 7.2 }, // g in B: 36 x 52 - 31 x 7.2 = 1,648.8 h
    ])));
    const at = (u: number, f: number) => u * 2 + f;
    expect(m.awt[at(0, 0)]).toBe(1374);
    expect(m.awt[at(1, 0)]).toBe(1374);
    expect(m.required[at(0, 0)]).toBeCloseTo(1832 / 1374, 12);
    expect(m.awt[at(0, 1)]).toBe(1832); // g in A keeps the default
    expect(m.awt[at(1, 1)]).toBeCloseTo(1648.8, 9);
    // g's 4 h a week is 4 / 40 = 10 % of A's time and 4 / 36 = 11.1 % of B's: CAF differs by unit.
    expect(m.caf[at(0, 1)]).toBeCloseTo(1 / 0.9, 12);
    expect(m.caf[at(1, 1)]).toBeCloseTo(1 / (1 - 4 / 36), 12);
    expect(m.required[at(1, 1)]).toBeCloseTo((1832 / 1648.8) / (1 - 4 / 36), 12);
  });

  it('balance and noise-free Monte Carlo use the same per-cell AWT', () => {
    const ds = createDataset(twoFields([{ field: 'f', awt_hours: 916 }, { field: 'g', unit_code: 'B', awt_hours: 1374 }]));
    const required = balance(ds).byField.array('required') as Float64Array;
    expect(required[0]).toBeCloseTo(2, 12); // 1,832 h / 916 h
    const perUnit = balance(ds).byUnit.array('required') as Float64Array;
    const zero = { volumeDistribution: { type: 'lognormal', cv: 0 }, standardDistribution: { type: 'triangular', cv: 0 } } as const;
    const u = uncertainty(ds, { name: 'none', levers: [] }, { draws: 3, seed: 1, ...zero });
    expect(Array.from(u.units.array('required_p50') as Float64Array)).toEqual(Array.from(perUnit));
  });

  it('rejects unknown fields and units, duplicates, awt_hours with leave_days, and no value at all', () => {
    expect(() => createDataset(twoFields([{ field: 'x', awt_hours: 1 }]))).toThrow(/working_time\), item 1, column "field"/);
    expect(() => createDataset(twoFields([{ field: 'f', unit_code: 'Q', awt_hours: 1 }]))).toThrow(/column "unit_code"/);
    expect(() => createDataset(twoFields([{ field: 'f', awt_hours: 1 }, { field: 'f', awt_hours: 2 }]))).toThrow(/item 2, column "field".*duplicate/);
    expect(() => createDataset(twoFields([{ field: 'f', awt_hours: 1500, leave_days: 3 }]))).toThrow(/column "leave_days".*empty when awt_hours/);
    expect(() => createDataset(twoFields([{ field: 'f' }]))).toThrow(/awt_hours or at least one/);
    expect(() => requirementMatrix(createDataset(twoFields([{ field: 'f', leave_days: 300 }])))).toThrow(/working_time, item 1, column "leave_days"/);
  });
});

describe('individual allowances per staff member and per unit', () => {
  // Three units: A has work, B has staff but no work, C has neither.
  const rows = (staffDoing: number | null, perUnit: DatasetRows['individual_allowances'] = []): DatasetRows => ({
    units: TINY_UNITS,
    standards: [
      { field: 'f', activity: 'case', kind: 'service', minutes_per_case: 60, share: null, hours: null },
      { field: 'f', activity: 'council', kind: 'additional', minutes_per_case: null, share: null, hours: 4, per: 'month', staff_doing: staffDoing },
    ],
    volumes: [{ unit_code: 'A', field: 'f', activity: 'case', cases: 1832 }],
    headcount: [{ unit_code: 'B', field: 'f', staff: 2 }],
    ...(perUnit.length ? { individual_allowances: perUnit } : {}),
    meta: { name: 'hand-made', synthetic: true, source: 'test', period: 'year', periodsPerYear: 1 },
  });

  it('per staff member: 4 h a month x 12 x staff doing it / AWT; the unit row overrides the default', () => {
    const m = requirementMatrix(createDataset(rows(2, [{ unit_code: 'B', field: 'f', activity: 'council', staff: 3 }])));
    expect(m.iaf[0]).toBeCloseTo((48 * 2) / 1832, 12); // A: default 2 staff
    expect(m.iaf[1]).toBeCloseTo((48 * 3) / 1832, 12); // B: its own 3
    expect(m.iaf[2]).toBe(0); // C: no work, no staff, no row -> no requirement
  });

  it('the rule for empty cells: a unit with no work and no staff needs nothing, unless a row names it', () => {
    const old = requirementMatrix(createDataset(rows(null))); // constant form: 48 h for the whole unit x field
    expect(Array.from(old.iaf)).toEqual([48 / 1832, 48 / 1832, 0]);
    const named = requirementMatrix(createDataset(rows(0, [{ unit_code: 'C', field: 'f', activity: 'council', staff: 1 }])));
    expect(Array.from(named.iaf)).toEqual([0, 0, 48 / 1832]); // staff_doing 0 elsewhere; C says one person does it
  });

  it('a per-unit row needs the per-staff form, a known additional activity and no duplicate', () => {
    expect(() => createDataset(rows(null, [{ unit_code: 'A', field: 'f', activity: 'council', staff: 1 }]))).toThrow(/staff_doing set/);
    expect(() => createDataset(rows(1, [{ unit_code: 'A', field: 'f', activity: 'case', staff: 1 }]))).toThrow(/an additional activity.*service activity/);
    expect(() => createDataset(rows(1, [
      { unit_code: 'A', field: 'f', activity: 'council', staff: 1 },
      { unit_code: 'A', field: 'f', activity: 'council', staff: 2 },
    ]))).toThrow(/individual_allowances\), item 2.*duplicate/);
  });
});

describe('fractional staff (FTE)', () => {
  it('are accepted and carried through balance: 2.5 staff for 2.75 required', () => {
    const ds = createDataset(tinyRows({ headcount: [{ unit_code: 'A', field: 'land', staff: 2.5 }] }));
    const a = (balance(ds).byField.objects() as Record<string, number | string | null>[]).find((r) => r.unit_code === 'A' && r.field === 'land')!;
    expect(a.staff).toBe(2.5);
    expect(a.ratio as number).toBeCloseTo(2.5 / 2.75, 12);
    expect(a.pressure as number).toBeCloseTo(1 - 2.5 / 2.75, 12);
  });
});

describe('setAllowance lever: both forms in scenarios', () => {
  it('turns the 20 % land support share into 0.5 h a day (6.25 %) and an additional activity into per-staff time', () => {
    const base = createDataset(tinyRows());
    const ds = applyLevers(base, [
      { type: 'setAllowance', field: 'land', activity: 'meetings', hours: 0.5, per: 'day' },
      { type: 'setAllowance', field: 'land', activity: 'inspection', hours: 229, staffDoing: 2 },
    ]);
    const m = requirementMatrix(ds);
    // A land: 2 FTE of service x 1 / 0.9375 + 2 x 229 / 1,832
    expect(m.required[0]).toBeCloseTo(2 / 0.9375 + (2 * 229) / 1832, 12);
    expect(() => applyLevers(base, [{ type: 'setAllowance', field: 'land', activity: 'registration', share: 5 }])).toThrow(/support or additional activity/);
    expect(() => applyLevers(base, [{ type: 'setAllowance', field: 'land', activity: 'meetings', share: 5, hours: 1 }])).toThrow(/exactly one of "share" or "hours"/);
  });
});

describe('input files carry both forms (write -> read round trip)', () => {
  it('CSV directory, JSON and XLSX keep working_time, individual_allowances, per and staff_doing', async () => {
    const { mkdtempSync, rmSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readDataset, writeDataset } = await import('@canbang/io');
    const rows = tinyRows({ working_time: [{ field: 'land', awt_hours: 1600 }, { field: 'office', unit_code: 'B', hours_per_week: 36, hours_per_day: 7.2 }] });
    rows.standards = rows.standards.map((s) => (s.activity === 'meetings' ? { ...s, share: null, hours: 0.5, per: 'day' as const } : s));
    const ds = createDataset(rows);
    const dir = mkdtempSync(join(tmpdir(), 'canbang-wisn-'));
    try {
      for (const target of [join(dir, 'csv'), join(dir, 'd.json'), join(dir, 'd.xlsx')]) {
        await writeDataset(ds, target);
        const back = await readDataset(target);
        expect(Array.from(requirementMatrix(back).required)).toEqual(Array.from(requirementMatrix(ds).required));
      }
      expect(readdirSync(join(dir, 'csv')).sort()).toContain('working_time.csv');
      // A dataset without the optional tables is written without them (as before issue 17).
      await writeDataset(createDataset(tinyRows({ individual_allowances: [] , standards: tinyRows().standards.map((s) => ({ ...s, staff_doing: null })) })), join(dir, 'plain'));
      expect(readdirSync(join(dir, 'plain'))).not.toContain('working_time.csv');
      expect(readdirSync(join(dir, 'plain'))).not.toContain('individual_allowances.csv');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('plans move whole people when staff are fractional', () => {
  it('cuts: C office has 2.5 staff and no work, so at most 2 people can be cut there (floor), never 2.5 or 3', async () => {
    const { planReductions } = await import('@canbang/core');
    const rows = tinyRows();
    const ds = createDataset({ ...rows, headcount: rows.headcount.map((h) => (h.unit_code === 'C' ? { ...h, staff: 2.5 } : h)) });
    // Office: A 3 / 3.0, B 2 / 0.5, C 2.5 / 0. Three cuts: C's 2 whole people, then one of B's 1.5 spare.
    // The Dispatch 09 floor (no unit below min(32, its staff)) would forbid every cut in this 3-unit fixture;
    // it is switched off to test the whole-people rule alone.
    const plan = planReductions(ds, { cuts: { office: 3 }, floor: 'off' });
    expect(plan.allocations.map((a) => [a.unit_code, a.count]).sort()).toEqual([
      ['B', 1],
      ['C', 2],
    ]);
  });

  it('transfers: a donor with 2.5 office staff for 0.5 required sends whole people and the explanation says so', async () => {
    const { planTransfers } = await import('@canbang/core');
    const rows = tinyRows();
    // A office 1 staff for 3 required (short 2); B office 2.5 staff for 0.5 required (2 spare FTE, both whole).
    const ds = createDataset({
      ...rows,
      headcount: rows.headcount.map((h) => (h.field !== 'office' ? h : h.unit_code === 'A' ? { ...h, staff: 1 } : h.unit_code === 'B' ? { ...h, staff: 2.5 } : h)),
    });
    // floor 'off': the Dispatch 09 floor (min(32, staff)) would keep every unit of this small fixture as it is;
    // no distance limit: A and B are 27 km apart, 35 road km at the default factor 1.3, beyond the default 30 km.
    const plan = await planTransfers(ds, { province: 'P1', floor: 'off', maxDistanceKm: Infinity }); // land: B has 0.125 spare FTE, no whole person
    const moves = plan.moves.filter((m) => m.field === 'office');
    expect(moves.every((m) => Number.isInteger(m.staff))).toBe(true);
    expect(moves.reduce((s, m) => s + m.staff, 0)).toBe(2);
    expect(moves[0]!.explanation).toMatch(/plans move whole people: 2 of its 2 spare FTE can move/);
  });
});

describe('metamorphic relations of the working-time and allowance forms', () => {
  it('a working_time row that restates the default changes nothing, bit for bit', () => {
    const base = requirementMatrix(createDataset(tinyRows()));
    const restated = requirementMatrix(createDataset(tinyRows({
      working_time: [{ field: 'land', hours_per_week: 40, weeks_per_year: 52, hours_per_day: 8, leave_days: 31 }, { field: 'office', unit_code: 'B', awt_hours: 1832 }],
    })));
    expect(Array.from(restated.required)).toEqual(Array.from(base.required));
  });

  it.each([0.5, 0.8, 1.25, 2])('AWT x %s: service FTE / k, and support stated per year x k keeps its share (CAF unchanged)', (k) => {
    const rows = (awt: number, perYear: number) =>
      createDataset(oneField([support('meetings', { hours: perYear, per: 'year' }), support('reports', { hours: 0.25, per: 'day' })], 1832, 1, { working_time: [{ field: 'f', awt_hours: awt, hours_per_day: 8 }] }));
    const a = requirementMatrix(rows(1600, 160));
    const b = requirementMatrix(rows(1600 * k, 160 * k));
    expect(b.serviceFte[0]).toBeCloseTo(a.serviceFte[0]! / k, 12);
    expect(b.caf[0]).toBeCloseTo(a.caf[0]!, 12); // 160 / 1600 = 10 %, and 0.25 h of an 8 h day = 3.125 % at any AWT
    expect(a.caf[0]).toBeCloseTo(1 / (1 - 0.13125), 12);
  });
});
