import type { ColumnTable } from 'arquero';
import { mean, quantileSorted, standardDeviation, zScore } from 'simple-statistics';
import { giniCoefficient } from './gini-coefficient.ts';

export interface LoadOutlier {
  unit_code: string;
  load: number;
  z: number;
}

export interface LoadStatistics {
  /** Units with a defined load (staff > 0). */
  n: number;
  mean: number;
  sd: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  /** Gini coefficient of load across units (0 = every unit equally loaded). */
  gini: number;
  /** Units whose load z-score is beyond the threshold, most extreme first. */
  outliers: LoadOutlier[];
}

export interface LoadStatisticsOptions {
  /** |z| at or above which a unit is an outlier; default 2.5. */
  zThreshold?: number;
}

/**
 * Distribution of load (required / staff) across units, with simple-statistics: mean, population SD,
 * quantiles, Gini, and z-score outliers.
 *
 * @example
 * const stats = loadStatistics(balance(ds).byUnit);
 * stats.p90; // 90th percentile of load
 */
export function loadStatistics(byUnit: ColumnTable, options: LoadStatisticsOptions = {}): LoadStatistics {
  const zThreshold = options.zThreshold ?? 2.5;
  const codes = byUnit.array('unit_code') as string[];
  const rawLoads = byUnit.array('load') as (number | null)[];
  const units: { unit_code: string; load: number }[] = [];
  rawLoads.forEach((load, i) => {
    if (load !== null && Number.isFinite(load)) units.push({ unit_code: codes[i]!, load });
  });
  if (units.length === 0) {
    throw new RangeError('loadStatistics: no unit has staff, so load is undefined everywhere; expected at least one staffed unit');
  }
  const loads = units.map((d) => d.load);
  const sorted = [...loads].sort((a, b) => a - b);
  const mu = mean(loads);
  const sd = standardDeviation(loads);
  const outliers =
    sd > 0
      ? units
          .map((d) => ({ ...d, z: zScore(d.load, mu, sd) }))
          .filter((d) => Math.abs(d.z) >= zThreshold)
          .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.unit_code.localeCompare(b.unit_code))
      : [];
  return {
    n: loads.length,
    mean: mu,
    sd,
    p10: quantileSorted(sorted, 0.1),
    p25: quantileSorted(sorted, 0.25),
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    gini: giniCoefficient(loads),
    outliers,
  };
}
