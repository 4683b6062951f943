import { CanbangInputError } from '../model/errors.ts';
import type { Dataset, Unit } from '../model/types.ts';
import { normQuota, VN_STAFFING_NORMS, type StaffingNorms } from '../indicators/norm-quota.ts';

/**
 * The staffing-quota rules of a plan (biên chế): a cap on each unit's staff after a plan that adds staff,
 * a floor under each unit's staff after a plan that removes staff.
 */
export interface QuotaRule {
  /**
   * 'quota' (default): a unit may not end above its quota: the units table's `quota` column (the biên chế
   * được giao) where given, else the norm quota (Dispatch 09/CV-BCĐ, `normQuota`). A unit already at or above
   * its cap receives nothing. 'off': no cap.
   */
  cap?: 'quota' | 'off';
  /**
   * 'baseline' (default): a unit keeps at least min(norms.baseline, its staff before the plan), i.e. the
   * Dispatch 09 baseline of 32, or everyone when it has fewer. A number: min(that number, staff before).
   * 'off': no floor.
   */
  floor?: 'baseline' | 'off' | number;
  /** Norms for the norm quota and the baseline; default VN_STAFFING_NORMS. */
  norms?: StaffingNorms;
}

/** Unit columns the quota rule reads. */
export type QuotaUnit = Pick<Unit, 'code'> & Partial<Pick<Unit, 'kind' | 'terrain' | 'population'>> & { quota?: number | null };

/**
 * Defaults of {@link QuotaRule}: cap at the quota, floor at the Dispatch 09 baseline.
 *
 * @example
 * unitCap({ code: 'A', quota: 40 }, DEFAULT_QUOTA_RULE); // 40
 */
export const DEFAULT_QUOTA_RULE = Object.freeze({ cap: 'quota' as const, floor: 'baseline' as const });

/**
 * Most staff a unit may have after a plan that adds staff: its `quota` when given, else its norm quota;
 * Infinity with `cap: 'off'`. A unit with neither a quota nor kind / terrain / population is an error.
 *
 * @example
 * unitCap({ code: '26734', kind: 'ward', terrain: 'plain', population: 150_000 }, {}); // 70 (norm quota)
 */
export function unitCap(unit: QuotaUnit, rule: QuotaRule, source = 'unitCap'): number {
  if ((rule.cap ?? DEFAULT_QUOTA_RULE.cap) === 'off') return Infinity;
  if (typeof unit.quota === 'number' && Number.isFinite(unit.quota)) return unit.quota;
  if (unit.kind === undefined || unit.terrain === undefined || typeof unit.population !== 'number') {
    throw new CanbangInputError({
      source,
      column: 'quota',
      value: unit.code,
      expected: `a quota for unit ${unit.code}, or its kind, terrain and population to compute the norm quota (or the quota cap switched off)`,
    });
  }
  return normQuota({ kind: unit.kind, terrain: unit.terrain, population: unit.population }, rule.norms ?? VN_STAFFING_NORMS);
}

/**
 * Least staff a unit keeps after a plan that removes staff, given its staff before the plan.
 *
 * @example
 * unitFloor(40, {}); // 32: the Dispatch 09 baseline
 * unitFloor(25, {}); // 25: a unit below the baseline loses nobody
 * unitFloor(40, { floor: 'off' }); // 0
 */
export function unitFloor(staffBefore: number, rule: QuotaRule): number {
  const floor = rule.floor ?? DEFAULT_QUOTA_RULE.floor;
  if (floor === 'off') return 0;
  const level = floor === 'baseline' ? (rule.norms ?? VN_STAFFING_NORMS).baseline : floor;
  return Math.min(level, staffBefore);
}

/**
 * Staff of each unit over all its fields (the headcount table): what the quota cap and floor compare with,
 * also when a plan only looks at some fields.
 *
 * @example
 * unitStaffTotals(dataset).get('03127'); // 41
 */
export function unitStaffTotals(dataset: Dataset): Map<string, number> {
  const totals = new Map<string, number>();
  for (const h of dataset.headcount.objects() as { unit_code: string; staff: number }[]) totals.set(h.unit_code, (totals.get(h.unit_code) ?? 0) + h.staff);
  return totals;
}
