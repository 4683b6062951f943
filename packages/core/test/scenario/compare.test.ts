import { describe, expect, it } from 'vitest';
import { balance, compare, giniCoefficient, runScenario } from '@canbang/core';
import { byKey, fixture } from './fixture.ts';

describe('compare', () => {
  const ds = fixture();
  // A's volumes x 1.5: required 2.25 -> 3.375, ratio 3 / 3.375 = 0.889 < 0.9 -> A becomes overloaded
  const result = runScenario(ds, { name: 'A busier', levers: [{ type: 'scaleVolumes', factor: 1.5, where: { units: ['A'] } }] });
  const diff = compare(balance(ds), result);

  it('lists per-unit changes', () => {
    const u = byKey(diff.units.objects(), ['unit_code']);
    expect(u.A!.status_base).toBe('underloaded');
    expect(u.A!.status_scenario).toBe('overloaded');
    expect(u.A!.became_overloaded).toBe(true);
    expect(u.B!.became_overloaded).toBe(false); // B was already overloaded
    expect(u.A!.d_required).toBeCloseTo(1.125, 12); // 3.375 - 2.25
    // A civil: 1.5 required vs 1 staff -> 0.5 FTE short (land 1.875 vs 2 staff: no shortage)
    expect(u.A!.shortage_scenario).toBeCloseTo(0.5, 12);
    expect(u.A!.d_shortage).toBeCloseTo(0.5, 12);
    expect(u.A!.d_load).toBeCloseTo(3.375 / 3 - 2.25 / 3, 12);
    expect(u.C!.d_required).toBe(0);
  });

  it('summarises per province and nationally', () => {
    const p = byKey(diff.provinces.objects(), ['province_code']);
    expect(p.P1!.overloaded_base).toBe(1); // B
    expect(p.P1!.overloaded_scenario).toBe(2); // A and B
    expect(p.P1!.became_overloaded).toBe(1);
    expect(p.P2!.d_overloaded).toBe(0);
    expect(p.P1!.d_shortage).toBeCloseTo(0.5, 12);
    expect(p.P1!.worst_load_scenario).toBeCloseTo(8.25 / 6, 12); // B's 1.375 is still the worst
    const n = diff.national.object(0) as Record<string, number>;
    expect(n.units).toBe(4);
    expect(n.became_overloaded).toBe(1);
    expect(n.no_longer_overloaded).toBe(0);
    // Gini of load over staffed units (D has no staff, so no load): base A .75, B 1.375, C 1.1875
    expect(n.gini_load_base).toBeCloseTo(giniCoefficient([0.75, 1.375, 1.1875]), 12);
    expect(n.d_gini_load).toBeCloseTo(giniCoefficient([1.125, 1.375, 1.1875]) - giniCoefficient([0.75, 1.375, 1.1875]), 12);
  });

  it('of a baseline with itself shows no change', () => {
    const same = compare(balance(ds), runScenario(ds, { name: 'none', levers: [] }));
    expect((same.units.array('d_required') as Float64Array).every((d) => d === 0)).toBe(true);
    expect((same.national.object(0) as Record<string, number>).became_overloaded).toBe(0);
  });

  it('of tables with no units gives one national row of zeros', () => {
    const b = balance(ds);
    const none = (t: typeof b.byUnit) => t.filter((d: { unit_code: string }) => d.unit_code === 'no such unit');
    const empty = compare({ ...b, byUnit: none(b.byUnit) }, { ...b, byUnit: none(b.byUnit) });
    expect(empty.units.numRows()).toBe(0);
    expect(empty.provinces.numRows()).toBe(0);
    expect(empty.national.objects()).toMatchObject([{ units: 0, staff_base: 0, d_staff: 0, became_overloaded: 0, no_longer_overloaded: 0 }]);
  });
});
