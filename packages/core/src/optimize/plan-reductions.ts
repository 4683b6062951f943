import type { Dataset } from '../model/types.ts';
import { buildAllocationPlan, type AllocationOptions, type AllocationPlan } from './allocation-plan.ts';

export interface PlanReductionsOptions extends AllocationOptions {
  /** Positions to cut (leavers not replaced): a total over all fields, or a number per field. */
  cuts: number | Readonly<Record<string, number>>;
}

/**
 * Chooses where positions are cut with the least harm: maximise the minimum staff / required left (so the
 * worst load grows least), then minimise the added shortage, so surplus staff go first; exact (see
 * `allocateInteger`). Status 'infeasible' (never a throw) when the cuts exceed the staff in scope.
 *
 * @example
 * const plan = planReductions(dataset, { cuts: 500 });
 * plan.pools[0].shortageAfter - plan.pools[0].shortageBefore; // FTE of harm the cuts cannot avoid
 */
export function planReductions(dataset: Dataset, options: PlanReductionsOptions): AllocationPlan {
  return buildAllocationPlan(dataset, options.cuts, -1, options, 'planReductions');
}
