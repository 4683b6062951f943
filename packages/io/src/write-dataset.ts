import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { META_SCHEMA, type Dataset } from '@canbang/core';
import { formatCsv } from './format-csv.ts';
import { TABLE_COLUMNS, TABLES } from './table-schemas.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import { writeWorkbook, type WorkbookSheet } from './write-workbook.ts';

/**
 * Writes a dataset in the form `readDataset` reads back exactly:
 * - `*.json`: one JSON file `{ meta, units, headcount, volumes, standards, provinces, fields }`;
 * - `*.xlsx`: a workbook with one sheet per table plus a `meta` sheet (key, value);
 * - anything else: a directory (created if needed) with `units.csv`, `headcount.csv`, `volumes.csv`,
 *   `standards.csv`, `provinces.csv`, `fields.csv` (when there are field rows) and `meta.json`.
 * Every file is written to a temporary name first and renamed only when all are written, so a failure
 * leaves the previous files in place.
 *
 * @example
 * await writeDataset(loadVietNam({ seed: 1 }), 'out/vn');        // directory of CSV files
 * await writeDataset(ds, 'out/dien-bien.xlsx');
 */
export async function writeDataset(dataset: Dataset, dirOrFile: string): Promise<void> {
  // Optional tables without rows are left out, so a dataset that does not use them is written as before.
  const tables = TABLES.filter(({ name, required }) => required || name === 'provinces' || (dataset[name]?.numRows() ?? 0) > 0).map(({ name }) => {
    const columns = TABLE_COLUMNS[name].map((c) => c.name);
    // Every column in every row (missing -> null), in schema order: JSON and XLSX keep empty optional columns.
    const rows = (dataset[name]!.objects() as Record<string, unknown>[]).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
    return { name, columns, rows };
  });
  // Every meta key of the schema the dataset has (the Vietnamese name, source and note too), in schema order.
  const meta = Object.fromEntries(META_SCHEMA.filter(({ name }) => dataset.meta[name] !== undefined).map(({ name }) => [name, dataset.meta[name]]));
  const ext = extname(dirOrFile).toLowerCase();
  if (ext === '.json') {
    const object: Record<string, unknown> = { meta };
    for (const t of tables) object[t.name] = t.rows;
    await writeFileAtomic(dirOrFile, JSON.stringify(object, null, 1) + '\n');
    return;
  }
  if (ext === '.xlsx') {
    const sheets: WorkbookSheet[] = tables.map((t) => ({
      name: t.name,
      table: t.rows,
      // Codes as text cells, so a user typing 00004 keeps the leading zeros; input numbers shown in full.
      numberFormats: Object.fromEntries(TABLE_COLUMNS[t.name].map((c) => [c.name, c.type === 'number' ? 'General' : '@'])),
    }));
    sheets.push({ name: 'meta', table: Object.entries(meta).map(([key, value]) => ({ key, value })) });
    await writeWorkbook(sheets, dirOrFile);
    return;
  }
  await mkdir(dirOrFile, { recursive: true });
  const files = tables.map((t) => ({ file: join(dirOrFile, `${t.name}.csv`), text: formatCsv(t.columns, t.rows) }));
  files.push({ file: join(dirOrFile, 'meta.json'), text: JSON.stringify(meta, null, 2) + '\n' });
  const suffix = `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const written: string[] = [];
  try {
    for (const { file, text } of files) {
      await writeFile(file + suffix, text, { flag: 'wx' });
      written.push(file + suffix);
    }
    for (const { file } of files) await rename(file + suffix, file);
  } catch (error) {
    await Promise.all(written.map((temp) => rm(temp, { force: true })));
    throw error;
  }
}
