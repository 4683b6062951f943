import { planTransfers } from '../optimize/plan-transfers.ts';
import type { TransferRow } from '../optimize/build-transfer-problems.ts';
import type { ScenarioResult } from './types.ts';

export interface PlanScenarioOptions {
  /** Called after each province block with (done, total, key). */
  onProgress?: (done: number, total: number, key: string) => void;
}

/**
 * Runs the scenario's `plan` (a staff transfer plan, `planTransfers`) on the dataset after the levers,
 * using the scenario's balance (same bands and norms), and returns the result with `plan` set. Without a
 * `plan` the result comes back unchanged. Infeasible or timed-out provinces come back as a status in the
 * plan, never as an error.
 *
 * @example
 * const result = await planScenario(runScenario(ds, { name: 'land +30 %, then transfers', levers, plan: { kind: 'transfer', maxDistanceKm: 30 } }));
 * result.plan?.moves.length;
 */
export async function planScenario(result: ScenarioResult, options: PlanScenarioOptions = {}): Promise<ScenarioResult> {
  const spec = result.scenario.plan;
  if (!spec) return result;
  const { kind: _kind, ...transferOptions } = spec;
  const plan = await planTransfers(result.dataset, {
    ...transferOptions,
    rows: result.balance.byField.objects() as unknown as TransferRow[],
    bands: result.bands,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...result, plan };
}
