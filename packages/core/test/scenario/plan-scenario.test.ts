import { describe, expect, it } from 'vitest';
import { planScenario, runScenario, type AllocationPlan, type RoutingPlan, type Scenario, type ScenarioPlan, type TransferPlan } from '@canbang/core';
import { fixture } from './fixture.ts';

// Narrows the plan union to one kind (and fails the test when the kind is wrong).
type PlanOf<K> = K extends 'transfer' ? TransferPlan : K extends 'hire' ? AllocationPlan : RoutingPlan;
function planOf<K extends ScenarioPlan['kind']>(plan: ScenarioPlan | undefined, kind: K): PlanOf<K> {
  expect(plan?.kind).toBe(kind);
  return plan as PlanOf<K>;
}

describe('planScenario', () => {
  it('without a plan returns the result unchanged', async () => {
    const result = runScenario(fixture(), { name: 'none', levers: [] });
    expect(await planScenario(result)).toBe(result);
  });

  it('runs a transfer plan on the dataset after the levers', async () => {
    // 3 more land officers in A: A land 5 staff vs 1.25 required, B land 4 vs 6.25 (same province P1).
    // Donors keep >= requirement: A can give at most 3 (5 - 3 = 2 >= 1.25; 4 would leave 1 < 1.25).
    // Recipients stay <= requirement: B can take at most 2 (6 <= 6.25; 7 > 6.25). So the optimum moves 2 A -> B,
    // and C (P2, land 1 vs 1.875) has no donor in its province.
    const scenario: Scenario = {
      name: 'hire in A, then transfer',
      levers: [{ type: 'addStaff', allocation: [{ unit_code: 'A', field: 'land', staff: 3 }] }],
      // The fixture's A and B are 5 degrees apart and have fewer staff than the baseline floor of 32:
      // the distance limit and the floor are lifted so the WISN+POA arithmetic below is what binds.
      plan: { kind: 'transfer', maxDistanceKm: 1000, floor: 'off' },
    };
    const result = await planScenario(runScenario(fixture(), scenario));
    const plan = planOf(result.plan, 'transfer');
    expect(plan.status).toBe('optimal');
    const moved = plan.moves.filter((m) => m.from === 'A' && m.to === 'B' && m.field === 'land').reduce((s, m) => s + m.staff, 0);
    expect(moved).toBe(2);
    expect(plan.moves.reduce((s, m) => s + m.staff, 0)).toBe(2);
    const after = plan.units.find((u) => u.unit_code === 'B' && u.field === 'land')!;
    expect(after.staff_after).toBe(6);
  });

  it('plans only the fields asked for, and names an unknown one', async () => {
    const levers = [{ type: 'addStaff' as const, allocation: [{ unit_code: 'A', field: 'land', staff: 3 }] }];
    // civil_status has no surplus anywhere (A 1 vs 1, B 2 vs 2, C 1 vs 0.5 but alone in P2): no move
    const civil = await planScenario(runScenario(fixture(), { name: 'civil only', levers, plan: { kind: 'transfer', fields: ['civil_status'] } }));
    expect(planOf(civil.plan, 'transfer').moves).toEqual([]);
    expect(planOf(civil.plan, 'transfer').units.every((u) => u.field === 'civil_status')).toBe(true);
    await expect(planScenario(runScenario(fixture(), { name: 'typo', levers, plan: { kind: 'transfer', fields: ['lnad'] } }), { source: 'p.yaml' })).rejects.toThrow(
      /p\.yaml, column "plan\.fields\[0\]": got "lnad"/,
    );
  });

  it('runs a hire plan (planHires) on the scenario balance', async () => {
    // land staff / required: A 2 / 1.25, B 4 / 6.25, C 1 / 1.875. 2 recruits maximising the lowest ratio:
    // B+1, C+1 -> min(5/6.25, 2/1.875) = 0.8 (B+2 -> 0.533, C+2 -> 0.64). Worst load 1.875 (C) -> 1/0.8 = 1.25;
    // shortage 2.25 + 0.875 = 3.125 -> (6.25 - 5) + 0 = 1.25 FTE.
    const before = runScenario(fixture(), { name: 'hire 2', levers: [], plan: { kind: 'hire', recruits: 2, fields: ['land'] } });
    const result = await planScenario(before);
    const plan = planOf(result.plan, 'hire');
    expect(plan.status).toBe('optimal');
    expect(plan.allocations.map((a) => [a.unit_code, a.field, a.count])).toEqual([['B', 'land', 1], ['C', 'land', 1]]);
    expect(plan.pools).toHaveLength(1);
    expect(plan.pools[0]!.worstLoadBefore).toBeCloseTo(1.875, 12);
    expect(plan.pools[0]!.worstLoadAfter).toBeCloseTo(1.25, 12);
    expect(plan.pools[0]!.shortageBefore).toBeCloseTo(3.125, 12);
    expect(plan.pools[0]!.shortageAfter).toBeCloseTo(1.25, 12);
    // the plan proposes; the scenario's dataset and balance stay as they were
    expect(result.dataset).toBe(before.dataset);
    expect(result.balance).toBe(before.balance);
  });

  it('hire plan per field, after a lever, and names a bad field or province', async () => {
    // After +3 land staff in C (1 -> 4, required 1.875, ratio 2.13), land ratios A 1.6, B 0.64: 1 land recruit -> B.
    // civil_status: A 1/1, B 2/2, C 1/0.5: no cell short; 1 recruit keeps min ratio 1, tie-break goes to the lowest
    // ratio (A and B at 1.0), then the earlier row (A).
    const levers = [{ type: 'addStaff' as const, allocation: [{ unit_code: 'C', field: 'land', staff: 3 }] }];
    const result = await planScenario(runScenario(fixture(), { name: 'per field', levers, plan: { kind: 'hire', recruits: { land: 1, civil_status: 1 } } }));
    const plan = planOf(result.plan, 'hire');
    expect(plan.allocations.map((a) => `${a.unit_code}|${a.field}|${a.count}`).sort()).toEqual(['A|civil_status|1', 'B|land|1']);
    expect(plan.pools.map((p) => p.pool)).toEqual(['land', 'civil_status']);
    const run = (plan: Scenario['plan']) => planScenario(runScenario(fixture(), { name: 'bad', levers: [], plan }), { source: 'h.yaml' });
    await expect(run({ kind: 'hire', recruits: { lnad: 1 } })).rejects.toThrow(/h\.yaml, column "plan\.recruits\.lnad": got "lnad"; expected a field of the dataset/);
    await expect(run({ kind: 'hire', recruits: 1, province: 'P9' })).rejects.toThrow(/column "plan\.province": got "P9"; expected a province code with at least one unit/);
  });

  it('runs a route plan (planRouting): transferable work moves, staff do not', async () => {
    // Province P1, land, half of every case transferable (tau = 0.5 x required: A 0.625, B 3.125 FTE).
    // Staff A 2, B 4 for required 1.25 + 6.25 = 7.5: any routing keeps the total, so the worst load is at least
    // 7.5 / 6 = 1.25, reached with A 2.5 and B 5 (B sends 1.25 <= 3.125). Both then sit at load 1.25 and the
    // shortage is (2.5 - 2) + (5 - 4) = 1.5 FTE (before: 0 + 2.25); stage 3 routes the least: 1.25 FTE B -> A.
    const result = await planScenario(
      runScenario(fixture(), { name: 'route land', levers: [], plan: { kind: 'route', transferableShare: { land: 0.5 }, province: 'P1' } }),
    );
    const plan = planOf(result.plan, 'route');
    expect(plan.status).toBe('optimal');
    const land = plan.blocks.find((b) => b.key === 'P1/land')!;
    expect(land.worstLoadBefore).toBeCloseTo(6.25 / 4, 6);
    expect(land.worstLoadAfter).toBeCloseTo(1.25, 6);
    expect(land.shortageBefore).toBeCloseTo(2.25, 6);
    expect(land.shortageAfter).toBeCloseTo(1.5, 6);
    expect(plan.flows).toHaveLength(1);
    expect(plan.flows[0]).toMatchObject({ from: 'B', to: 'A', field: 'land' });
    expect(plan.flows[0]!.fte).toBeCloseTo(1.25, 6);
    expect(plan.blocks.every((b) => b.key.startsWith('P1/'))).toBe(true);
  });

  it('a route share key that matches nothing is an error (planRouting would ignore it)', async () => {
    const run = (transferableShare: Record<string, number>) =>
      planScenario(runScenario(fixture(), { name: 'bad', levers: [], plan: { kind: 'route', transferableShare } }), { source: 'r.json' });
    await expect(run({ land: 0.5, 'civil_status/brith': 0.2 })).rejects.toThrow(
      /r\.json, column "plan\.transferableShare\.civil_status\/brith": got "civil_status\/brith"; expected a "field\/activity" pair, an activity or a field/,
    );
  });
});
