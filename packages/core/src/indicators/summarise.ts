import { table, type ColumnTable } from 'arquero';
import type { BalanceStatus } from '../model/types.ts';
import { giniCoefficient } from './gini-coefficient.ts';

/**
 * Summary of a per-unit balance (`balance(...).byUnit`) by groups, e.g. province and unit kind.
 * Columns: the group columns, then units, overloaded, balanced, underloaded, staff, required, gap,
 * shortage, surplus, worst_load (highest required / staff), gini_load (inequality of load across units).
 * With `groupBy = []` it gives one national row.
 *
 * @example
 * summarize(balance(ds).byUnit, ['kind']).objects();
 */
export function summarize(byUnit: ColumnTable, groupBy: readonly string[] = ['province_code', 'kind']): ColumnTable {
  for (const column of groupBy) {
    if (!byUnit.columnNames().includes(column)) {
      throw new RangeError(`summarize: groupBy column "${column}" is not in the table (columns: ${byUnit.columnNames().join(', ')})`);
    }
  }
  const rows = byUnit.objects() as Record<string, unknown>[];
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = JSON.stringify(groupBy.map((c) => row[c]));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // The national row exists even for a table with no units (e.g. a province filter that matched none).
  if (groupBy.length === 0 && groups.size === 0) groups.set('[]', []);

  const keys = [...groups.keys()].sort();
  const out: Record<string, unknown>[] = keys.map((key) => {
    const group = groups.get(key)!;
    const counts: Record<BalanceStatus, number> = { overloaded: 0, balanced: 0, underloaded: 0 };
    let staff = 0, required = 0, shortage = 0, surplus = 0, worstLoad = 0;
    const loads: number[] = [];
    for (const row of group) {
      counts[row.status as BalanceStatus]++;
      staff += row.staff as number;
      required += row.required as number;
      shortage += row.shortage as number;
      surplus += row.surplus as number;
      const load = row.load as number | null;
      if (load !== null) {
        loads.push(load);
        worstLoad = Math.max(worstLoad, load);
      }
    }
    const groupValues = Object.fromEntries(groupBy.map((c) => [c, group[0]![c]]));
    return {
      ...groupValues,
      units: group.length,
      ...counts,
      staff,
      required,
      gap: staff - required,
      shortage,
      surplus,
      worst_load: worstLoad,
      gini_load: giniCoefficient(loads),
    };
  });
  const columns = [...groupBy, 'units', 'overloaded', 'balanced', 'underloaded', 'staff', 'required', 'gap', 'shortage', 'surplus', 'worst_load', 'gini_load'];
  return table(Object.fromEntries(columns.map((c) => [c, out.map((row) => row[c])])));
}

/**
 * @deprecated Use {@link summarize} (the public names use one spelling, -ize, as `analyze` and `optimize`).
 *
 * @example
 * summarise(balance(ds).byUnit); // same as summarize(balance(ds).byUnit)
 */
export const summarise = summarize;
