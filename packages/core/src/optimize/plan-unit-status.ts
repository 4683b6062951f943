// Internal to optimize: the load and status columns every plan's unit rows share.
import { classify, type Bands } from '../indicators/classify.ts';
import type { BalanceStatus } from '../model/types.ts';

/** Load and status columns of a plan's unit x field row (`PlanUnitRow`), before and after the plan. */
export interface PlanUnitStatus {
  load_before: number | null;
  load_after: number | null;
  status_before: BalanceStatus;
  status_after: BalanceStatus;
}

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
): PlanUnitStatus {
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
