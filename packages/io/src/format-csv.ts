import { neutralizeFormula } from './neutralise-formula.ts';

/**
 * RFC 4180 CSV text with a header, `\n` line ends and `,` delimiter. Text is neutralised against formula
 * injection; fields with a comma, quote, line break or leading/trailing space are quoted. null, undefined
 * and non-finite numbers are empty cells; numbers use JavaScript's shortest exact form (round-trips), or
 * `options.precision` decimals.
 * `writeTable` and `writeDataset` use it; it is exported for commands that print CSV to stdout.
 *
 * @example
 * formatCsv(['unit_code', 'note'], [{ unit_code: '00004', note: '=1+1' }]);
 * // "unit_code,note\n00004,'=1+1\n"
 * formatCsv(['ratio'], [{ ratio: 0.873456 }], { precision: 2 }); // "ratio\n0.87\n"
 */
export function formatCsv(columns: readonly string[], rows: readonly object[], options: FormatCsvOptions = {}): string {
  const { precision } = options;
  if (precision !== undefined && !(Number.isInteger(precision) && precision >= 0 && precision <= 15)) {
    throw new RangeError(`formatCsv: precision must be a whole number of decimals from 0 to 15, got ${precision}`);
  }
  const lines = [columns.map((c) => quote(String(neutralizeFormula(c)))).join(',')];
  // Any row object: its values are read by column name.
  for (const row of rows as readonly Readonly<Record<string, unknown>>[]) lines.push(columns.map((c) => field(row[c], precision)).join(','));
  return lines.join('\n') + '\n';
}

export interface FormatCsvOptions {
  /**
   * Decimals kept in numbers (rounded half away from zero, trailing zeros dropped: 71.41402944497482 -> 71.414
   * with 3); whole numbers are unchanged. Default: every digit (JavaScript's shortest exact form).
   */
  precision?: number;
}

/**
 * A number rounded to `decimals` decimals in its shortest form (no trailing zeros, no "-0").
 *
 * @example
 * roundDecimals(71.41402944497482, 3); // 71.414
 * roundDecimals(-0.0004, 3);           // 0
 */
export function roundDecimals(value: number, decimals: number): number {
  if (Number.isInteger(value)) return value;
  const scale = 10 ** decimals;
  // Math.round rounds half up; rounding the magnitude keeps -2.5 -> -3 like 2.5 -> 3. toPrecision(15) first so
  // 1.0005 (stored as 1.000499999...) still rounds as written.
  const rounded = (Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(15)))) / scale;
  return rounded === 0 ? 0 : rounded;
}

function field(value: unknown, precision: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(precision === undefined ? value : roundDecimals(value, precision)) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return quote(String(neutralizeFormula(text)));
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}
