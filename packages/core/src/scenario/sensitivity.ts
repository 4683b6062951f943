import { table, type ColumnTable } from 'arquero';
import type { BalanceOptions } from '../indicators/balance.ts';
import { summarize } from '../indicators/summarise.ts';
import type { Dataset } from '../model/types.ts';
import { runScenario } from './run-scenario.ts';
import type { Lever, LeverType } from './types.ts';

export interface SensitivityOptions extends BalanceOptions {
  /** Numeric key of the lever to sweep; default by type: factor, share, count (or rate), overloadedBelow, baseline. */
  parameter?: string;
  /** Levers applied before the swept one (e.g. the rest of a scenario); default none. */
  levers?: readonly Lever[];
  /** Seed for random allocations; default 1. */
  seed?: number;
  /** Called after each value with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Which key is swept when `parameter` is not given. */
export const DEFAULT_SENSITIVITY_PARAMETER: Readonly<Record<LeverType, string>> = Object.freeze({
  scaleVolumes: 'factor',
  decentralise: 'share',
  changeStandards: 'factor',
  removeStaff: 'count',
  addStaff: 'count',
  setNorms: 'baseline',
  setBands: 'overloadedBelow',
  setAllowance: 'hours',
});

/**
 * Sweeps one lever's value and reports, for each value, the national outcome: units overloaded / balanced /
 * underloaded, staff, required, total shortage and surplus (FTE), worst load and Gini of load.
 * Every lever built from a value is validated like a scenario file's lever.
 *
 * @example
 * sensitivity(ds, { type: 'changeStandards', factor: 1, where: { fields: ['civil_status'] } }, [0.6, 0.8, 1]).objects();
 */
export function sensitivity(
  base: Dataset,
  leverTemplate: Lever,
  values: readonly number[],
  options: SensitivityOptions = {},
): ColumnTable {
  const { parameter: given, levers = [], seed = 1, onProgress, ...balanceOptions } = options;
  const parameter =
    given ?? (leverTemplate.type === 'removeStaff' && 'rate' in leverTemplate && leverTemplate.rate !== undefined ? 'rate' : DEFAULT_SENSITIVITY_PARAMETER[leverTemplate.type]);
  const rows = values.map((value, i) => {
    const lever = { ...leverTemplate, [parameter]: value } as Lever;
    // runScenario validates the levers (through applyLevers) and applies setBands / setNorms.
    const { balance } = runScenario(base, { name: 'sensitivity', levers: [...levers, lever] }, { ...balanceOptions, seed, source: `sensitivity(values[${i}])` });
    const national = summarize(balance.byUnit, []).object(0) as Record<string, number>;
    onProgress?.(i + 1, values.length);
    return { value, ...national };
  });
  const columns = ['value', 'units', 'overloaded', 'balanced', 'underloaded', 'staff', 'required', 'shortage', 'surplus', 'worst_load', 'gini_load'];
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => (r as Record<string, unknown>)[c])])));
}
