import type { Unit, UnitKind } from '../model/types.ts';

/** A population-based staffing norm: baseline positions, plus one per block of residents above a threshold. */
export interface StaffingNorms {
  baseline: number;
  /** Residents above which extra positions are added. */
  threshold: number;
  /** Residents per extra position in mountainous units. */
  perExtraMountain: number;
  /** Residents per extra position elsewhere. */
  perExtraOther: number;
  /** Maximum positions by unit kind. */
  caps: Readonly<Record<UnitKind, number>>;
}

/**
 * Dispatch 09/CV-BCĐ (2025): about 32 positions per new commune-level unit; +1 per 1,000 residents above
 * 16,000 in mountainous areas, +1 per 2,000 elsewhere; at most 50 per commune, 70 per ward or special zone.
 */
export const VN_STAFFING_NORMS: StaffingNorms = Object.freeze({
  baseline: 32,
  threshold: 16_000,
  perExtraMountain: 1_000,
  perExtraOther: 2_000,
  caps: Object.freeze({ commune: 50, ward: 70, special_zone: 70 }),
});

/**
 * Positions a unit is allowed by the staffing norm (whole positions; partial blocks of residents do not count).
 *
 * @example
 * normQuota({ kind: 'commune', terrain: 'mountain', population: 20_500 }); // 32 + 4 = 36
 * normQuota({ kind: 'ward', terrain: 'plain', population: 150_000 }); // 32 + 67 = 99, capped at 70
 */
export function normQuota(unit: Pick<Unit, 'kind' | 'terrain' | 'population'>, norms: StaffingNorms = VN_STAFFING_NORMS): number {
  const perExtra = unit.terrain === 'mountain' ? norms.perExtraMountain : norms.perExtraOther;
  const extra = Math.floor(Math.max(0, unit.population - norms.threshold) / perExtra);
  return Math.min(norms.baseline + extra, norms.caps[unit.kind]);
}
