import { describe, expect, it } from 'vitest';
import { allocateInteger, planHires, type AllocationGroups, planReductions, planRouting, solveWithHighs, type AllocationNode, type Model } from '@canbang/core';
import { tinyDataset, tinyRows } from '../fixtures/tiny-dataset.ts';
import { lcg } from './random-instances.ts';

/**
 * Independent check: the same lexicographic allocation as a MILP solved by HiGHS.
 * Variables c<i> integer in [0, cap], t free >= 0, h<i> shortage >= 0; sum c = total.
 */
async function milpAllocation(nodes: AllocationNode[], total: number, direction: 1 | -1, groups?: AllocationGroups): Promise<{ minRatio: number; shortage: number }> {
  const variables: Model['variables'] = [{ name: 't', lower: 0, upper: null, integer: false }];
  // With groups, hires may leave recruits unplaced (sum <= total); cuts must all be made.
  const constraints: Model['constraints'] = [{ name: 'total', terms: Object.fromEntries(nodes.map((_, i) => [`c${i}`, 1])), lower: groups && direction === 1 ? 0 : total, upper: total }];
  groups?.room.forEach((room, g) => {
    constraints.push({ name: `g${g}`, terms: Object.fromEntries(nodes.flatMap((_, i) => (groups.of[i] === g ? [[`c${i}`, 1]] : []))), lower: null, upper: room });
  });
  nodes.forEach((x, i) => {
    variables.push({ name: `c${i}`, lower: 0, upper: direction === 1 ? total : x.staff, integer: true });
    variables.push({ name: `h${i}`, lower: 0, upper: null, integer: false });
    // staff + dir c >= t required ; h >= required - staff - dir c
    if (x.required > 0) constraints.push({ name: `r${i}`, terms: { [`c${i}`]: direction, t: -x.required }, lower: -x.staff, upper: null });
    constraints.push({ name: `s${i}`, terms: { [`h${i}`]: 1, [`c${i}`]: direction }, lower: x.required - x.staff, upper: null });
  });
  const base = { variables, constraints };
  const s1 = await solveWithHighs({ name: 'a1', sense: 'max', objective: { t: 1 }, ...base });
  const hold = { name: 'hold', terms: { t: 1 }, lower: s1.objective - 1e-7, upper: null };
  const s2 = await solveWithHighs({ name: 'a2', sense: 'min', objective: Object.fromEntries(nodes.map((_, i) => [`h${i}`, 1])), variables, constraints: [...constraints, hold] });
  return { minRatio: s1.objective, shortage: s2.objective };
}

function randomNodes(seed: number): AllocationNode[] {
  const r = lcg(seed);
  return Array.from({ length: 3 + Math.floor(r() * 8) }, () => ({ staff: Math.floor(r() * 6), required: Math.round(r() * 60) / 10 }));
}

