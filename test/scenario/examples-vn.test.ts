/**
 * The example scenario files of data/scenarios on the built-in Viet Nam dataset (SYNTHETIC workload and
 * headcount): properties each answer must have whatever the synthetic numbers are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balance, compare, datasetRows, normQuota, parseScenario, planScenario, runScenario, unitStaffTotals, type Dataset, type Scenario } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';

const base: Dataset = loadVietNam();
const baseline = balance(base);
const load = (file: string): Scenario =>
  parseScenario(readFileSync(new URL(`../../data/scenarios/${file}`, import.meta.url), 'utf8'), { source: file });
const staffOf = (ds: Dataset, field?: string) =>
  datasetRows(ds).headcount.filter((h) => field === undefined || h.field === field).reduce((s, h) => s + h.staff, 0);
const national = (s: Scenario) => {
  const result = runScenario(base, s);
  return { result, n: compare(baseline, result).national.object(0) as Record<string, number> };
};

describe('data/scenarios on the Viet Nam dataset', () => {
  it('leavers: exactly 37,590 fewer staff (published figure), none negative, nobody relieved', () => {
    const { result, n } = national(load('leavers-not-replaced.yaml'));
    expect(staffOf(base) - staffOf(result.dataset)).toBe(37_590);
    expect(datasetRows(result.dataset).headcount.every((h) => h.staff >= 0)).toBe(true);
    expect(n.no_longer_overloaded).toBe(0); // fewer staff, same work: no unit's ratio can rise
    expect(n.d_required).toBe(0);
  });

  it('accountants: exactly 500 more finance staff, finance shortage falls by at most 500', () => {
    const { result, n } = national(load('hire-accountants.yaml'));
    expect(staffOf(result.dataset, 'finance') - staffOf(base, 'finance')).toBe(500);
    expect(staffOf(result.dataset) - staffOf(base)).toBe(500);
    expect(n.became_overloaded).toBe(0);
    // each hire lowers one cell's shortage by at most 1 FTE; the optimiser puts them where staff are short
    expect(-n.d_shortage).toBeLessThanOrEqual(500 + 1e-6);
    expect(-n.d_shortage).toBeGreaterThan(0);
  });

  it('accountants optimised vs by shortage: exactly 500 placed, worst finance load never higher, and optimal', () => {
    type Row = { unit_code: string; field: string; staff: number; required: number };
    const finance = (rows: object[]) => (rows as Row[]).filter((r) => r.field === 'finance' && r.required > 0);
    const worst = (rows: Row[]) => Math.max(...rows.map((r) => (r.staff > 0 ? r.required / r.staff : Infinity)));
    const optimised = runScenario(base, load('hire-accountants.yaml'));
    const greedy = runScenario(base, load('hire-accountants-by-shortage.yaml'));
    expect(staffOf(optimised.dataset, 'finance') - staffOf(base, 'finance')).toBe(500);
    expect(staffOf(optimised.dataset) - staffOf(base)).toBe(500);
    const before = finance(baseline.byField.objects());
    const after = finance(optimised.balance.byField.objects());
    const staffBefore0 = new Map(before.map((r) => [r.unit_code, r.staff]));
    expect(worst(after)).toBeLessThanOrEqual(worst(finance(greedy.balance.byField.objects())));
    // Independent optimality check of the worst load (stage 1) under the quota cap (the lever's default): reaching
    // any staff/required ratio above the achieved minimum t* needs, summed over finance cells,
    // ceil(t x required - staff) > 500 hires, or more hires in some unit than its room (norm quota - its staff).
    const tStar = Math.min(...after.map((r) => r.staff / r.required));
    expect(tStar).toBeGreaterThan(0); // every finance cell with work has someone (synthetic data: fewer than 500 had nobody)
    const t = tStar * (1 + 1e-9);
    const need = new Map(before.map((r) => [r.unit_code, Math.max(0, Math.ceil(t * r.required - r.staff))]));
    const staffTotal = unitStaffTotals(base);
    const units = new Map((base.units.objects() as (Parameters<typeof normQuota>[0] & { code: string })[]).map((u) => [u.code, u]));
    const overRoom = [...need].some(([code, n]) => n > normQuota(units.get(code)!) - staffTotal.get(code)!);
    expect([...need.values()].reduce((a, b) => a + b, 0) > 500 || overRoom).toBe(true);
    // ...and the quota holds: no unit that got a hire ends above its norm quota.
    const hired = after.filter((r) => r.staff > (staffBefore0.get(r.unit_code) ?? 0)).map((r) => r.unit_code);
    const staffAfter = unitStaffTotals(optimised.dataset);
    for (const code of hired) expect(staffAfter.get(code)!).toBeLessThanOrEqual(normQuota(units.get(code)!));
    // and no hire goes backwards: every finance cell keeps at least its staff
    const staffBefore = new Map(before.map((r) => [r.unit_code, r.staff]));
    expect(after.every((r) => r.staff >= staffBefore.get(r.unit_code)!)).toBe(true);
  });

  it('civil-status simplification: less required staff and no unit becomes overloaded', () => {
    const { n } = national(load('civil-status-simplification.json'));
    expect(n.d_required).toBeLessThan(0);
    expect(n.became_overloaded).toBe(0);
  });

  it('land decentralisation: more land work (30 % of the current), nobody relieved; the plan moves land staff only', async () => {
    const scenario = load('land-decentralisation.yaml');
    const { result, n } = national(scenario);
    expect(n.no_longer_overloaded).toBe(0);
    const landVolume = (ds: Dataset) => datasetRows(ds).volumes.filter((v) => v.field === 'land').reduce((s, v) => s + v.cases, 0);
    // every province's land volume grows by exactly 30 % of itself (only the split between units changes)
    expect(landVolume(result.dataset) / landVolume(base)).toBeCloseTo(1.3, 9);
    const planned = await planScenario(result);
    const plan = planned.plan!;
    if (plan.kind !== 'transfer') throw new Error(`expected a transfer plan, got ${plan.kind}`);
    expect(plan.status).toBe('optimal');
    expect(plan.moves.every((m) => m.field === 'land' && m.distance_km <= 30)).toBe(true);
  });
});
