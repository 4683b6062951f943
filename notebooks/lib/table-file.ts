/**
 * Table downloads of the notebooks, made in the engine worker: CSV by @canbang/io's `formatCsv` (the CLI's
 * CSV: formula-safe, machine column codes and raw values) with a byte-order mark so Excel reads the
 * Vietnamese names (as `canbang --bom`), and XLSX by SheetJS with an `about` sheet carrying the dataset's
 * name, synthetic flag, data note and source (as the CLI's workbooks do).
 */
import * as XLSX from '@e965/xlsx';
import { dataNote, type DatasetMeta } from '@canbang/core';
import { formatCsv } from '@canbang/io/browser';

/** One table to download: its name (sheet name), machine column codes and rows. */
export interface ExportTable {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * CSV bytes (UTF-8 with BOM) of one table.
 * @example
 * csvBytes({ name: 'moves', columns: ['from', 'to'], rows: [{ from: '03127', to: '03151' }] });
 */
export function csvBytes(table: ExportTable): Uint8Array {
  return new TextEncoder().encode(`\ufeff${formatCsv(table.columns, table.rows)}`);
}

// Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.
function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'table';
    let candidate = base;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) candidate = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * XLSX bytes: one sheet per table (header row = column codes), then the `about` sheet for `meta`.
 * @example
 * xlsxBytes([{ name: 'moves', columns: ['from'], rows: [{ from: '03127' }] }], dataset.meta);
 */
export function xlsxBytes(tables: ExportTable[], meta: DatasetMeta): Uint8Array {
  const book = XLSX.utils.book_new();
  const names = sheetNames([...tables.map((t) => t.name), 'about']);
  tables.forEach((table, i) => {
    const cells = [table.columns, ...table.rows.map((row) => table.columns.map((c) => cell(row[c])))];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cells), names[i]);
  });
  const about = [
    ['item', 'value'],
    ['dataset', meta.name],
    ['synthetic', meta.synthetic ? 'yes: SYNTHETIC workload and headcount' : 'no'],
    ['data note', dataNote(meta)],
    ['source', meta.source],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(about), names.at(-1));
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

// A cell value SheetJS writes as a value, never as a formula: numbers, booleans and text; nothing else.
function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
