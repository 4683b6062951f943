import { tableRows } from '../model/typed-table.ts';
import { CanbangInputError } from '../model/errors.ts';
import { planHires } from '../optimize/plan-hires.ts';
import { unitStaffTotals } from '../optimize/unit-quota.ts';
import { planRouting } from '../optimize/plan-routing.ts';
import { planTransfers } from '../optimize/plan-transfers.ts';
import type { TransferRow } from '../optimize/build-transfer-problems.ts';
import type { RequirementOptions } from '../workload/requirement-matrix.ts';
import type { ScenarioResult } from './types.ts';
import type { Locale } from '../i18n/locale.ts';

export interface PlanScenarioOptions extends RequirementOptions {
  /** Scenario file name shown in errors; default "planScenario". */
  source?: string;
  /** Called after each province block with (done, total, key) (transfer and route plans). */
  onProgress?: (done: number, total: number, key: string) => void;
  /** Language of the plan's explanations and reasons (default English); machine fields never change. */
  locale?: Locale;
}

/**
 * Runs the scenario's `plan` on the dataset after the levers and returns the result with `plan` set:
 * `transfer` (`planTransfers`, staff moves), `hire` (`planHires`, where recruits go) or `route`
 * (`planRouting`, transferable work routed between service centres). Transfer and hire plans use the
 * scenario's balance (same bands and norms); a route plan recomputes the requirement per activity, so pass
 * the same working time / periods per year as to `runScenario`. Without a `plan` the result comes back
 * unchanged. Names in the plan (fields, province, share keys) are checked against the dataset; infeasible or
 * timed-out provinces come back as a status in the plan, never as an error.
 *
 * @example
 * const result = await planScenario(runScenario(ds, { name: 'land +30 %, then hires', levers, plan: { kind: 'hire', recruits: { land: 200 } } }));
 * result.plan?.kind; // 'hire'
 */
export async function planScenario(result: ScenarioResult, options: PlanScenarioOptions = {}): Promise<ScenarioResult> {
  const spec = result.scenario.plan;
  if (!spec) return result;
  const { source = 'planScenario', onProgress, locale = 'en', ...requirementOptions } = options;
  const fail = (column: string, value: unknown, expected: string): never => {
    throw new CanbangInputError({ source, column, value, expected });
  };
  let rows: TransferRow[] = tableRows(result.balance.byField);
  const known = new Set(rows.map((r) => r.field));
  const fieldWords = `a field of the dataset (${[...known].join(', ')})`;
  if (spec.province !== undefined && !(result.dataset.units.array('province_code') as string[]).includes(spec.province)) {
    fail('plan.province', spec.province, 'a province code with at least one unit');
  }
  const progress = onProgress ? { onProgress } : {};

  if (spec.kind === 'route') {
    const { kind: _kind, ...routeOptions } = spec;
    const activities = new Set(result.dataset.standards.array('activity') as string[]);
    const pairs = new Set((result.dataset.standards.objects() as { field: string; activity: string }[]).map((s) => `${s.field}/${s.activity}`));
    for (const key of Object.keys(spec.transferableShare)) {
      // planRouting ignores keys that match nothing: here a typo is an error.
      if (!known.has(key) && !activities.has(key) && !pairs.has(key)) {
        fail(`plan.transferableShare.${key}`, key, 'a "field/activity" pair, an activity or a field of the dataset');
      }
    }
    return { ...result, plan: await planRouting(result.dataset, { ...requirementOptions, ...routeOptions, ...progress, locale }) };
  }

  const fields = spec.fields;
  if (fields) {
    fields.forEach((f, i) => {
      if (!known.has(f)) fail(`plan.fields[${i}]`, f, fieldWords);
    });
    rows = rows.filter((r) => fields.includes(r.field));
  }

  if (spec.kind === 'hire') {
    if (typeof spec.recruits !== 'number') {
      for (const f of Object.keys(spec.recruits)) if (!known.has(f)) fail(`plan.recruits.${f}`, f, fieldWords);
    }
    const plan = planHires(result.dataset, {
      recruits: spec.recruits,
      rows,
      // The quota compares with each unit's staff over all fields, also when only some fields are planned.
      unitStaff: unitStaffTotals(result.dataset),
      bands: result.bands,
      ...(spec.province !== undefined ? { province: spec.province } : {}),
      ...(spec.cap !== undefined ? { cap: spec.cap } : {}),
      locale,
    });
    return { ...result, plan };
  }

  const { kind: _kind, fields: _fields, ...transferOptions } = spec;
  const plan = await planTransfers(result.dataset, { ...transferOptions, rows, bands: result.bands, ...progress, locale });
  return { ...result, plan };
}
