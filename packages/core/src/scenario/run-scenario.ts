import { balance, type BalanceOptions } from '../indicators/balance.ts';
import { checkBands } from '../indicators/classify.ts';
import type { Dataset } from '../model/types.ts';
import { applyLevers } from './apply-levers.ts';
import { leverBalanceOptions } from './lever-options.ts';
import type { Scenario, ScenarioResult } from './types.ts';

export interface RunScenarioOptions extends BalanceOptions {
  /** Scenario file name shown in errors; default "runScenario". */
  source?: string;
  /** Overrides `scenario.seed`. */
  seed?: number;
}

/**
 * Applies a scenario's levers to a base dataset and computes the resulting balance. `bands` / `norms`
 * options are the starting point that setBands / setNorms levers change. A scenario with no levers gives
 * exactly `balance(base, options)`.
 *
 * @example
 * const result = runScenario(ds, { name: 'land +30 %', levers: [{ type: 'decentralise', share: 0.3, where: { fields: ['land'] } }] });
 * result.balance.byUnit.filter((d) => d.status === 'overloaded').numRows();
 */
export function runScenario(base: Dataset, scenario: Scenario, options: RunScenarioOptions = {}): ScenarioResult {
  const { source = 'runScenario', seed, ...balanceOptions } = options;
  const dataset = applyLevers(base, scenario.levers, {
    ...balanceOptions,
    source,
    seed: seed ?? scenario.seed ?? 1,
  });
  const { bands, norms } = leverBalanceOptions(scenario.levers, balanceOptions);
  checkBands(bands, `runScenario(${scenario.name})`);
  return { scenario, dataset, balance: balance(dataset, { ...balanceOptions, bands, norms }), bands, norms };
}
