import { describe, expect, it } from 'vitest';
import { balance, BAND_PRESETS, checkGrades, createDataset, DEFAULT_BANDS, GRADED_QUARTERS, gradeRatio, workloadPressure } from '@canbang/core';
import { tinyDataset, tinyRows } from '../fixtures/tiny-dataset.ts';

describe('band presets and graded readings', () => {
  it('the default is the canbang_tolerance_10 preset (0.9 / 1.1), unchanged', () => {
    expect(BAND_PRESETS.canbang_tolerance_10.bands).toEqual(DEFAULT_BANDS);
    expect(BAND_PRESETS.canbang_tolerance_10.source).toMatch(/not a published/);
  });

  it('wisn_ratio_one: ratio 1 is the line; 0.95 is overloaded, 1.05 underloaded (both balanced under the default)', () => {
    // A land needs 2.75: staff 2.6125 -> ratio 0.95, staff 2.8875 -> ratio 1.05
    for (const [staff, status] of [[2.6125, 'overloaded'], [2.8875, 'underloaded'], [2.75, 'balanced']] as const) {
      const ds = createDataset(tinyRows({ headcount: [{ unit_code: 'A', field: 'land', staff }] }));
      const row = (b: typeof DEFAULT_BANDS) => (balance(ds, { bands: b }).byField.objects() as Record<string, unknown>[]).find((r) => r.unit_code === 'A' && r.field === 'land')!;
      expect(row(BAND_PRESETS.wisn_ratio_one.bands).status).toBe(status);
      expect(row(DEFAULT_BANDS).status).toBe('balanced');
    }
  });

  it('graded quarters: each grade at and just below its cut-off', () => {
    expect([1, 0.9999, 0.75, 0.7499, 0.5, 0.25, 0.2499, 0, 3].map((r) => gradeRatio(r))).toEqual([
      '>= 1', '0.75 to < 1', '0.75 to < 1', '0.5 to < 0.75', '0.5 to < 0.75', '0.25 to < 0.5', '< 0.25', '< 0.25', '>= 1',
    ]);
    expect(gradeRatio(null)).toBeNull();
  });

  it('user-defined grades are checked and added as a grade column only when asked for', () => {
    const mine = { cutoffs: [1.2, 0.8], labels: ['surplus', 'ok', 'short'], source: 'mine' };
    const { byField, byUnit } = balance(tinyDataset(), { grades: mine });
    // A land: 2 / 2.75 = 0.727 -> short; A office: 3 / 3 = 1 -> ok
    expect((byField.objects() as Record<string, unknown>[]).slice(0, 2).map((r) => r.grade)).toEqual(['short', 'ok']);
    expect(byUnit.columnNames()).toContain('grade');
    expect(balance(tinyDataset()).byUnit.columnNames()).not.toContain('grade');
    expect(() => checkGrades({ cutoffs: [0.5, 0.75], labels: ['a', 'b', 'c'], source: '' }, 'x')).toThrow(/strictly descending/);
    expect(() => checkGrades({ ...GRADED_QUARTERS, labels: ['a'] }, 'x')).toThrow(/5/);
  });
});

describe('balance: workload pressure, required_per_staff and per-field statuses', () => {
  const { byField, byUnit } = balance(tinyDataset());
  type Row = Record<string, number | string | null>;
  const units = byUnit.objects() as Row[];
  const fieldRows = byField.objects() as Row[];
  const unit = (code: string) => units.find((r) => r.unit_code === code)!;

  it('pressure = 1 - ratio and required_per_staff = load = required / staff, per field and per unit', () => {
    const aLand = fieldRows[0]!;
    expect(aLand.pressure as number).toBeCloseTo(1 - 2 / 2.75, 12);
    expect(aLand.required_per_staff as number).toBeCloseTo(2.75 / 2, 12);
    expect(aLand.load).toBe(aLand.required_per_staff);
    expect(unit('A').pressure as number).toBeCloseTo(1 - 5 / 5.75, 12);
    // C office has 1 staff and no work: ratio null -> pressure null
    expect(fieldRows[5]!.pressure).toBeNull();
  });

  it('per-field statuses beside the pooled unit status: which fields are over- or underloaded', () => {
    // A: land 2 / 2.75 = 0.727 overloaded, office 3 / 3 = 1 balanced; pooled 5 / 5.75 = 0.870 -> overloaded.
    expect(unit('A').status).toBe('overloaded');
    expect(unit('A').overloaded_fields).toBe(1);
    expect(unit('A').overloaded_field_names).toBe('land');
    // B: land 1 / (0.5 x 1.25 + 0.25 = 0.875) = 1.14 underloaded, office 2 / 0.5 = 4 underloaded
    expect(unit('B').underloaded_fields).toBe(2);
    expect(unit('B').underloaded_field_names).toBe('land, office');
    // C: land 0 / 0.25 overloaded, office 1 staff no work underloaded; pooled 1 / 0.25 = 4 underloaded
    expect(unit('C').status).toBe('underloaded');
    expect([unit('C').overloaded_field_names, unit('C').underloaded_field_names]).toEqual(['land', 'office']);
  });

  it('the counts equal the per-field statuses, for every unit', () => {
    for (const u of units) {
      const rows = fieldRows.filter((r) => r.unit_code === u.unit_code);
      expect(u.overloaded_fields).toBe(rows.filter((r) => r.status === 'overloaded').length);
      expect(u.underloaded_fields).toBe(rows.filter((r) => r.status === 'underloaded').length);
    }
  });

  it('workloadPressure of a null ratio is null', () => {
    expect(workloadPressure(null)).toBeNull();
  });
});
