import { extname } from 'node:path';
import { CanbangInputError } from '@canbang/core';
import { formatCsv } from './format-csv.ts';
import { tableColumns, type TableLike } from './table-rows.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import { writeWorkbook } from './write-workbook.ts';

export interface WriteTableOptions {
  /** XLSX: sheet name (default "data"). */
  sheetName?: string;
  /** XLSX: number formats by column. */
  numberFormats?: Readonly<Record<string, string>>;
  /** CSV: start with a UTF-8 byte-order mark so Excel shows Vietnamese text correctly when opening the CSV (default false). */
  bom?: boolean;
}

/**
 * Writes an arquero table or an array of rows to `file`, atomically, in the format named by its
 * extension: `.csv` (RFC 4180, UTF-8, `,`), `.json` (array of row objects) or `.xlsx` (one formatted
 * sheet, see `writeWorkbook`). CSV and XLSX text cells are neutralised against formula injection.
 *
 * @example
 * await writeTable(balance(ds).byUnit, 'out/units.csv');
 * await writeTable([{ unit_code: '00004', staff: 12 }], 'out/units.xlsx', { sheetName: 'units' });
 */
export async function writeTable(table: TableLike, file: string, options: WriteTableOptions = {}): Promise<void> {
  const ext = extname(file).toLowerCase();
  const { columns, rows } = tableColumns(table);
  if (ext === '.csv') {
    await writeFileAtomic(file, (options.bom ? '\ufeff' : '') + formatCsv(columns, rows));
  } else if (ext === '.json') {
    await writeFileAtomic(file, JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null]))), null, 1) + '\n');
  } else if (ext === '.xlsx') {
    await writeWorkbook([{ name: options.sheetName ?? 'data', table, ...(options.numberFormats ? { numberFormats: options.numberFormats } : {}) }], file);
  } else {
    throw new CanbangInputError({ source: 'writeTable(file)', value: file, expected: 'a file name ending in .csv, .json or .xlsx' });
  }
}
