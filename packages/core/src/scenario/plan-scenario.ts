import { CanbangInputError } from '../model/errors.ts';
import { planTransfers } from '../optimize/plan-transfers.ts';
import type { TransferRow } from '../optimize/build-transfer-problems.ts';
import type { ScenarioResult } from './types.ts';

export interface PlanScenarioOptions {
  /** Scenario file name shown in errors; default "planScenario". */
  source?: string;
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
  const { kind: _kind, fields, ...transferOptions } = spec;
  let rows = result.balance.byField.objects() as unknown as TransferRow[];
  if (fields) {
    const known = new Set(rows.map((r) => r.field));
    fields.forEach((f, i) => {
      if (!known.has(f)) {
        throw new CanbangInputError({ source: options.source ?? 'planScenario', column: `plan.fields[${i}]`, value: f, expected: `a field of the dataset (${[...known].join(', ')})` });
      }
    });
    rows = rows.filter((r) => fields.includes(r.field));
  }
  const plan = await planTransfers(result.dataset, {
    ...transferOptions,
    rows,
    bands: result.bands,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...result, plan };
}
