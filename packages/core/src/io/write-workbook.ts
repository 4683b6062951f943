import type { ColumnTable } from 'arquero';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.ts';
import { nextZipCentralEntry, zipCentralDirectory, ZIP_CENTRAL_ENTRY } from './zip-central-directory.ts';
import { CanbangInputError } from '../model/errors.ts';
import { neutraliseFormula } from './neutralise-formula.ts';
import { stripXmlIllegal } from './xml-text.ts';
import { tableColumns } from './table-rows.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** One sheet for {@link writeWorkbook}. */
export interface WorkbookSheet {
  /** Sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  table: ColumnTable | readonly Readonly<Record<string, unknown>>[];
  /** Excel number formats by column, e.g. `{ ratio: '0.00', staff: '#,##0' }`; text columns may use '@'. */
  numberFormats?: Readonly<Record<string, string>>;
  /**
   * Dropdowns (list data validation) by column, from row 2 down to {@link VALIDATED_ROWS} rows below the data:
   * a list of values, or a range of another sheet such as `fields!$A$2:$A$10`. Excel refuses other values.
   */
  validations?: Readonly<Record<string, readonly string[] | { range: string }>>;
  /** Notes (comments) on header cells by column, e.g. what to type there. */
  notes?: Readonly<Record<string, string>>;
  /** Conditional formatting: each data row filled by the value of `column` (fill colours as RGB hex, e.g. `F4CCCC`). */
  rowFills?: { column: string; fills: Readonly<Record<string, string>> };
}

/** How many rows below the data a dropdown reaches, so rows a planner adds get it too. */
export const VALIDATED_ROWS = 2000;

/** Number formats used when a sheet gives none: whole numbers with thousands separators, others with 2 decimals. */
export const DEFAULT_NUMBER_FORMATS = Object.freeze({ integer: '#,##0', decimal: '#,##0.00' });

/**
 * Writes sheets to an .xlsx workbook, atomically: bold header row, frozen under the header, an autofilter,
 * column widths fitted to the content (8 to 60 characters), number formats (given per column or
 * {@link DEFAULT_NUMBER_FORMATS}), and optionally dropdowns, header notes and row fills by a status column. Text cells lose the characters XML cannot hold (U+FFFE, U+FFFF, C0 controls
 * but tab/LF/CR, lone surrogates) and are passed through {@link neutraliseFormula} so no cell is ever run as a formula; numbers stay numbers (only the display is formatted, the stored value is exact).
 * The same sheets give a byte-identical file (creation times are fixed at 1980-01-01).
 *
 * @example
 * await writeWorkbook([{ name: 'balance', table: byUnit, numberFormats: { ratio: '0.00' } }], 'out/balance.xlsx');
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[], file: string): Promise<void> {
  const workbook = await buildWorkbook(sheets);
  await writeFileAtomic(file, fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer())));
}

// exceljs stamps the workbook properties and every zip entry with the current time; fixed times make the
// same sheets give byte-identical files. 1980-01-01 00:00 is the earliest time a zip entry can carry.
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/** The exceljs workbook behind {@link writeWorkbook} (internal: the template adds to it). */
export async function buildWorkbook(sheets: readonly WorkbookSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'canbang';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (!/^[^:\\/?*[\]]{1,31}$/.test(sheet.name) || names.has(sheet.name.toLowerCase())) {
      throw new CanbangInputError({ source: 'writeWorkbook(sheets)', column: 'name', value: sheet.name, expected: 'a unique sheet name of 1-31 characters without : \\ / ? * [ ]' });
    }
    names.add(sheet.name.toLowerCase());
    const { columns, rows } = tableColumns(sheet.table);
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: String(neutraliseFormula(stripXmlIllegal(c))), key: c }));
    for (const row of rows) ws.addRow(columns.map((c) => cell(row[c])));
    ws.getRow(1).font = { bold: true };
    addSheetExtras(ws, sheet, columns, rows.length);
    if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
    columns.forEach((c, k) => {
      const col = ws.getColumn(k + 1);
      let width = c.length;
      let integers = true;
      let numbers = false;
      for (let r = 0; r < rows.length; r++) {
        const v = rows[r]![c];
        if (typeof v === 'number') {
          numbers = true;
          if (!Number.isInteger(v)) integers = false;
        }
        if (r < 2000) width = Math.max(width, displayLength(v));
      }
      col.width = Math.min(60, Math.max(8, width + 2));
      const format = sheet.numberFormats?.[c] ?? (numbers ? (integers ? DEFAULT_NUMBER_FORMATS.integer : DEFAULT_NUMBER_FORMATS.decimal) : undefined);
      if (format) col.numFmt = format;
    });
  }
  return workbook;
}

