import { describe, expect, it } from 'vitest';
import { haversineKm, planTransfers } from '@canbang/core';
import { TINY_UNITS, tinyDataset, tinyRows } from '../fixtures/tiny-dataset.ts';
import { CLASSIC_RULES } from './random-instances.ts';

// Tiny dataset, office field: required = cases x 4 x 60 min / 109,920 min. A: 1374 -> 3.0 FTE, B: 229 -> 0.5 FTE.
// Headcount changed here: A office 2 instead of 3 (short 1); B office 2 (1.5 spare -> 1 can move under the WISN+POA rule).
const ds = tinyDataset({
  headcount: tinyRows().headcount.map((h) => (h.unit_code === 'A' && h.field === 'office' ? { ...h, staff: 2 } : h)),
});

describe('planTransfers on a dataset', () => {
  it('moves one office officer from B to A, explains it, and reports before / after', async () => {
    const plan = await planTransfers(ds, CLASSIC_RULES);
    expect(plan.status).toBe('optimal');
    expect(plan.synthetic).toBe(true);
    expect(plan.blocks.map((b) => b.key)).toEqual(['P1', 'P2']);
    expect(plan.moves).toHaveLength(1);
    const [m] = plan.moves;
    expect(m).toMatchObject({ from: 'B', to: 'A', field: 'office', staff: 1, fixed: false, from_name: 'Xã Mường Nhé', to_name: 'Phường Hải Châu' });
    // Distance: haversine between the two fixture coordinates, rounded to metres.
    expect(m!.distance_km).toBeCloseTo(haversineKm(TINY_UNITS[1]!, TINY_UNITS[0]!), 3);
    expect(m!.explanation).toMatch(/^recipient A \(Phường Hải Châu\): 2 office staff for 3 required \(load 1.5\) -> 3 after; donor B \(Xã Mường Nhé\): 2 office staff for 0.5 required \(1.5 spare\)/);
    const a = plan.units.find((u) => u.unit_code === 'A' && u.field === 'office')!;
    // A office: 2 / 3 = 0.67 < 0.9 overloaded before; 3 / 3 = 1 balanced after.
    expect(a).toMatchObject({ staff_before: 2, staff_after: 3, status_before: 'overloaded', status_after: 'balanced' });
    expect(a.load_before).toBeCloseTo(1.5, 12);
    // Shortage after: A land 2.75 - 2 = 0.75, plus C land 0.25 (IAF 458 / 1832 applies to every unit, C has no
    // land staff and P2 no donor); A office 0 after the move. B land has 0.125 spare: not a whole person.
    expect(plan.objectives.shortage).toBeCloseTo(1.0, 9);
  });

  it('a lock and a ban from the planner are honoured (auto vs final)', async () => {
    const banned = await planTransfers(ds, { ...CLASSIC_RULES, forbidden: [{ from: 'B', to: 'A' }] });
    expect(banned.moves).toHaveLength(0);
    const locked = await planTransfers(ds, { ...CLASSIC_RULES, fixedMoves: [{ from: 'B', to: 'A', field: 'office', staff: 1 }] });
    expect(locked.moves).toEqual([expect.objectContaining({ from: 'B', to: 'A', staff: 1, fixed: true })]);
    // "before" is the staff as given (lock not applied): the same as without the lock; after, the lock counts.
    expect(locked.blocks[0]!.before.shortage).toBeCloseTo(banned.blocks[0]!.before.shortage, 12);
    expect(locked.blocks[0]!.after.moves).toBe(1);
  });

  it('metamorphic: doubling every volume doubles the office requirement in the plan (office has no IAF)', async () => {
    const base = tinyRows();
    const doubled = tinyDataset({ headcount: ds.headcount.objects() as never, volumes: base.volumes.map((v) => ({ ...v, cases: v.cases * 2 })) });
    const [a, b] = [await planTransfers(ds), await planTransfers(doubled)];
    expect(a.units.filter((x) => x.field === 'office')).toHaveLength(3); // units A, B, C
    for (const u of a.units.filter((x) => x.field === 'office')) {
      const twin = b.units.find((x) => x.unit_code === u.unit_code && x.field === 'office')!;
      expect(twin.required).toBeCloseTo(2 * u.required, 12);
    }
  });

  it('default rules: B (3 staff, below the baseline of 32) keeps everyone; the rest is reported to hire', async () => {
    // Floor = min(32, B's 3 staff) = 3: B gives nobody, so the default plan is empty and its figures unchanged.
    const plan = await planTransfers(ds);
    expect(plan.moves).toEqual([]);
    expect(plan.load.after).toEqual(plan.load.before);
    // Worst load over all cells: C land has work (IAF 0.25 FTE) and no staff -> infinite, 1 such cell.
    expect(plan.load.before.worstLoad).toBe(Infinity);
    expect(plan.load.before.unstaffedCells).toBe(1);
    // Staffed worst: A office 3 required / 2 staff = 1.5.
    expect(plan.load.before.worstLoadStaffed).toBeCloseTo(1.5, 12);
    // Nothing is reachable (no arc), so no reachable worst load.
    expect(plan.load.before.worstLoadReachable).toBeNull();
    // To hire: A office 1 (3 - 2), A land 1 (2.75 - 2 = 0.75 rounds up to one person), C land 1 (0.25).
    expect(plan.residual.map((r) => [r.unit_code, r.field, r.to_hire])).toEqual([
      ['A', 'land', 1],
      ['A', 'office', 1],
      ['C', 'land', 1],
    ]);
    expect(plan.residualByField).toEqual([
      expect.objectContaining({ field: 'land', cells: 2, cellsUnderOne: 2, to_hire: 2 }),
      expect.objectContaining({ field: 'office', cells: 1, cellsUnderOne: 0, to_hire: 1 }),
    ]);
    expect(plan.rules).toMatchObject({ maxDistanceKm: 30, roadFactor: 1.3, cap: 'quota', floor: 'baseline', allowIslandMoves: false });
  });

  it('a lock kept against the distance limit carries its warning and counts in staff x km', async () => {
    // A-B is about 27 km great-circle; x 1.3 = 35 km, beyond the default 30 km: the lock is kept, warned.
    const plan = await planTransfers(ds, { cap: 'off', floor: 'off', fixedMoves: [{ from: 'B', to: 'A', field: 'office', staff: 1 }] });
    const [m] = plan.moves;
    const km = Math.round(haversineKm(TINY_UNITS[1]!, TINY_UNITS[0]!) * 1.3 * 1000) / 1000;
    expect(m).toMatchObject({ fixed: true, distance_km: km });
    expect(m!.warning).toBe(`kept as the planner's decision although ${String(Math.round(km * 100) / 100)} km is beyond the distance limit of 30 km`);
    expect(m!.explanation).toMatch(/great-circle [\d.]+ km x road factor 1\.3/);
    expect(plan.objectives.staffKm).toBeCloseTo(km, 9);
  });

  it('an unknown province is a CanbangInputError naming the option', async () => {
    await expect(planTransfers(ds, { province: '99' })).rejects.toThrow(/buildTransferProblems, column "province": got "99"/);
  });
});
