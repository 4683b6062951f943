import { CanbangInputError } from '@canbang/core';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { csvToRaw, readFileBytes, xlsxToRaw } from './raw-tables.ts';

/** One data row of a sheet: cells by lower-case column name, and its row number as the dataset readers number rows. */
export interface SheetRow {
  /** Row number as the dataset readers give it in their errors (see README "Input files"). */
  row: number;
  cells: Readonly<Record<string, unknown>>;
}

/** A small side table (distances, a plan's moves) read from a CSV file or one sheet of a workbook. */
export interface SheetRows {
  /** File, or file#sheet, for error messages. */
  source: string;
  /** Lower-case trimmed column names. */
  columns: string[];
  rows: SheetRow[];
}

/**
 * Reads a CSV file, or the named sheet of an .xlsx workbook, into rows keyed by lower-case column name, with
 * each row's number as the dataset readers number rows (the same reader underneath). `sheet` is required for a workbook; a workbook without that
 * sheet is a {@link CanbangInputError} listing the sheets it has. Returns null for a workbook without the
 * sheet when `optional` is set.
 *
 * @example
 * const { rows } = (await readSheetRows('distances.csv', 'distances'))!;
 * rows[0]; // { row: 1, cells: { from: '00004', to: '00008', km: '12.5' } }
 */
export async function readSheetRows(path: string, sheet: string, options: { optional?: boolean; limits?: ReadLimits } = {}): Promise<SheetRows | null> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const bytes = await readFileBytes(path, limits);
  let raw;
  if (/\.xlsx$/i.test(path)) {
    const sheets = await xlsxToRaw(bytes, path, limits);
    raw = sheets.get(sheet.toLowerCase());
    if (!raw) {
      if (options.optional) return null;
      throw new CanbangInputError({ source: path, value: [...sheets.keys()].join(', '), expected: `a sheet named "${sheet}"` });
    }
  } else {
    raw = csvToRaw(bytes, path);
  }
  const columns = raw.columns.map((c) => String(c ?? '').trim().toLowerCase());
  return {
    source: raw.source,
    columns,
    rows: raw.rows.map((r) => ({ row: r.row, cells: Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? null])) })),
  };
}
