/**
 * WISN individual allowance factor: work only some staff do (e.g. council secretariat), in hours per
 * year, converted to whole-time staff. IAF = sum of hours / AWT.
 *
 * @example
 * individualAllowanceFactor([183.2, 91.6], 1832); // 0.15 staff
 */
export function individualAllowanceFactor(additionalHours: readonly number[], awtHours: number): number {
  if (!Number.isFinite(awtHours) || awtHours <= 0) {
    throw new RangeError(`individualAllowanceFactor: awtHours is ${awtHours}; expected a finite number > 0`);
  }
  let total = 0;
  for (const [i, hours] of additionalHours.entries()) {
    if (!Number.isFinite(hours) || hours < 0) {
      throw new RangeError(`individualAllowanceFactor: additionalHours[${i}] is ${hours}; expected a finite number >= 0`);
    }
    total += hours;
  }
  return total / awtHours;
}
