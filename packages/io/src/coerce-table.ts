import { CanbangInputError, type RowLabel } from '@canbang/core';
import type { InputCheck } from '@canbang/core';
import type { ReadLimits } from './limits.ts';
import { PLAIN_NUMBER, restoreNeutralised } from './neutralise-formula.ts';
import { TABLE_COLUMNS, type ColumnSpec, type TableName } from './table-schemas.ts';
import { canonicalHeader, canonicalValue } from './vietnamese-aliases.ts';

/** A table as found in a file, before typing (internal to io). */
export interface RawTable {
  source: string;
  /** Header names as written (they are trimmed and lower-cased for matching). */
  columns: readonly string[];
  /** `row` is the row as the user sees it: spreadsheet row (header = 1) for csv/xlsx, 1-based item for json. */
  rows: readonly { row: number; cells: readonly unknown[] }[];
  /** csv and xlsx cells are text a person typed; json values are typed already and read strictly. */
  origin: 'csv' | 'xlsx' | 'json';
  /** CSV delimiter; with ";" or tab (Excel's Vietnamese locale) "." may be a thousands separator in any number. */
  delimiter?: string;
  /** Warnings the reader noticed (e.g. a percent-formatted cell); readDataset gathers them into `dataset.checks`. */
  checks?: InputCheck[];
}

export interface TypedTable {
  rows: Record<string, unknown>[];
  /** rowNumbers[i] is the file row of rows[i], to translate validation errors back to the file. */
  rowNumbers: number[];
}

/**
 * Checks the header of a raw table against its schema and types every cell strictly: numbers must be
 * plain decimal numbers ("12abc", "1,5", "NaN", "Infinity" are errors), an empty cell in a numeric
 * column is null, values above a plausibility limit are errors. Only schema columns are kept; other
 * columns are ignored. Internal to io (the readers call it).
 *
 * @example
 * coerceTable({ source: 'h.csv', columns: ['unit_code', 'field', 'staff'], rows: [{ row: 2, cells: ['00004', 'land', '3'] }], origin: 'csv' }, 'headcount', DEFAULT_READ_LIMITS);
 */
export function coerceTable(raw: RawTable, table: TableName, limits: ReadLimits, required = true): TypedTable {
  const { source, origin } = raw;
  // Vietnamese headers (Mã ĐVHC, Dân số, ...) read as the machine names they stand for.
  const header = raw.columns.map((c) => canonicalHeader(table, String(c ?? '')));
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) {
      throw new CanbangInputError({ source, column: name, value: raw.columns.join(', '), expected: `each column name once in the header (duplicate "${name}")` });
    }
    seen.add(name);
  }
  const specs = TABLE_COLUMNS[table];
  if (origin === 'json' && raw.rows.length === 0) {
    // A JSON array has no header: an empty one has no columns to check.
    if (required) throw new CanbangInputError({ source, value: 'an empty array', expected: `at least one ${table} row` });
    return { rows: [], rowNumbers: [] };
  }
  const missing = specs.filter((s) => s.required && !seen.has(s.name)).map((s) => s.name);
  if (missing.length > 0) {
    const hint =
      header.length === 1 && /[|:]/.test(header[0]!)
        ? '; the file has one column only: separate columns with "," (";" and tab are accepted too)'
        : origin === 'xlsx'
          ? '; the header must be row 1 of the sheet (remove title rows above it)'
          : '';
    throw new CanbangInputError({
      source,
      column: missing.join(', '),
      value: `columns ${raw.columns.map((c) => JSON.stringify(c)).join(', ')}`,
      expected: `the ${table} header to include ${missing.join(', ')} (columns: ${specs.map((s) => s.name + (s.required ? '' : '?')).join(', ')})${hint}`,
    });
  }
  if (required && raw.rows.length === 0) {
    throw new CanbangInputError({ source, value: 'no data rows', expected: `at least one ${table} row under the header` });
  }
  if (raw.rows.length > limits.maxRows) {
    throw new CanbangInputError({
      source,
      value: `${raw.rows.length} rows`,
      expected: `at most ${limits.maxRows} rows (limits.maxRows; raise it to read bigger tables)`,
    });
  }
  const index = specs.map((s) => header.indexOf(s.name));
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (const { row, cells } of raw.rows) {
    const out: Record<string, unknown> = {};
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k]!;
      const cell = index[k]! >= 0 ? cells[index[k]!] : undefined;
      out[spec.name] =
        spec.type === 'number'
          ? toNumber(cell, raw, row, spec, spec.limit ? limits[spec.limit] : undefined)
          : spec.type === 'code'
            ? canonicalValue(table, spec.name, toText(cell, raw, row, spec.name, true))
            : toText(cell, raw, row, spec.name, false);
    }
    rows.push(out);
    rowNumbers.push(row);
  }
  return { rows, rowNumbers };
}

