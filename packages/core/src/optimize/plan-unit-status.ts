// Internal to optimize: the load and status columns every plan's unit rows share.
import { classify, type Bands } from '../indicators/classify.ts';
import { requiredPerStaff } from '../indicators/required-per-staff.ts';
import type { BalanceStatus } from '../model/types.ts';

/** Before / after of one unit x field. */
export interface PlanUnitRow {
  unit_code: string;
  unit_name: string;
  province_code: string;
  field: string;
  required: number;
  staff_before: number;
  staff_after: number;
  /** required / staff, as `requiredPerStaff` defines it for every output: null when the staff is 0. */
  load_before: number | null;
  load_after: number | null;
  status_before: BalanceStatus;
  status_after: BalanceStatus;
  /** A move of the plan's problem can reach this unit x field (transfer plans only). */
  reachable?: boolean;
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
): Pick<PlanUnitRow, 'load_before' | 'load_after' | 'status_before' | 'status_after'> {
  return {
    load_before: requiredPerStaff(required, staffBefore),
    load_after: requiredPerStaff(required, staffAfter),
    status_before: classify(staffBefore, required, bands),
    status_after: classify(staffAfter, required, bands),
  };
}
