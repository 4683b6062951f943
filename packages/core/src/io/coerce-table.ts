import { CanbangInputError } from '../model/errors.ts';
import type { ReadLimits } from './limits.ts';
import { restoreNeutralised } from './neutralise-formula.ts';
import { TABLE_COLUMNS, type TableName } from './table-schemas.ts';

/** A table as found in a file, before typing (internal to io). */
export interface RawTable {
  source: string;
  /** Header names as written (they are trimmed and lower-cased for matching). */
  columns: readonly string[];
  /** `row` is the 1-based row under the header, as the user sees it in the file. */
  rows: readonly { row: number; cells: readonly unknown[] }[];
  /** csv and xlsx cells are text a person typed; json values are typed already and read strictly. */
  origin: 'csv' | 'xlsx' | 'json';
}

export interface TypedTable {
  rows: Record<string, unknown>[];
  /** rowNumbers[i] is the file row of rows[i], to translate validation errors back to the file. */
  rowNumbers: number[];
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Checks the header of a raw table against its schema and types every cell strictly: numbers must be
 * plain decimal numbers ("12abc", "1,5", "NaN", "Infinity" are errors), an empty cell in a numeric
 * column is null, values above a plausibility limit are errors. Only schema columns are kept; other
 * columns are ignored. Internal to io (the readers call it).
 *
 * @example
 * coerceTable({ source: 'h.csv', columns: ['unit_code', 'field', 'staff'], rows: [{ row: 1, cells: ['00004', 'land', '3'] }], origin: 'csv' }, 'headcount', DEFAULT_READ_LIMITS);
 */
export function coerceTable(raw: RawTable, table: TableName, limits: ReadLimits, required = true): TypedTable {
  const { source, origin } = raw;
  const header = raw.columns.map((c) => String(c ?? '').trim().toLowerCase());
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
    specs.forEach((spec, k) => {
      const cell = index[k]! >= 0 ? cells[index[k]!] : undefined;
      const fail = (expected: string): never => {
        throw new CanbangInputError({ source, row, column: spec.name, value: cell, expected });
      };
      if (spec.type !== 'number') {
        if (cell === undefined || cell === null) out[spec.name] = '';
        else if (typeof cell === 'string') {
          let text = cell.normalize('NFC');
          if (origin !== 'json') text = restoreNeutralised(text);
          out[spec.name] = spec.type === 'code' ? text.trim() : text;
        } else if (origin !== 'json' && (typeof cell === 'number' || typeof cell === 'boolean')) out[spec.name] = String(cell);
        else fail(origin === 'json' ? 'a JSON string' : 'text');
        return;
      }
      let value: number | null = null;
      if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) value = null;
      else if (typeof cell === 'number') value = cell;
      else if (typeof cell === 'string' && origin !== 'json') {
        const s = cell.trim();
        if (PLAIN_NUMBER.test(s)) value = Number(s);
        else if (/^[+-]?(nan|inf|infinity|#num!|#div\/0!|#value!)$/i.test(s)) fail('a finite number (NaN, Infinity and spreadsheet errors are not values)');
        else if (/^[+-]?\d+,\d+$/.test(s)) fail('a number with "." as the decimal point (found ",")');
        else fail('a number written with digits and "." as the decimal point, e.g. 12 or 12.5');
      } else fail(origin === 'json' ? 'a JSON number or null' : 'a number');
      if (value !== null && !Number.isFinite(value)) fail('a finite number');
      if (value !== null && spec.limit && value > limits[spec.limit]) {
        fail(`at most ${limits[spec.limit]} (plausibility limit limits.${spec.limit}; raise it if the value is real)`);
      }
      out[spec.name] = value;
    });
    rows.push(out);
    rowNumbers.push(row);
  }
  return { rows, rowNumbers };
}
