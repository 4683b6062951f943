/**
 * Whole-time staff needed for the cases of one service activity: annual cases x minutes per case / (AWT x 60)
 * (WISN: annual workload / standard workload). The one place this rule is written; the requirement matrix,
 * Monte Carlo and work routing all call it.
 *
 * @example
 * serviceFte(100_000, 15, 1432); // 17.458 (Burmen et al. 2017, Table 3: 17.46)
 */
export function serviceFte(annualCases: number, minutesPerCase: number, awtHours: number): number {
  return (annualCases * minutesPerCase) / (awtHours * 60);
}
