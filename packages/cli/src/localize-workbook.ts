import type { Locale } from '@canbang/core';
import type { SheetRows, TableLike, WorkbookSheet } from '@canbang/io';
import { aboutText, COLUMN_LABELS_VI, SHEET_NAMES_VI } from './workbook-vi.ts';

const label = (column: string) => (Object.hasOwn(COLUMN_LABELS_VI, column) ? COLUMN_LABELS_VI[column]! : column);
const rename = <T>(byColumn: Readonly<Record<string, T>> | undefined) => (byColumn === undefined ? undefined : Object.fromEntries(Object.entries(byColumn).map(([c, v]) => [label(c), v])));

function rowsOf(table: TableLike): readonly Readonly<Record<string, unknown>>[] {
  return Array.isArray(table) ? (table as readonly Readonly<Record<string, unknown>>[]) : ((table as { objects(): Record<string, unknown>[] }).objects());
}

/**
 * A command's workbook in `locale`: in Vietnamese, sheet names, column headers and the about sheet's texts
 * (item names and English values) in Vietnamese. Cells keep their values: numbers stay numbers with their number
 * formats, and codes (statuses, fields, unit codes) stay codes, so the workbook reads back like the English one.
 *
 * @example
 * await writeSheetsOutput('plan.xlsx', localizeSheets(planSheets(plan), 'vi')); // sheets "điều động", "khối", ...
 */
export function localizeSheets(sheets: readonly WorkbookSheet[], locale: Locale): WorkbookSheet[] {
  if (locale === 'en') return [...sheets];
  return sheets.map((sheet) => {
    const about = sheet.name === 'about' || sheet.name.endsWith(' about');
    const table = rowsOf(sheet.table).map((row) =>
      Object.fromEntries(Object.entries(row).map(([column, value]) => [label(column), about && typeof value === 'string' ? aboutText(value) : value])),
    );
    const rowFills = sheet.rowFills && { column: label(sheet.rowFills.column), fills: sheet.rowFills.fills };
    const numberFormats = rename(sheet.numberFormats);
    const validations = rename(sheet.validations);
    const notes = rename(sheet.notes);
    return {
      name: Object.hasOwn(SHEET_NAMES_VI, sheet.name) ? SHEET_NAMES_VI[sheet.name]! : sheet.name,
      table,
      ...(numberFormats ? { numberFormats } : {}),
      ...(validations ? { validations } : {}),
      ...(notes ? { notes } : {}),
      ...(rowFills ? { rowFills } : {}),
    };
  });
}

const COLUMN_BY_LABEL = new Map(Object.entries(COLUMN_LABELS_VI).map(([column, text]) => [text.toLowerCase(), column]));

/**
 * A sheet read back with its Vietnamese headers as the machine column names (a workbook written with
 * `--lang vi` reads like the English one); other headers are kept.
 *
 * @example
 * machineColumns(await readSheetRows('plan.xlsx', 'điều động')).columns; // ['province_code', 'from', ...]
 */
export function machineColumns(sheet: SheetRows): SheetRows {
  const column = (c: string) => COLUMN_BY_LABEL.get(c) ?? c;
  return {
    source: sheet.source,
    columns: sheet.columns.map(column),
    rows: sheet.rows.map(({ row, cells }) => ({ row, cells: Object.fromEntries(Object.entries(cells).map(([c, v]) => [column(c), v])) })),
  };
}

/**
 * The Vietnamese name of a sheet a command writes (the name itself when it has none).
 *
 * @example
 * sheetNameVi('original moves'); // 'điều động ban đầu'
 */
export function sheetNameVi(name: string): string {
  return Object.hasOwn(SHEET_NAMES_VI, name) ? SHEET_NAMES_VI[name]! : name;
}
