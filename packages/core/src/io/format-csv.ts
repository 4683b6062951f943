import { neutraliseFormula } from './neutralise-formula.ts';

/**
 * RFC 4180 CSV text with a header, `\n` line ends and `,` delimiter. Text is neutralised against formula
 * injection; fields with a comma, quote, line break or leading/trailing space are quoted. null, undefined
 * and non-finite numbers are empty cells; numbers use JavaScript's shortest exact form (round-trips).
 * `writeTable` and `writeDataset` use it; it is exported for commands that print CSV to stdout.
 *
 * @example
 * formatCsv(['unit_code', 'note'], [{ unit_code: '00004', note: '=1+1' }]);
 * // "unit_code,note\n00004,'=1+1\n"
 */
export function formatCsv(columns: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  const lines = [columns.map((c) => quote(String(neutraliseFormula(c)))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
  return lines.join('\n') + '\n';
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return quote(String(neutraliseFormula(text)));
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}
