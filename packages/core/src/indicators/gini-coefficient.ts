/**
 * Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one holds everything.
 * Uses the sorted form G = 2 * sum(i * x_i) / (n * sum x) - (n + 1) / n, with i = 1..n ascending.
 *
 * @example
 * giniCoefficient([1, 1, 1, 1]); // 0
 * giniCoefficient([0, 0, 0, 1]); // 0.75
 */
export function giniCoefficient(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`giniCoefficient: value ${x}; expected finite numbers >= 0`);
    total += x;
    weighted += (i + 1) * x;
  }
  if (total === 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
