import type { Dataset } from '../model/types.ts';
import { buildAllocationPlan, type AllocationOptions, type AllocationPlan } from './allocation-plan.ts';

export interface PlanHiresOptions extends AllocationOptions {
  /** New recruits: a total over all fields, or a number per field. */
  recruits: number | Readonly<Record<string, number>>;
}

/**
 * Distributes new recruits over unit x fields (all units of the dataset, or of one province) to minimise the
 * worst load (max required / staff), then the total shortage; exact (bisection + greedy on a separable convex
 * objective, see `allocateInteger`). A total is shared by all fields; a record allocates each field separately.
 *
 * @example
 * const plan = planHires(dataset, { recruits: { land: 200, it_digital: 100 }, province: '01' });
 * plan.allocations[0]; // { unit_code, field, count, staff_before, staff_after, explanation, ... }
 */
export function planHires(dataset: Dataset, options: PlanHiresOptions): AllocationPlan {
  return buildAllocationPlan(dataset, options.recruits, 1, options, 'planHires');
}
