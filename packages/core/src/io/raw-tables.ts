// Internal to io: turning files into RawTables (untyped cells with their file row numbers).
import { open, stat } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.ts';
import { nextZipCentralEntry, zipCentralDirectory, ZIP_CENTRAL_ENTRY } from './zip-central-directory.ts';
import { CanbangInputError } from '../model/errors.ts';
import type { RawTable } from './coerce-table.ts';
import { decodeText } from './decode-text.ts';
import type { ReadLimits } from './limits.ts';
import { parseCsv } from './parse-csv.ts';

/** Reads a whole file after checking its size against the limit (so a 10 GB file is never loaded). */
export async function readFileBytes(path: string, limits: ReadLimits, source = path): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CanbangInputError({ source, value: 'not a regular file', expected: 'a file' });
    size = info.size;
  } catch (error) {
    if (error instanceof CanbangInputError) throw error;
    throw new CanbangInputError({ source, value: (error as NodeJS.ErrnoException).code ?? String(error), expected: 'a readable file' });
  }
  if (size > limits.maxFileBytes) {
    throw new CanbangInputError({
      source,
      value: `${size} bytes`,
      expected: `a file of at most ${limits.maxFileBytes} bytes (limits.maxFileBytes; raise it to read bigger files)`,
    });
  }
  if (size === 0) throw new CanbangInputError({ source, value: 'an empty file (0 bytes)', expected: 'a header row naming the columns' });
  const handle = await open(path, 'r');
  try {
    // Read at most limit + 1 bytes: the file may have grown since stat.
    const buffer = new Uint8Array(Math.min(size, limits.maxFileBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > limits.maxFileBytes) {
      throw new CanbangInputError({ source, value: `more than ${limits.maxFileBytes} bytes`, expected: `a file of at most ${limits.maxFileBytes} bytes (limits.maxFileBytes)` });
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** A CSV file as a RawTable. */
export function csvToRaw(bytes: Uint8Array, source: string): RawTable {
  const text = decodeText(bytes, source);
  if (text.trim() === '') throw new CanbangInputError({ source, value: 'an empty file', expected: 'a header row naming the columns' });
  const { header, records, delimiter } = parseCsv(text, source);
  return { source, columns: header, rows: records, origin: 'csv', delimiter };
}

/** The sheets of an .xlsx workbook as RawTables keyed by lower-case trimmed sheet name. */
export async function xlsxToRaw(bytes: Uint8Array, path: string, limits: ReadLimits): Promise<Map<string, RawTable>> {
  const unpacked = unzippedSize(bytes);
  if (unpacked > limits.maxUnzippedBytes) {
    throw new CanbangInputError({
      source: path,
      value: `a workbook that unpacks to ${Number.isFinite(unpacked) ? `${unpacked} bytes` : 'an unknown (ZIP64) size'}`,
      expected: `at most ${limits.maxUnzippedBytes} bytes unpacked (limits.maxUnzippedBytes)`,
    });
  }
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CanbangInputError({
      source: path,
      value: `an unreadable workbook (${(error as Error).message})`,
      expected: 'an .xlsx workbook saved by Excel or LibreOffice (not .xls, not a renamed CSV)',
    });
  }
  const sheets = new Map<string, RawTable>();
  for (const sheet of workbook.worksheets) {
    const source = `${path}#${sheet.name}`;
    const width = sheet.getRow(1).cellCount;
    const columns: string[] = [];
    for (let c = 1; c <= width; c++) {
      const v = cellValue(sheet.getRow(1).getCell(c).value, source, 1, `column ${c}`);
      columns.push(v === null || v === undefined ? '' : String(v));
    }
    const rows: { row: number; cells: unknown[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellValue(excelRow.getCell(c).value, source, rowNumber, columns[c - 1]!));
      if (cells.some((v) => v !== null && v !== '')) rows.push({ row: rowNumber, cells });
    });
    sheets.set(sheet.name.trim().toLowerCase(), { source, columns, rows, origin: 'xlsx' });
  }
  return sheets;
}

// One exceljs cell value as string | number | boolean | Date | null.
function cellValue(value: ExcelJS.CellValue, source: string, row: number, column: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) {
      throw new CanbangInputError({
        source,
        row,
        column,
        value: `formula =${(value as ExcelJS.CellFormulaValue).formula ?? ''}`,
        expected: 'a value (the formula has no saved result: open the workbook in Excel and save it, or paste values)',
      });
    }
    return cellValue(result as ExcelJS.CellValue, source, row, column);
  }
  if ('text' in value) return String((value as { text: unknown }).text);
  return JSON.stringify(value);
}

// Sum of the uncompressed sizes in a zip's central directory (Infinity for ZIP64 entries); 0 when there is
// no readable directory (exceljs then reports the file as unreadable).
function unzippedSize(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const directory = zipCentralDirectory(view);
  if (!directory) return 0;
  let p = directory.offset;
  let total = 0;
  for (let e = 0; e < directory.entries; e++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== ZIP_CENTRAL_ENTRY) return total;
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    p = nextZipCentralEntry(view, p);
  }
  return total;
}
