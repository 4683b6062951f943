import { table, type ColumnTable } from 'arquero';
import type { Balance } from '../indicators/balance.ts';
import { summarize } from '../indicators/summarise.ts';
import type { BalanceStatus } from '../model/types.ts';
import type { ScenarioComparison, ScenarioResult } from './types.ts';

const SUMMARY_COLUMNS = ['units', 'overloaded', 'balanced', 'underloaded', 'staff', 'required', 'shortage', 'surplus', 'worst_load', 'gini_load'] as const;

/**
 * Differences between a baseline and a scenario (each a {@link Balance} or a {@link ScenarioResult}),
 * as arquero tables. Per unit: `<x>_base`, `<x>_scenario` and `d_<x>` = scenario - base for staff, required,
 * shortage and surplus (FTE), load, status and `became_overloaded` / `no_longer_overloaded`.
 * Per province and national: the same summary columns as `summarize` (units by status, staff, required,
 * shortage, surplus, worst_load, gini_load) for base and scenario with their change, plus how many units
 * became or stopped being overloaded.
 *
 * @example
 * const diff = compare(balance(ds), runScenario(ds, scenario));
 * diff.units.filter((d) => d.became_overloaded).objects();
 */
export function compare(baseline: Balance | ScenarioResult, scenario: Balance | ScenarioResult): ScenarioComparison {
  const base = 'balance' in baseline ? baseline.balance.byUnit : baseline.byUnit;
  const next = 'balance' in scenario ? scenario.balance.byUnit : scenario.byUnit;
  const codes = base.array('unit_code') as string[];
  const nextCodes = next.array('unit_code') as string[];
  if (codes.length !== nextCodes.length || codes.some((c, i) => c !== nextCodes[i])) {
    throw new RangeError('compare: baseline and scenario have different units; expected the same units in the same order (levers never add or drop units)');
  }

  const col = (t: ColumnTable, name: string) => t.array(name) as unknown[];
  const num = (t: ColumnTable, name: string) => Float64Array.from(t.array(name) as ArrayLike<number>);
  const statusBase = col(base, 'status') as BalanceStatus[];
  const statusNext = col(next, 'status') as BalanceStatus[];
  const became = statusBase.map((s, i) => s !== 'overloaded' && statusNext[i] === 'overloaded');
  const stopped = statusBase.map((s, i) => s === 'overloaded' && statusNext[i] !== 'overloaded');

  const units: Record<string, ArrayLike<unknown>> = {
    unit_code: codes,
    name: col(base, 'name'),
    province_code: col(base, 'province_code'),
    kind: col(base, 'kind'),
  };
  for (const x of ['staff', 'required', 'shortage', 'surplus']) {
    const a = num(base, x);
    const b = num(next, x);
    units[`${x}_base`] = a;
    units[`${x}_scenario`] = b;
    units[`d_${x}`] = a.map((v, i) => b[i]! - v);
  }
  const loadBase = col(base, 'load') as (number | null)[];
  const loadNext = col(next, 'load') as (number | null)[];
  units.load_base = loadBase;
  units.load_scenario = loadNext;
  units.d_load = loadBase.map((v, i) => (v === null || loadNext[i] === null ? null : loadNext[i]! - v));
  units.status_base = statusBase;
  units.status_scenario = statusNext;
  units.became_overloaded = became;
  units.no_longer_overloaded = stopped;

  const flagged = base.assign({ became_overloaded: became, no_longer_overloaded: stopped });
  return {
    units: table(units),
    provinces: summaryDiff(flagged, next, ['province_code']),
    national: summaryDiff(flagged, next, []),
  };
}

function summaryDiff(base: ColumnTable, next: ColumnTable, groupBy: string[]): ColumnTable {
  const a = summarize(base, groupBy);
  const b = summarize(next, groupBy);
  const out: Record<string, ArrayLike<unknown>> = Object.fromEntries(groupBy.map((g) => [g, a.array(g) as unknown[]]));
  for (const x of SUMMARY_COLUMNS) {
    if (x === 'units') {
      out.units = a.array('units') as number[];
      continue;
    }
    const va = Float64Array.from(a.array(x) as ArrayLike<number>);
    const vb = Float64Array.from(b.array(x) as ArrayLike<number>);
    out[`${x}_base`] = va;
    out[`${x}_scenario`] = vb;
    out[`d_${x}`] = va.map((v, i) => vb[i]! - v);
  }
  // Counts of status changes per group, in the same group order as summarize (sorted keys).
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(groupBy.map((g) => row[g]));
  const counts = new Map<string, [number, number]>();
  (base.objects() as Record<string, unknown>[]).forEach((row) => {
    const c = counts.get(keyOf(row)) ?? [0, 0];
    if (row.became_overloaded) c[0]++;
    if (row.no_longer_overloaded) c[1]++;
    counts.set(keyOf(row), c);
  });
  const keys = (a.objects() as Record<string, unknown>[]).map(keyOf);
  // A group without base rows (the national row of an empty table) has no status changes.
  out.became_overloaded = keys.map((k) => counts.get(k)?.[0] ?? 0);
  out.no_longer_overloaded = keys.map((k) => counts.get(k)?.[1] ?? 0);
  return table(out);
}
