// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection, OWASP).
const TRIGGER = /^'*[=+\-@\t\r]/;
// Plain decimal numbers ("-3", "+1.5e3") are harmless even though they start with - or +;
// coerceTable accepts exactly this syntax for numbers given as text.
export const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes a value safe to put in a CSV or spreadsheet cell: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'` so Excel, LibreOffice and Google Sheets show it as text instead of
 * running it as a formula. Numbers (including -3) and text that is a plain decimal number stay as they are.
 * Text that already starts with `'` before such a character gets one more `'`, so canbang's readers,
 * which remove exactly one `'` before a trigger character, give back the original text.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula('@SUM(A1)');              // "'@SUM(A1)"
 * neutralizeFormula(-3);                      // -3
 * neutralizeFormula('Phường Ba Đình');        // unchanged
 */
export function neutralizeFormula<T>(value: T): T | string {
  if (typeof value !== 'string' || !TRIGGER.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** Inverse of {@link neutralizeFormula} for text read back from CSV or XLSX (internal, not re-exported). */
export function restoreNeutralised(text: string): string {
  return TRIGGER.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

/**
 * @deprecated Use {@link neutralizeFormula} (the public names use one spelling, -ize).
 *
 * @example
 * neutraliseFormula('=1+1'); // "'=1+1"
 */
export const neutraliseFormula = neutralizeFormula;
