import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CanbangInputError } from '@canbang/core';
import type { Dataset, DatasetMeta } from '@canbang/core';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { readFileBytes } from './raw-tables.ts';
import { csvFolderDataset, DATASET_FOLDER_FILES, DEFAULT_READ_META, jsonDataset, workbookDataset, type DatasetFileBytes } from './dataset-from-bytes.ts';

export { DEFAULT_READ_META } from './dataset-from-bytes.ts';

export interface ReadDatasetOptions {
  /** Size and plausibility limits; unspecified keys use {@link DEFAULT_READ_LIMITS}. */
  limits?: Partial<ReadLimits>;
  /** Meta used where the input has none (no meta.json / meta key / meta sheet, or a key missing there). */
  meta?: Partial<DatasetMeta>;
}

/**
 * Reads and validates a dataset from
 * - a directory with `units.csv`, `headcount.csv`, `volumes.csv`, `standards.csv` and optionally
 *   `provinces.csv`, `fields.csv`, `working_time.csv`, `individual_allowances.csv`, `meta.json`;
 * - a `.json` file `{ "meta": {...}, "units": [...], "headcount": [...], ... }` with the same tables as arrays of rows;
 * - an `.xlsx` workbook with sheets `units`, `headcount`, `volumes`, `standards` and optionally
 *   `provinces`, `fields`, `working_time`, `individual_allowances` and `meta` (two columns key, value). Other sheets (e.g. instructions) are ignored.
 *
 * Files must be UTF-8 (a BOM is accepted); CSV delimiter `,`, `;` or tab (detected); numbers with `.` as
 * decimal point; "." grouping thousands is refused where ambiguous. Any problem is a {@link CanbangInputError}
 * naming the file (or `book.xlsx#sheet`), the row as the spreadsheet shows it (header = row 1; JSON: item N),
 * the column, the value and what was expected; nothing is returned partially. Values that are possible but
 * unlikely are returned with warnings in `dataset.checks` (see `plausibilityChecks`).
 *
 * @example
 * const ds = await readDataset('data/sample');
 * ds.units.numRows(); // 6
 * await readDataset('provinces/dien-bien.xlsx', { limits: { maxCases: 5e7 } });
 */
export async function readDataset(path: string, options: ReadDatasetOptions = {}): Promise<Dataset> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CanbangInputError({ source: path, value: (error as NodeJS.ErrnoException).code ?? String(error), expected: 'an existing directory, .json file or .xlsx workbook' });
  }
  const fallbackMeta: DatasetMeta = { ...DEFAULT_READ_META, name: basename(path, extname(path)), source: path, ...options.meta };
  if (info.isDirectory()) return readDirectory(path, limits, fallbackMeta);
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return jsonDataset(await readFileBytes(path, limits), path, limits, fallbackMeta);
  if (ext === '.xlsx') return workbookDataset(await readFileBytes(path, limits), path, limits, fallbackMeta);
  throw new CanbangInputError({
    source: path,
    value: `a file with extension "${ext}"`,
    expected: 'a directory of CSV files, a .json file or an .xlsx workbook (.xls and .ods: save as .xlsx first)',
  });
}

async function readDirectory(dir: string, limits: ReadLimits, fallbackMeta: DatasetMeta): Promise<Dataset> {
  // File names match case-insensitively (Units.CSV saved on Windows is units.csv).
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CanbangInputError({ source: dir, value: (error as NodeJS.ErrnoException).code ?? String(error), expected: 'a readable directory' });
  }
  const wanted = new Set(DATASET_FOLDER_FILES);
  const files = new Map<string, DatasetFileBytes>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (!wanted.has(key)) continue;
    const source = join(dir, name);
    files.set(key, { source, bytes: await readFileBytes(source, limits) });
  }
  return csvFolderDataset(files, { dir, names, path: (name) => join(dir, name) }, limits, fallbackMeta);
}
