import type { Bands } from './classify.ts';

/** A named reading of the WISN ratio, with where it comes from. */
export interface BandPreset {
  bands: Bands;
  /** Plain-language reading. */
  description: string;
  /** Where the reading comes from (a publication, or canbang's own convention). */
  source: string;
}

export type BandPresetName = 'canbang_tolerance_10' | 'wisn_ratio_one';

/**
 * Named status bands on the WISN ratio staff / required:
 * - `canbang_tolerance_10` (the default, {@link DEFAULT_BANDS}): overloaded below 0.9, underloaded above 1.1.
 *   A tolerance of ±10 % around a match, so rounding in volumes and standards does not flip a status. It is
 *   canbang's convention, not a published WISN cut-off.
 * - `wisn_ratio_one`: ratio 1 is the line: below 1 fewer staff than the workload needs (shortage, workload
 *   pressure 1 - ratio > 0), above 1 more (surplus), as WISN studies read it, e.g. Namaganda et al., Human
 *   Resources for Health 2015, 13:89 (Uganda: health centres had 42-70 % of the nurses required, so a workload
 *   pressure of 30-58 %).
 *
 * @example
 * balance(dataset, { bands: BAND_PRESETS.wisn_ratio_one.bands });
 */
export const BAND_PRESETS: Readonly<Record<BandPresetName, BandPreset>> = Object.freeze({
  canbang_tolerance_10: Object.freeze({
    bands: Object.freeze({ overloadedBelow: 0.9, underloadedAbove: 1.1 }),
    description: 'overloaded below 0.9, underloaded above 1.1 (±10 % tolerance around ratio 1)',
    source: "canbang's default convention (a tolerance band, not a published WISN cut-off)",
  }),
  wisn_ratio_one: Object.freeze({
    bands: Object.freeze({ overloadedBelow: 1, underloadedAbove: 1 }),
    description: 'overloaded below 1 (shortage), underloaded above 1 (surplus), balanced only at exactly 1',
    source: 'WISN ratio 1 as the line between shortage and surplus, e.g. Namaganda et al., Human Resources for Health 2015, 13:89',
  }),
});

/** Graded reading of the WISN ratio: descending cut-offs and one label per grade (cut-offs + 1 labels). */
export interface RatioGrades {
  /** Strictly descending cut-offs; a ratio >= cutoffs[0] is grade 0, below the last one the last grade. */
  cutoffs: readonly number[];
  labels: readonly string[];
  source: string;
}

/**
 * Graded cut-offs 1 / 0.75 / 0.5 / 0.25 on the WISN ratio (the graded reading canbang issue 17 names as used
 * in published WISN studies). canbang has not verified the wording of a published study for these grades, so
 * the labels only state the ratio range; give your own {@link RatioGrades} to use another reading.
 */
export const GRADED_QUARTERS: RatioGrades = Object.freeze({
  cutoffs: Object.freeze([1, 0.75, 0.5, 0.25]),
  labels: Object.freeze(['>= 1', '0.75 to < 1', '0.5 to < 0.75', '0.25 to < 0.5', '< 0.25']),
  source: 'graded cut-offs 1 / 0.75 / 0.5 / 0.25 (canbang issue 17); labels state the ratio range only',
});

/**
 * The grade label of a WISN ratio; null when the ratio is undefined (no requirement).
 *
 * @example
 * gradeRatio(0.6); // '0.5 to < 0.75'
 * gradeRatio(1.3); // '>= 1'
 */
export function gradeRatio(ratio: number | null, grades: RatioGrades = GRADED_QUARTERS): string | null {
  if (ratio === null) return null;
  const i = grades.cutoffs.findIndex((cut) => ratio >= cut);
  return grades.labels[i < 0 ? grades.cutoffs.length : i]!;
}

/**
 * Throws a RangeError naming the caller when grades are not strictly descending finite cut-offs with one more label.
 *
 * @example
 * checkGrades({ cutoffs: [1.2, 0.8], labels: ['surplus', 'ok', 'short'], source: 'mine' }, 'balance'); // passes
 */
export function checkGrades(grades: RatioGrades, caller: string): void {
  const { cutoffs, labels } = grades;
  cutoffs.forEach((cut, i) => {
    if (!Number.isFinite(cut) || cut < 0 || (i > 0 && cut >= cutoffs[i - 1]!)) {
      throw new RangeError(`${caller}: grades.cutoffs[${i}] is ${cut}; expected finite cut-offs >= 0 in strictly descending order`);
    }
  });
  if (labels.length !== cutoffs.length + 1) {
    throw new RangeError(`${caller}: grades has ${labels.length} labels for ${cutoffs.length} cut-offs; expected ${cutoffs.length + 1}`);
  }
}

/**
 * WISN workload pressure 1 - staff / required: the share of the workload the current staff cannot cover
 * (negative = surplus); null when the ratio is undefined.
 *
 * @example
 * workloadPressure(0.42); // 0.58 (Namaganda et al. 2015: 42 % of nurses required -> 58 % pressure)
 */
export function workloadPressure(ratio: number | null): number | null {
  return ratio === null ? null : 1 - ratio;
}
