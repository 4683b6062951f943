import { describe, expect, it } from 'vitest';
import { planScenario, runScenario, type Scenario } from '@canbang/core';
import { fixture } from './fixture.ts';

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
      plan: { kind: 'transfer' },
    };
    const result = await planScenario(runScenario(fixture(), scenario));
    const plan = result.plan!;
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
    expect(civil.plan!.moves).toEqual([]);
    expect(civil.plan!.units.every((u) => u.field === 'civil_status')).toBe(true);
    await expect(planScenario(runScenario(fixture(), { name: 'typo', levers, plan: { kind: 'transfer', fields: ['lnad'] } }), { source: 'p.yaml' })).rejects.toThrow(
      /p\.yaml, column "plan\.fields\[0\]": got "lnad"/,
    );
  });
});
