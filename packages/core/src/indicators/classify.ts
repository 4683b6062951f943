import type { BalanceStatus } from '../model/types.ts';

/** Status bands on the WISN ratio staff / required. */
export interface Bands {
  /** Ratio below this is overloaded (too few staff for the work). */
  overloadedBelow: number;
  /** Ratio above this is underloaded (more staff than the work needs). */
  underloadedAbove: number;
}

/**
 * ±10 % around a perfect match (ratio 1): canbang's default tolerance band, not a published WISN cut-off
 * (see `BAND_PRESETS` for the named readings and their sources).
 */
export const DEFAULT_BANDS: Bands = Object.freeze({ overloadedBelow: 0.9, underloadedAbove: 1.1 });

/**
 * Classifies a unit (or unit x field) from its staff and WISN requirement.
 * No requirement with staff is underloaded; no requirement and no staff is balanced. A ratio below
 * `overloadedBelow` is overloaded, above `underloadedAbove` underloaded (equal to a bound: balanced).
 *
 * @example
 * classify(8, 10); // 'overloaded' (ratio 0.8 < 0.9)
 * classify(12, 10); // 'underloaded' (ratio 1.2 > 1.1)
 */
export function classify(staff: number, required: number, bands: Bands = DEFAULT_BANDS): BalanceStatus {
  if (required <= 0) return staff > 0 ? 'underloaded' : 'balanced';
  const ratio = staff / required;
  if (ratio < bands.overloadedBelow) return 'overloaded';
  if (ratio > bands.underloadedAbove) return 'underloaded';
  return 'balanced';
}

/** Throws a RangeError naming the caller when bands are not 0 < overloadedBelow <= 1 <= underloadedAbove. */
export function checkBands(bands: Bands, caller: string): void {
  const { overloadedBelow, underloadedAbove } = bands;
  if (!(Number.isFinite(overloadedBelow) && overloadedBelow > 0 && overloadedBelow <= 1)) {
    throw new RangeError(`${caller}: bands.overloadedBelow is ${overloadedBelow}; expected a number in (0, 1]`);
  }
  if (!(Number.isFinite(underloadedAbove) && underloadedAbove >= 1)) {
    throw new RangeError(`${caller}: bands.underloadedAbove is ${underloadedAbove}; expected a finite number >= 1`);
  }
}
