/**
 * Whole-time staff needed for the cases of one service activity: annual cases x minutes per case / (AWT x 60)
 * (WISN: annual workload / standard workload). The one place this rule is written: `requirementMatrix` applies it
 * to every volumes row and exposes the rows (`volumeRows`), which Monte Carlo and work routing scale.
 *
 * @example
 * serviceFte(100_000, 15, 1432); // 17.458 (Burmen et al. 2017, Table 3: 17.46)
 */
export function serviceFte(annualCases: number, minutesPerCase: number, awtHours: number): number {
  return (annualCases * minutesPerCase) / (awtHours * 60);
}
