/**
 * Datasets from file BYTES (a JSON file, an .xlsx workbook, the files of a CSV folder): everything
 * `readDataset` does after reading files, without a file system, so the notebooks run the same readers,
 * checks and messages in a browser (`@canbang/io/browser`).
 */
import { checkedTables, createDataset, META_SCHEMA, plausibilityChecks } from '@canbang/core';
import { CanbangInputError } from '@canbang/core';
import type { Dataset, DatasetInput, DatasetMeta } from '@canbang/core';
import type { TableSources } from '@canbang/core';
import { decodeText } from './decode-text.ts';
import { coerceTable, rowLabelOf, type RawTable, type TypedTable } from './coerce-table.ts';
import type { ReadLimits } from './limits.ts';
import { restoreNeutralised } from './neutralise-formula.ts';
import { parseJson } from '@canbang/core';
import { csvToRaw } from './csv-to-raw.ts';
import { explainMergedCell, xlsxToRaw } from './xlsx-to-raw.ts';
import { TABLES, type TableName } from './table-schemas.ts';

/**
 * Meta of a dataset read without meta: not synthetic, period unknown, volumes per quarter
 * (4 periods a year); `name` and `source` become the path read.
 */
export const DEFAULT_READ_META: Readonly<Omit<DatasetMeta, 'name' | 'source'>> = Object.freeze({
  synthetic: false,
  period: 'unspecified',
  periodsPerYear: 4,
});

/**
 * The files a CSV dataset folder is read from (lower case; other files in the folder are ignored).
 * @example
 * DATASET_FOLDER_FILES.includes('units.csv'); // true
 */
export const DATASET_FOLDER_FILES: readonly string[] = Object.freeze([...TABLES.map(({ name }) => `${name}.csv`), 'meta.json']);

/** One CSV (or meta.json) file of a dataset folder: the path shown in errors and its bytes. */
export interface DatasetFileBytes {
  /** Path shown in errors, e.g. `my-province/units.csv`. */
  source: string;
  bytes: Uint8Array;
}

/** The folder a CSV dataset came from, as errors name it. */
export interface CsvFolder {
  /** The folder as given, e.g. `data/sample`. */
  dir: string;
  /** Every file name in the folder (listed when a required file is missing). */
  names: readonly string[];
  /** Path of a file in the folder; default `${dir}/${name}`. */
  path?: (name: string) => string;
}

/**
 * A dataset from the files of a CSV folder, keyed by lower-case file name (`units.csv`, ..., `meta.json`;
 * file names match case-insensitively: Units.CSV saved on Windows is units.csv). Other names are ignored.
 * See `readDataset`; no file system, so it runs in a browser too.
 * @example
 * const files = new Map([['units.csv', { source: 'p/units.csv', bytes: unitsBytes }]]); // and the other tables
 * const ds = csvFolderDataset(files, { dir: 'p', names: ['units.csv'] }, DEFAULT_READ_LIMITS, { ...DEFAULT_READ_META, name: 'p', source: 'p' });
 */
export function csvFolderDataset(files: ReadonlyMap<string, DatasetFileBytes>, folder: CsvFolder, limits: ReadLimits, fallbackMeta: DatasetMeta): Dataset {
  const { dir, names } = folder;
  const path = folder.path ?? ((name: string) => `${dir}/${name}`);
  const raws = new Map<TableName, RawTable>();
  for (const { name, required } of TABLES) {
    const file = files.get(`${name}.csv`);
    if (file === undefined) {
      if (required) {
        throw new CanbangInputError({
          source: path(`${name}.csv`),
          value: `files ${names.map((n) => n.toLowerCase()).sort().join(', ') || '(none)'}`,
          expected: `a ${name}.csv file in ${dir} (required: units.csv, headcount.csv, volumes.csv, standards.csv)`,
        });
      }
      continue;
    }
    raws.set(name, csvToRaw(file.bytes, file.source));
  }
  const metaFile = files.get('meta.json');
  const meta = metaFile ? toMeta(parseJson(decodeText(metaFile.bytes, metaFile.source), metaFile.source), metaFile.source, fallbackMeta) : { value: fallbackMeta };
  return assemble(raws, meta, limits);
}

