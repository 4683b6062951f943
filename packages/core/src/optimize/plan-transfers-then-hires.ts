import type { Dataset } from '../model/types.ts';
import type { AllocationPlan } from './allocation-plan.ts';
import { planHires } from './plan-hires.ts';
import { translate } from '../i18n/translate.ts';
import { planTransfers, type PlanTransfersOptions, type TransferPlan } from './plan-transfers.ts';

/** Transfers first, then hires for what is still short: the chain of both plans. */
export interface TransferHirePlan {
  kind: 'transfer-hire';
  /** 'optimal' when both steps are; otherwise the first step's non-optimal status. */
  status: TransferPlan['status'];
  explanation?: string;
  /** Step 1: staff moves (under the quota cap and floor, travel limits, locks and bans). */
  transfer: TransferPlan;
  /** Step 2: recruits per unit x field, placed on the staff after the moves, under the quota cap. */
  hire: AllocationPlan;
  timeMs: number;
  synthetic: boolean;
}

export interface PlanTransfersThenHiresOptions extends PlanTransfersOptions {
  /** Recruits of step 2: a total over all fields, or a number per field. */
  recruits: number | Readonly<Record<string, number>>;
}

/**
 * Plans transfers, then hires for the shortage the transfers leave: the hires see every unit x field's staff
 * after the moves (so the quota room a move used is gone) and follow the same objectives (worst load, then
 * shortage). Both steps respect the quota cap (`cap`), so no unit ends above its quota after the chain.
 *
 * @example
 * const chain = await planTransfersThenHires(dataset, { province: '11', recruits: { land: 20, finance: 30 } });
 * chain.transfer.moves; // step 1
 * chain.hire.allocations; // step 2: recruits per unit x field
 */
export async function planTransfersThenHires(dataset: Dataset, options: PlanTransfersThenHiresOptions): Promise<TransferHirePlan> {
  const start = performance.now();
  const { recruits, ...transferOptions } = options;
  const transfer = await planTransfers(dataset, transferOptions);
  const rows = transfer.units.map((u) => ({ unit_code: u.unit_code, field: u.field, staff: u.staff_after, required: u.required }));
  const hire = planHires(dataset, {
    recruits,
    rows,
    ...(options.province !== undefined ? { province: options.province } : {}),
    ...(options.cap !== undefined ? { cap: options.cap } : {}),
    ...(options.norms !== undefined ? { norms: options.norms } : {}),
    ...(options.bands !== undefined ? { bands: options.bands } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  });
  const status = transfer.status !== 'optimal' ? transfer.status : hire.status;
  const locale = options.locale ?? 'en';
  const explanation = [
    transfer.explanation && translate(locale, 'explain.transfers', { reason: transfer.explanation }),
    hire.explanation && translate(locale, 'explain.hires', { reason: hire.explanation }),
  ].filter(Boolean).join('\n');
  return {
    kind: 'transfer-hire',
    status,
    ...(explanation ? { explanation } : {}),
    transfer,
    hire,
    timeMs: performance.now() - start,
    synthetic: dataset.meta.synthetic,
  };
}
