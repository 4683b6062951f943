import { describe, expect, it } from 'vitest';
import { balance, runScenario } from '@canbang/core';
import { byKey, fixture } from './fixture.ts';

describe('runScenario', () => {
  it('with no levers equals the baseline balance exactly', () => {
    const ds = fixture();
    const result = runScenario(ds, { name: 'nothing', levers: [] });
    const base = balance(ds);
    expect(result.balance.byUnit.objects()).toEqual(base.byUnit.objects());
    expect(result.balance.byField.objects()).toEqual(base.byField.objects());
  });

  it('applies levers in order, then bands and norms', () => {
    const result = runScenario(fixture(), {
      name: 'civil faster, looser bands, bigger quota',
      levers: [
        { type: 'changeStandards', factor: 0.5, where: { fields: ['civil_status'] } },
        { type: 'setBands', overloadedBelow: 0.75 },
        { type: 'setNorms', baseline: 40 },
      ],
    });
    const u = byKey(result.balance.byUnit.objects(), ['unit_code']);
    // B: civil 7328 x 15 min / 60 / 1832 = 1 FTE; total 6.25 + 1 = 7.25; ratio 6 / 7.25 = 0.828 >= 0.75 -> balanced
    expect(u.B!.required).toBeCloseTo(7.25, 12);
    expect(u.B!.status).toBe('balanced');
    // C: 1.875 + 0.25 = 2.125; ratio 2 / 2.125 = 0.941 -> balanced
    expect(u.C!.status).toBe('balanced');
    // A: population 10,000 is below the 16,000 threshold, so the quota is the baseline: 40
    expect(u.A!.norm_quota).toBe(40);
    expect(result.bands).toEqual({ overloadedBelow: 0.75, underloadedAbove: 1.1 });
  });

  it('is reproducible: the same seed gives the same random allocation', () => {
    const scenario = { name: 'leavers', seed: 5, levers: [{ type: 'removeStaff' as const, count: 4, by: 'random' as const }] };
    expect(runScenario(fixture(), scenario).balance.byField.objects()).toEqual(runScenario(fixture(), scenario).balance.byField.objects());
  });
});