/**
 * A dataset from the bytes of a `.json` file `{ "meta": {...}, "units": [...], ... }` named `file` in errors
 * (what {@link readDataset} does after reading the file; no file system, so it runs in a browser too).
 * @example
 * const ds = jsonDataset(new TextEncoder().encode(text), 'mine.json', DEFAULT_READ_LIMITS, { ...DEFAULT_READ_META, name: 'mine', source: 'mine.json' });
 */
export function jsonDataset(bytes: Uint8Array, file: string, limits: ReadLimits, fallbackMeta: DatasetMeta): Dataset {
  const text = decodeText(bytes, file);
  if (text.trim() === '') throw new CanbangInputError({ source: file, value: 'an empty file', expected: 'a JSON object with the dataset tables' });
  const data = parseJson(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CanbangInputError({ source: file, value: Array.isArray(data) ? 'an array' : data, expected: 'a JSON object { "units": [...], "headcount": [...], "volumes": [...], "standards": [...] }' });
  }
  const object = data as Record<string, unknown>;
  const raws = new Map<TableName, RawTable>();
  for (const { name, required } of TABLES) {
    const source = `${file}#${name}`;
    const rows = object[name];
    if (rows === undefined || rows === null) {
      if (required) throw new CanbangInputError({ source: file, column: name, value: `keys ${Object.keys(object).join(', ')}`, expected: `a "${name}" array of rows` });
      continue;
    }
    if (!Array.isArray(rows)) throw new CanbangInputError({ source, value: typeof rows, expected: `"${name}" as an array of row objects` });
    const columns = [...new Set(rows.flatMap((r) => (r !== null && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r) : [])))];
    raws.set(name, {
      source,
      columns,
      origin: 'json',
      rows: rows.map((r, i) => {
        if (r === null || typeof r !== 'object' || Array.isArray(r)) {
          throw new CanbangInputError({ source, row: i + 1, rowLabel: 'item', value: r, expected: 'a row object { "column": value, ... }' });
        }
        return { row: i + 1, cells: columns.map((c) => (Object.hasOwn(r, c) ? (r as Record<string, unknown>)[c] : undefined)) };
      }),
    });
  }
  const meta = object.meta === undefined ? { value: fallbackMeta } : toMeta(object.meta, `${file}#meta`, fallbackMeta);
  return assemble(raws, meta, limits);
}

/**
 * A dataset from the bytes of an `.xlsx` workbook named `file` in errors (sheets units, headcount, volumes,
 * standards, optional ones and meta; see {@link readDataset}); no file system, so it runs in a browser too.
 * @example
 * const ds = await workbookDataset(bytes, 'dien-bien.xlsx', DEFAULT_READ_LIMITS, { ...DEFAULT_READ_META, name: 'dien-bien', source: 'dien-bien.xlsx' });
 */
export async function workbookDataset(bytes: Uint8Array, file: string, limits: ReadLimits, fallbackMeta: DatasetMeta): Promise<Dataset> {
  const sheets = await xlsxToRaw(bytes, file, limits);
  const raws = new Map<TableName, RawTable>();
  for (const { name, required } of TABLES) {
    const raw = sheets.get(name);
    if (raw === undefined) {
      if (required) {
        throw new CanbangInputError({
          source: file,
          value: `sheets ${[...sheets.keys()].join(', ') || '(none)'}`,
          expected: `a sheet named "${name}" (required: units, headcount, volumes, standards)`,
        });
      }
      continue;
    }
    raws.set(name, raw);
  }
  let meta: ReadMeta = { value: fallbackMeta };
  const metaSheet = sheets.get('meta');
  if (metaSheet) {
    const key = metaSheet.columns.findIndex((c) => c.trim().toLowerCase() === 'key');
    const value = metaSheet.columns.findIndex((c) => c.trim().toLowerCase() === 'value');
    if (key < 0 || value < 0) throw new CanbangInputError({ source: metaSheet.source, value: metaSheet.columns.join(', '), expected: 'columns key and value' });
    const object: Record<string, unknown> = Object.create(null); // keys come from the sheet: no prototype to reach
    for (const { cells } of metaSheet.rows) {
      const k = String(cells[key] ?? '').trim();
      const v = cells[value];
      if (k !== '') object[k] = typeof v === 'string' ? restoreNeutralised(v) : v;
    }
    meta = toMeta(object, metaSheet.source, fallbackMeta, true);
  }
  try {
    return assemble(raws, meta, limits);
  } catch (error) {
    throw explainMergedCell(error, [...raws.values()]);
  }
}

