/**
 * The example scenario files of data/scenarios on the built-in Viet Nam dataset (SYNTHETIC workload and
 * headcount): properties each answer must have whatever the synthetic numbers are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balance, compare, datasetRows, parseScenario, planScenario, runScenario, type Dataset, type Scenario } from '@canbang/core';
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
    // each hire lowers one cell's shortage by at most 1 FTE; the greedy rule puts them where there is shortage
    expect(-n.d_shortage).toBeLessThanOrEqual(500 + 1e-6);
    expect(-n.d_shortage).toBeGreaterThan(0);
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
