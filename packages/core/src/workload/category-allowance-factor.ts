/**
 * WISN category allowance factor: support work every member of a field does (meetings, reporting),
 * given as percentages of working time. CAF = 1 / (1 - sum of shares / 100).
 *
 * @example
 * categoryAllowanceFactor([10, 5]); // 1 / 0.85 = 1.1765
 */
export function categoryAllowanceFactor(supportSharesPercent: readonly number[]): number {
  let total = 0;
  for (const [i, share] of supportSharesPercent.entries()) {
    if (!Number.isFinite(share) || share < 0) {
      throw new RangeError(`categoryAllowanceFactor: supportSharesPercent[${i}] is ${share}; expected a finite number >= 0`);
    }
    total += share;
  }
  if (total >= 100) {
    throw new RangeError(`categoryAllowanceFactor: support shares add up to ${total}%; expected less than 100%`);
  }
  return 1 / (1 - total / 100);
}