function assemble(raws: Map<TableName, RawTable>, meta: ReadMeta, limits: ReadLimits): Dataset {
  const typed = new Map<TableName, TypedTable>();
  const sources: TableSources = meta.source === undefined ? {} : { meta: meta.source };
  for (const { name, required } of TABLES) {
    const raw = raws.get(name);
    if (!raw) continue;
    typed.set(name, coerceTable(raw, name, limits, required));
    sources[name] = raw.source;
  }
  const input: DatasetInput = { ...Object.fromEntries([...typed].map(([name, t]) => [name, t.rows])), meta: meta.value };
  let dataset: Dataset;
  try {
    dataset = createDataset(input, sources);
  } catch (error) {
    // Validation counts items from 1 in the order given; translate back to the rows of the file.
    if (!(error instanceof CanbangInputError) || error.row === undefined) throw error;
    const table = [...raws].find(([, raw]) => raw.source === error.source)?.[0];
    const fileRow = table ? typed.get(table)!.rowNumbers[error.row - 1] : undefined;
    if (fileRow === undefined) throw error;
    const rowLabel = rowLabelOf(raws.get(table!)!);
    throw new CanbangInputError({ source: error.source, row: fileRow, rowLabel, column: error.column, value: error.value, expected: error.expected });
  }
  // Warnings: what the readers noticed, then plausibility checks on the rows (numbered as in the files).
  const rowNumbers = (table: TableName) => (raws.get(table)?.origin === 'json' ? undefined : typed.get(table)?.rowNumbers);
  const checks = [
    ...[...raws.values()].flatMap((raw) => raw.checks ?? []),
    ...plausibilityChecks(checkedTables(dataset), { sources, rowNumbers: { units: rowNumbers('units'), headcount: rowNumbers('headcount'), standards: rowNumbers('standards') } }),
  ];
  return Object.freeze({ ...dataset, checks: Object.freeze(checks) });
}

/** A meta as read, before `createDataset` checks it against core's META_SCHEMA: its values and where it came from. */
interface ReadMeta {
  value: object;
  /** The file (or file#meta, book.xlsx#meta) it was read from; absent for the fallback meta. */
  source?: string;
}

// Meta from meta.json, the JSON "meta" key or the meta sheet over the fallback: texts in NFC and, from a sheet,
// TRUE/FALSE and number text as the values they stand for. Missing or empty keys keep the fallback's value.
// Checking the values is createDataset's job (core's META_SCHEMA, the same rules for every input).
function toMeta(value: unknown, source: string, fallback: DatasetMeta, fromSheet = false): ReadMeta {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CanbangInputError({ source, value, expected: 'a meta object { "name", "synthetic", "source", "period", "periodsPerYear", "seed"? }' });
  }
  const m = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...fallback };
  for (const { name, type } of META_SCHEMA) {
    let v = m[name];
    if (v === undefined || v === null || (type === 'number' && v === '')) continue;
    if (typeof v === 'string' && type === 'text') v = v.normalize('NFC');
    if (fromSheet && typeof v === 'string' && type === 'boolean' && /^(true|false)$/i.test(v.trim())) v = v.trim().toLowerCase() === 'true';
    if (fromSheet && typeof v === 'string' && type === 'number' && /^[+-]?\d+(\.\d+)?$/.test(v.trim())) v = Number(v);
    out[name] = v;
  }
  return { value: out, source };
}