// Dropdowns, header notes and row fills of one sheet.
function addSheetExtras(ws: ExcelJS.Worksheet, sheet: WorkbookSheet, columns: readonly string[], rowCount: number): void {
  const letter = (column: string) => ws.getColumn(columns.indexOf(column) + 1).letter;
  const known = (column: string, option: string) => {
    if (!columns.includes(column)) throw new CanbangInputError({ source: `writeWorkbook(${sheet.name}).${option}`, value: column, expected: `a column of the sheet (${columns.join(', ')})` });
  };
  for (const [column, allowed] of Object.entries(sheet.validations ?? {})) {
    known(column, 'validations');
    const formula = 'range' in allowed ? allowed.range : `"${allowed.map((v) => stripXmlIllegal(v)).join(',')}"`;
    const col = letter(column);
    // exceljs has dataValidations on every worksheet but leaves it out of its type declarations.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}2:${col}${rowCount + 1 + VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: column,
      error: `${column}: ${'range' in allowed ? `a value listed in ${allowed.range}` : allowed.join(' | ')}`,
    });
  }
  for (const [column, note] of Object.entries(sheet.notes ?? {})) {
    known(column, 'notes');
    ws.getCell(`${letter(column)}1`).note = stripXmlIllegal(note);
  }
  if (sheet.rowFills && rowCount > 0) {
    known(sheet.rowFills.column, 'rowFills');
    const key = `$${letter(sheet.rowFills.column)}2`;
    const last = ws.getColumn(columns.length).letter;
    ws.addConditionalFormatting({
      ref: `A2:${last}${rowCount + 1}`,
      rules: Object.entries(sheet.rowFills.fills).map(([value, rgb], k) => ({
        type: 'expression',
        priority: k + 1,
        formulae: [`${key}="${value.replace(/"/g, '""')}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${rgb}` } } },
      })),
    });
  }
}

function cell(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return neutraliseFormula(stripXmlIllegal(value));
  if (typeof value === 'boolean' || value instanceof Date) return value;
  return neutraliseFormula(stripXmlIllegal(JSON.stringify(value)));
}

function displayLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US').length : value.toFixed(2).length + 1;
  return String(value).length;
}

// Sets the DOS modification time and date of every entry, in its local header and in the central directory.
function fixZipTimes(b: Uint8Array): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const directory = zipCentralDirectory(view);
  if (!directory) throw new Error('writeWorkbook: exceljs produced no zip central directory');
  let p = directory.offset;
  for (let e = 0; e < directory.entries; e++) {
    if (view.getUint32(p, true) !== ZIP_CENTRAL_ENTRY) throw new Error(`writeWorkbook: zip central directory entry ${e} is malformed`);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`writeWorkbook: zip local header of entry ${e} is malformed`);
    for (const [time, date] of [[p + 12, p + 14], [local + 10, local + 12]] as const) {
      view.setUint16(time, 0, true);
      view.setUint16(date, DOS_DATE_1980_01_01, true);
    }
    p = nextZipCentralEntry(view, p);
  }
  return b;
}