/** How a table's row numbers are counted: JSON rows are array items, CSV and XLSX rows are spreadsheet rows. */
export function rowLabelOf(raw: Pick<RawTable, 'origin'>): RowLabel {
  return raw.origin === 'json' ? 'item' : 'row';
}

function fail(raw: RawTable, row: number, column: string, value: unknown, expected: string): never {
  throw new CanbangInputError({ source: raw.source, row, rowLabel: rowLabelOf(raw), column, value, expected });
}

function toText(cell: unknown, raw: RawTable, row: number, column: string, trim: boolean): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') {
    // CSV text was normalised as a whole when decoded; JSON and XLSX cells are normalised here.
    let text = raw.origin === 'csv' ? cell : cell.normalize('NFC');
    if (raw.origin !== 'json' && text.charCodeAt(0) === 39 /* ' */) text = restoreNeutralised(text);
    return trim ? text.trim() : text;
  }
  if (raw.origin !== 'json' && (typeof cell === 'number' || typeof cell === 'boolean')) return String(cell);
  return fail(raw, row, column, cell, raw.origin === 'json' ? 'a JSON string' : 'text');
}

// Digits grouped by "." in threes ("15.600", "1.234.567"): a thousands separator in Viet Nam, a decimal point elsewhere.
const DOT_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
// The Vietnamese way of writing 1234.5: "." between thousands, "," before the decimals.
const VIETNAMESE_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;

/**
 * Whether number text in a cell is ambiguous: "." followed by groups of three digits is a thousands separator
 * when the column counts residents or staff or the CSV is ";" / tab separated (Excel in the
 * Vietnamese locale saves that way, with "." for thousands and "," for decimals), unless reading it as
 * thousands gives a value the column cannot hold (lat "21.028" is not 21028; more than the plausibility limit).
 * Ambiguous text is refused, never guessed.
 */
function ambiguousGrouping(text: string, raw: RawTable, spec: ColumnSpec, max: number | undefined): boolean {
  if (!DOT_GROUPED.test(text)) return false;
  if (!spec.whole && !spec.headcount && !(raw.origin === 'csv' && raw.delimiter !== undefined && raw.delimiter !== ',')) return false;
  const asThousands = Math.abs(Number(text.replace(/\./g, '')));
  return !(spec.maxAbs !== undefined && asThousands > spec.maxAbs) && !(max !== undefined && asThousands > max);
}

function toNumber(cell: unknown, raw: RawTable, row: number, spec: ColumnSpec, max: number | undefined): number | null {
  const column = spec.name;
  let value: number;
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string' && raw.origin !== 'json') {
    const s = cell.trim();
    if (s === '') return null;
    if (!PLAIN_NUMBER.test(s)) {
      if (/^[+-]?(nan|inf|infinity|#num!|#div\/0!|#value!|#n\/a)$/i.test(s)) fail(raw, row, column, cell, 'a finite number (NaN, Infinity and spreadsheet errors are not values)');
      if (VIETNAMESE_DECIMAL.test(s)) {
        const plain = s.replace(/\./g, '').replace(',', '.');
        fail(raw, row, column, cell, `a number with "." as the decimal point and no thousands separator (this is the Vietnamese way of writing ${plain}: write ${plain}, or give canbang the .xlsx workbook instead of a CSV saved in the Vietnamese locale)`);
      }
      if (/^[+-]?\d+,\d+$/.test(s)) fail(raw, row, column, cell, 'a number with "." as the decimal point (found ","; Excel with a Vietnamese locale saves CSV that way: give canbang the .xlsx workbook instead)');
      fail(raw, row, column, cell, 'a number written with digits and "." as the decimal point, e.g. 12 or 12.5');
    }
    if (ambiguousGrouping(s, raw, spec, max)) {
      const whole = s.replace(/\./g, '');
      const decimal = String(Number(s));
      const why = spec.whole
        ? `${column} is a whole number`
        : spec.headcount
          ? `${column} counts people: FTE are rarely written with three decimals`
          : `in a "${raw.delimiter === '\t' ? 'tab' : raw.delimiter}"-separated CSV (Excel's Vietnamese locale) "." separates thousands`;
      fail(raw, row, column, cell, `an unambiguous number: "${s}" reads as ${whole} with "." as a thousands separator or as ${decimal} with "." as the decimal point (${why}); write ${whole} without separators${spec.whole ? '' : ` or ${decimal} without trailing zeros`}, or give canbang the .xlsx workbook`);
    }
    value = Number(s);
  } else return fail(raw, row, column, cell, raw.origin === 'json' ? 'a JSON number or null' : 'a number');
  if (!Number.isFinite(value)) fail(raw, row, column, cell, 'a finite number');
  if (max !== undefined && value > max) fail(raw, row, column, cell, `at most ${max} (plausibility limit limits.${spec.limit}; raise it if the value is real)`);
  return value;
}
