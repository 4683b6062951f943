/**
 * `@canbang/io/browser`: the dataset readers without a file system, for a browser (the notebooks' data
 * page) or a worker. The same parsing, coercion, validation and messages as `readDataset`: a file picked
 * in a browser is refused with the same `CanbangInputError` (file or `book.xlsx#sheet`, row, column,
 * value, expected) as the CLI gives for it. Nothing here imports node:* except `node:zlib`'s inflate used
 * by the workbook zip guard, which a browser bundle maps to a browser inflate.
 */
import { CanbangInputError, type Dataset, type DatasetMeta } from '@canbang/core';
import { checkFileSize } from './file-size.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { csvFolderDataset, DEFAULT_READ_META, jsonDataset, workbookDataset, type DatasetFileBytes } from './dataset-from-bytes.ts';
import type { ReadDatasetOptions } from './read-dataset.ts';

export { csvFolderDataset, jsonDataset, workbookDataset, DEFAULT_READ_META, DATASET_FOLDER_FILES, type DatasetFileBytes, type CsvFolder } from './dataset-from-bytes.ts';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
export { formatCsv, type FormatCsvOptions } from './format-csv.ts';
export type { ReadDatasetOptions } from './read-dataset.ts';

/** A file picked by the user: its path as shown (a folder pick gives `folder/units.csv`) and its bytes. */
export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

const extension = (path: string): string => /\.[^./\\]*$/.exec(path)?.[0].toLowerCase() ?? '';
const baseName = (path: string): string => path.split(/[/\\]/).pop() ?? path;

/**
 * Reads and validates a dataset from picked files: ONE `.json` file, ONE `.xlsx` workbook, or the files of
 * a CSV folder (`units.csv`, `headcount.csv`, `volumes.csv`, `standards.csv`, optional tables and
 * `meta.json`; other files are ignored). Same rules and messages as `readDataset` on the same files.
 *
 * @example
 * const ds = await readPickedDataset([{ path: 'dien-bien.xlsx', bytes }]);
 * const ds2 = await readPickedDataset(folderFiles); // [{ path: 'my-province/units.csv', bytes }, ...]
 */
export async function readPickedDataset(files: readonly PickedFile[], options: ReadDatasetOptions = {}): Promise<Dataset> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (files.length === 0) throw new CanbangInputError({ source: 'the files picked', value: 'no file', expected: 'a .json file, an .xlsx workbook or a folder of CSV files' });
  for (const file of files) checkFileSize(file.bytes.length, file.path, limits);
  const single = files.length === 1 ? files[0]! : undefined;
  const ext = single ? extension(single.path) : '';
  if (single && (ext === '.json' || ext === '.xlsx')) {
    const meta = fallbackMeta(single.path, baseName(single.path).replace(/\.[^.]*$/, ''), options);
    return ext === '.json' ? jsonDataset(single.bytes, single.path, limits, meta) : workbookDataset(single.bytes, single.path, limits, meta);
  }
  // A workbook or JSON dataset among several files is a mistake to name, not a file to skip.
  const other = files.find((f) => ['.json', '.xlsx'].includes(extension(f.path)) && baseName(f.path).toLowerCase() !== 'meta.json');
  if ((single && ext !== '.csv') || other) {
    const file = single ?? other!;
    throw new CanbangInputError({
      source: file.path,
      value: single ? `a file with extension "${ext}"` : `${files.length} files, among them ${baseName(file.path)}`,
      expected: 'one .json file, one .xlsx workbook (.xls and .ods: save as .xlsx first) or the CSV files of one folder',
    });
  }
  // A folder: the directory part shared by the picked paths names it in errors.
  const dir = files[0]!.path.includes('/') ? files[0]!.path.slice(0, files[0]!.path.lastIndexOf('/')) : '.';
  const byName = new Map<string, DatasetFileBytes>(files.map((f) => [baseName(f.path).toLowerCase(), { source: f.path, bytes: f.bytes }]));
  return csvFolderDataset(byName, { dir, names: files.map((f) => baseName(f.path)) }, limits, fallbackMeta(dir, baseName(dir), options));
}

function fallbackMeta(source: string, name: string, options: ReadDatasetOptions): DatasetMeta {
  return { ...DEFAULT_READ_META, name, source, ...options.meta };
}
