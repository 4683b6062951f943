import type { Balance, ScenarioComparison, TransferPlan } from '@canbang/core';
import type { DataFrame } from 'danfojs-node';
import { toDataFrame } from './to-data-frame.ts';

/**
 * The two balance tables of `balance()` as DataFrames: one row per unit, one per unit x field.
 *
 * @example
 * const { byUnit } = balanceFrames(balance(loadVietNam()));
 * byUnit.groupby(['province_code']).col(['shortage']).sum();
 */
export function balanceFrames(result: Balance): { byUnit: DataFrame; byField: DataFrame } {
  return { byUnit: toDataFrame(result.byUnit), byField: toDataFrame(result.byField) };
}

/**
 * The tables of a transfer plan (`planTransfers`, `planTransfersThenHires().transfers`) as DataFrames:
 * the moves, the units before / after and the shortage no move closed.
 *
 * @example
 * const { moves } = planFrames(await planTransfers(dataset, { province: '11' }));
 * moves.groupby(['field']).col(['staff']).sum();
 */
export function planFrames(plan: TransferPlan): { moves: DataFrame; units: DataFrame; residual: DataFrame } {
  return { moves: toDataFrame(plan.moves), units: toDataFrame(plan.units), residual: toDataFrame(plan.residual) };
}

/**
 * The tables of a scenario comparison (`compare(baseline, runScenario(...))`) as DataFrames: per unit,
 * per province and national.
 *
 * @example
 * const { provinces } = comparisonFrames(compare(baseline, scenario));
 * provinces.sortValues('d_shortage', { ascending: false }).head(5);
 */
export function comparisonFrames(comparison: ScenarioComparison): { units: DataFrame; provinces: DataFrame; national: DataFrame } {
  return { units: toDataFrame(comparison.units), provinces: toDataFrame(comparison.provinces), national: toDataFrame(comparison.national) };
}