describe('allocateInteger (hires and cuts) against a HiGHS MILP', () => {
  it.each([1, -1] as const)('direction %i: same stage-1 and stage-2 optima on 25 random instances', async (direction) => {
    for (let seed = 1; seed <= 25; seed++) {
      const nodes = randomNodes(seed * 7 + (direction === 1 ? 0 : 3));
      const staff = nodes.reduce((s, x) => s + x.staff, 0);
      const total = direction === 1 ? 1 + (seed % 6) : Math.min(staff, 1 + (seed % 5));
      const mine = allocateInteger(nodes, total, direction)!;
      const ref = await milpAllocation(nodes, total, direction);
      const ctx = `seed ${seed}`;
      expect(mine.counts.reduce((a, b) => a + b, 0), ctx).toBe(total);
      if (nodes.some((x) => x.required > 0)) expect(mine.minRatio, ctx).toBeCloseTo(ref.minRatio, 6);
      expect(mine.shortage, ctx).toBeCloseTo(ref.shortage, 6);
    }
  });

  it.each([1, -1] as const)('direction %i with group rooms (a unit quota shared by its fields): same optima on 40 instances', async (direction) => {
    for (let seed = 1; seed <= 40; seed++) {
      const nodes = randomNodes(seed * 11 + (direction === 1 ? 1 : 5));
      const r = lcg(seed);
      const groupCount = 1 + Math.floor(r() * 3);
      const groups = { of: nodes.map(() => Math.floor(r() * groupCount)), room: Array.from({ length: groupCount }, () => Math.floor(r() * 5)) };
      const staff = nodes.reduce((s, x) => s + x.staff, 0);
      const total = direction === 1 ? 1 + (seed % 7) : Math.min(staff, 1 + (seed % 4));
      const mine = allocateInteger(nodes, total, direction, groups);
      const ctx = `seed ${seed}`;
      // Cuts beyond what the group rooms allow: null (the MILP is infeasible then).
      const cutRoom = groups.room.reduce((s, room, g) => s + Math.min(room, nodes.reduce((a, x, i) => (groups.of[i] === g ? a + x.staff : a), 0)), 0);
      if (direction === -1 && total > cutRoom) {
        expect(mine, ctx).toBeNull();
        continue;
      }
      const ref = await milpAllocation(nodes, total, direction, groups);
      groups.room.forEach((room, g) => expect(mine!.counts.reduce((s, c, i) => (groups.of[i] === g ? s + c : s), 0), ctx).toBeLessThanOrEqual(room));
      expect(mine!.counts.reduce((a, b) => a + b, 0) + (mine!.unplaced ?? 0), ctx).toBe(total);
      if (nodes.some((x) => x.required > 0)) expect(mine!.minRatio, ctx).toBeCloseTo(ref.minRatio, 6);
      expect(mine!.shortage, ctx).toBeCloseTo(ref.shortage, 6);
    }
  });

  it('hand case: two recruits go where the ratio is lowest', () => {
    // Ratios 1/3 and 2/2. One recruit: 2/3 vs 1 -> still lowest, second recruit: 3/3. Shortage 0.
    expect(allocateInteger([{ staff: 1, required: 3 }, { staff: 2, required: 2 }], 2, 1)).toEqual({ counts: [2, 0], minRatio: 1, shortage: 0 });
  });

  it('cuts beyond the staff in scope return null', () => {
    expect(allocateInteger([{ staff: 1, required: 1 }], 2, -1)).toBeNull();
  });
});

describe('planHires / planReductions on a dataset', () => {
  // Tiny dataset: land required A 2.75, B 0.875, C 0.25 (IAF only); land staff A 2, B 1, C 0.
  it('one land recruit goes to C (no staff: worst load infinite), the second to A (ratio 2/2.75)', () => {
    const plan = planHires(tinyDataset(), { recruits: { land: 2 } });
    expect(plan.status).toBe('optimal');
    expect(plan.allocations.map((a) => [a.unit_code, a.count])).toEqual([
      ['A', 1],
      ['C', 1],
    ]);
    // Shortage before: A 0.75 + C 0.25 = 1.0; after: 0 (A 3 >= 2.75, C 1 >= 0.25).
    expect(plan.pools[0]!.shortageBefore).toBeCloseTo(1, 9);
    expect(plan.pools[0]!.shortageAfter).toBeCloseTo(0, 9);
  });

  it('cuts take surplus first and report harm; too many cuts are infeasible, not a throw', () => {
    // Office: A 3/3.0, B 2/0.5, C 1/0 (no work). Two cuts: C's 1 (no work, no harm) and one of B's 1.5 spare.
    // Floor off: every tiny unit has fewer staff than the Dispatch 09 baseline of 32 (the default floor keeps them all).
    const plan = planReductions(tinyDataset(), { cuts: { office: 2 }, floor: 'off' });
    expect(plan.allocations.map((a) => [a.unit_code, a.count]).sort()).toEqual([
      ['B', 1],
      ['C', 1],
    ]);
    expect(plan.pools[0]!.shortageAfter).toBeCloseTo(plan.pools[0]!.shortageBefore, 9);
    const tooMany = planReductions(tinyDataset(), { cuts: { office: 7 }, floor: 'off' });
    expect(tooMany.status).toBe('infeasible');
    expect(tooMany.explanation).toMatch(/7 cuts exceed the 6 staff in scope/);
  });

  it('cuts respect the floor: with the default (min(32, staff)) no tiny unit loses anyone; floor 4 lets A lose 1', () => {
    const none = planReductions(tinyDataset(), { cuts: { office: 1 } });
    expect(none.status).toBe('infeasible');
    expect(none.explanation).toMatch(/1 cuts would take units below their floor/);
    // Floor 4: A (5 staff) may lose 1, B (3) and C (1) nothing: the one cut is A's, though A office is at 3/3.
    const one = planReductions(tinyDataset(), { cuts: { office: 1 }, floor: 4 });
    expect(one.allocations.map((a) => [a.unit_code, a.field, a.count])).toEqual([['A', 'office', 1]]);
  });

  it('hires respect the quota: a unit at its quota receives nothing, its recruit goes elsewhere or stays unplaced', () => {
    // Quota A = 5 (its staff: full), B = 4 (1 room), C unset (norm quota 34 for a special zone of 20,000 people).
    const units = tinyRows().units.map((u) => ({ ...u, quota: u.code === 'A' ? 5 : u.code === 'B' ? 4 : null }));
    const ds = tinyDataset({ units });
    // Without the quota the second land recruit goes to A (see above); with A full it goes to B (0.875 - 1 < 0,
    // shortage unchanged) or C. C land after one recruit: 1 / 0.25; B: 2 / 0.875. Stage 1 (max min ratio over
    // land cells A 2/2.75, B, C): A is stuck at 0.727, so t* = 0.727 either way; stage 2: shortage is A 0.75 only.
    const plan = planHires(ds, { recruits: { land: 2 } });
    expect(plan.allocations.some((a) => a.unit_code === 'A')).toBe(false);
    expect(plan.allocations.reduce((s, a) => s + a.count, 0)).toBe(2);
    expect(plan.allocations.find((a) => a.unit_code === 'B')?.count ?? 0).toBeLessThanOrEqual(1);
    // 40 recruits: room is B 1 + C 34 - 1 = 33 -> 34 placed, 6 unplaced, said in words.
    const many = planHires(ds, { recruits: { land: 40 } });
    expect(many.pools[0]!.unplaced).toBe(6);
    expect(many.explanation).toBe('land: 6 of 40 recruits have no room under the units\' quota (placed 34)');
    expect(planHires(ds, { recruits: { land: 40 }, cap: 'off' }).pools[0]!.unplaced).toBe(0);
  });

  it('hires with no unit x field in scope are infeasible, with the reason in words', () => {
    const plan = planHires(tinyDataset(), { recruits: 3, rows: [] });
    expect(plan.status).toBe('infeasible');
    expect(plan.explanation).toBe('all: no unit x field in scope to place 3 recruits');
  });

  it('names a bad field', () => {
    expect(() => planHires(tinyDataset(), { recruits: { lands: 1 } })).toThrow(/planHires, column "field": got "lands"/);
  });
});

