import { CanbangInputError } from '@canbang/core';

/** What a numeric option accepts: whole numbers only, and a lower bound (inclusive `min` or exclusive `above`). */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  above?: number;
  /** Inclusive upper bound. */
  max?: number;
}

/**
 * `Number(text)`, except that blank text is NaN (plain `Number('')` and `Number(' ')` are 0).
 *
 * @example
 * strictNumber('0.8'); // 0.8
 * strictNumber(''); // NaN
 */
export function strictNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Parses a command-line number; anything else (blank, `abc`, `Infinity`, out of range, a fraction where a
 * whole number is wanted) is a {@link CanbangInputError} naming `source` (e.g. `canbang report --top`),
 * the text given and what was expected.
 *
 * @example
 * numberOption('30', 'canbang report --top', { integer: true, min: 0 }); // 30
 * numberOption('0', 'canbang --overloaded-below', { above: 0 }); // throws: got "0"; expected a number > 0
 */
export function numberOption(text: string, source: string, rule: NumberRule = {}): number {
  const value = strictNumber(text);
  const ok =
    (rule.integer ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.above === undefined || value > rule.above) &&
    (rule.max === undefined || value <= rule.max);
  if (!ok) {
    const lower = rule.above !== undefined ? ` > ${rule.above}` : rule.min !== undefined ? ` >= ${rule.min}` : '';
    const bound = rule.max !== undefined ? `${lower}${lower ? ' and' : ''} <= ${rule.max}` : lower;
    throw new CanbangInputError({ source, value: text, expected: rule.integer ? `a whole number${bound}` : `a number${bound}` });
  }
  return value;
}
