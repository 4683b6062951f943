import { terminalText } from '../terminal-text.ts';

/** Column of a plain-text table: header, how to read a cell from a row, right-align for numbers. */
export interface TextColumn<Row> {
  header: string;
  value: (row: Row) => string;
  align?: 'left' | 'right';
}

/**
 * Renders rows as an aligned plain-text table. Widths count Unicode code points, which is exact for
 * NFC Vietnamese (every letter with its tone mark is one precomposed character).
 *
 * @example
 * textTable([{ n: 'Xã Mường Nhé', s: 31 }], [{ header: 'name', value: (r) => r.n }, { header: 'staff', value: (r) => String(r.s), align: 'right' }]);
 */
export function textTable<Row>(rows: readonly Row[], columns: readonly TextColumn<Row>[]): string {
  // Cells come from data: control characters are escaped so they cannot act on the terminal.
  const cells = rows.map((row) => columns.map((c) => terminalText(c.value(row).normalize('NFC'))));
  const widths = columns.map((c, j) => Math.max(width(c.header), ...cells.map((r) => width(r[j]!))));
  const line = (values: readonly string[]) =>
    values
      .map((v, j) => (columns[j]!.align === 'right' ? v.padStart(widths[j]! + v.length - width(v)) : v.padEnd(widths[j]! + v.length - width(v))))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

function width(text: string): number {
  return [...text].length;
}

/**
 * Fixed decimals, or an em dash for an undefined ratio.
 *
 * @example
 * fixed(1.234); // '1.23'
 * fixed(null); // '—'
 */
export function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

/**
 * Thousands separated with commas (en-US style, as in the published figures).
 *
 * @example
 * thousands(126217.4); // '126,217'
 */
export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