describe('planRouting', () => {
  it('meets the closed-form optimum of the worst load and conserves work', async () => {
    // Office field, share 0.5: required A 3.0 (staff 3), B 0.5 (staff 2), C 0 (staff 1): province P1 = A, B.
    // Closed form: L* = max(pooled sum r / sum s = 3.5 / 5 = 0.7, max (r - tau) / s = max(1.5/3, 0.25/2) = 0.5)
    // = 0.7: A sends 3 - 0.7 x 3 = 0.9 FTE (<= its transferable 1.5) to B.
    const plan = await planRouting(tinyDataset(), { transferableShare: { office: 0.5 }, province: 'P1' });
    expect(plan.status).toBe('optimal');
    const office = plan.blocks.find((b) => b.key === 'P1/office')!;
    expect(office.worstLoadBefore).toBeCloseTo(1, 9);
    expect(office.worstLoadAfter).toBeCloseTo(0.7, 6);
    expect(office.routedFte).toBeCloseTo(0.9, 6);
    expect(plan.flows).toEqual([expect.objectContaining({ from: 'A', to: 'B', field: 'office' })]);
    expect(plan.flows[0]!.fte).toBeCloseTo(0.9, 6);
    // A's transferable work is half its 1,374 office dossiers a period (687 = 1.5 FTE): 0.9 FTE is 0.9 / 1.5 x 687 = 412.2.
    expect(plan.flows[0]!.dossiers_per_period).toBeCloseTo(412.2, 3); // fte is solved to ~1e-7
    expect(plan.flows[0]!.explanation).toBe("evens the province's office loads: Phường Hải Châu sends shareable office work to Xã Mường Nhé, the nearest unit still able to take more");
    const rows = plan.units.filter((u) => u.field === 'office');
    expect(rows.reduce((s, u) => s + u.required_after, 0)).toBeCloseTo(rows.reduce((s, u) => s + u.required_before, 0), 9);
  });

  it('rejects a share outside [0, 1]', async () => {
    await expect(planRouting(tinyDataset(), { transferableShare: { office: 1.5 } })).rejects.toThrow(/planRouting, column "options.transferableShare.office": got 1.5; expected a record/);
  });
});
