// Internal to optimize: the load and status columns every plan's unit rows share.
import { classify, type Bands } from '../indicators/classify.ts';
import type { PlanUnitRow } from './plan-transfers.ts';

/**
 * Load (required / staff) and WISN status of one unit x field before and after a plan.
 *
 * @example
 * planUnitStatus(4, 2, 4, DEFAULT_BANDS);
 * // { load_before: 2, load_after: 1, status_before: 'overloaded', status_after: 'balanced' }
 */
export function planUnitStatus(
  required: number,
  staffBefore: number,
  staffAfter: number,
  bands: Bands,
): Pick<PlanUnitRow, 'load_before' | 'load_after' | 'status_before' | 'status_after'> {
  return {
    load_before: planLoad(required, staffBefore),
    load_after: planLoad(required, staffAfter),
    status_before: classify(staffBefore, required, bands),
    status_after: classify(staffAfter, required, bands),
  };
}

/** required / staff: null when nothing is required, Infinity when required work has no staff. */
function planLoad(required: number, staff: number): number | null {
  if (required <= 0) return null;
  return staff > 0 ? required / staff : Infinity;
}
