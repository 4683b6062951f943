import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES } from './table-schemas.ts';

/**
 * The files `readDataset(path)` reads: the path itself for a .json or .xlsx file; for a folder, its table
 * CSV files (`units.csv`, ... matched case-insensitively) and `meta.json`. Missing paths give `[]`.
 * The CLI uses it to refuse an `--out` that would overwrite an input of the same run.
 *
 * @example
 * await datasetFiles('data/sample'); // ['data/sample/fields.csv', 'data/sample/headcount.csv', ..., 'data/sample/meta.json', ...]
 */
export async function datasetFiles(path: string): Promise<string[]> {
  try {
    if (!(await stat(path)).isDirectory()) return [path];
    const wanted = new Set([...TABLES.map((t) => `${t.name}.csv`), 'meta.json']);
    return (await readdir(path)).filter((name) => wanted.has(name.toLowerCase())).map((name) => join(path, name));
  } catch {
    return [];
  }
}
