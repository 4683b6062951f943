// Internal to io: the sheets of an .xlsx workbook as RawTables, parsed by SheetJS (@e965/xlsx).
import type * as XLSXModule from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { CanbangInputError, checkText } from '@canbang/core';
import type { InputCheck } from '@canbang/core';
import type { RawTable } from './coerce-table.ts';
import type { ReadLimits } from './limits.ts';
import { checkZipInflatedSize } from './zip-inflated-size.ts';
import { stripXmlIllegal, xmlIllegalCharacters } from './xml-text.ts';

/**
 * SheetJS, loaded on first use: importing it costs a few hundred milliseconds that commands reading no
 * workbook would otherwise pay at start-up.
 */
async function loadSheetJS(): Promise<typeof XLSXModule> {
  return import('@e965/xlsx');
}

/**
 * What SheetJS is asked for: plain values, number formats (for percent cells), dates as Date, no HTML, and
 * stubs (empty cells), which is how a formula without a saved result shows (type 'z' with its formula).
 */
export const SHEETJS_READ_OPTIONS = Object.freeze({ type: 'buffer', dense: true, cellNF: true, cellText: false, cellHTML: false, cellDates: true, sheetStubs: true } as const);

// Excel's error values by the code SheetJS stores for them.
const ERROR_TEXT: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

/**
 * The sheets of an .xlsx workbook as RawTables keyed by their table name (sheet name trimmed, lower case).
 * Rules, each the same for every sheet:
 * - the zip is checked by {@link checkZipInflatedSize} before parsing (limits.maxUnzippedBytes);
 * - two sheets whose names give the same table name (`Units ` and `units`) are refused, naming both:
 *   canbang never picks one silently; a hidden sheet is read like a visible one, with a `hidden_sheet` check;
 * - a cell inside a merged range other than its top-left cell reads as blank (what Excel stores there),
 *   with one `merged_cells` check per range;
 * - a number in a percent-formatted cell reads as the percent shown (0.12 shown as 12% reads 12), with one
 *   `percent_cell` check per sheet column;
 * - text loses the characters XML cannot hold (a `xml_illegal_character` check says where);
 * - formulas read as their saved result; a formula without one is refused.
 * `row` in a RawTable, in errors and in checks is the sheet row as Excel numbers it (header = row 1).
 */
export async function xlsxToRaw(bytes: Uint8Array, path: string, limits: ReadLimits): Promise<Map<string, RawTable>> {
  const unreadable = (why: string) =>
    new CanbangInputError({
      source: path,
      value: `an unreadable workbook (${why})`,
      expected: 'an .xlsx workbook saved by Excel or LibreOffice (not .xls, not a renamed CSV)',
    });
  // SheetJS also reads CSV, HTML and old .xls bytes: an .xlsx is a zip, so anything else is refused here.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw unreadable('not a zip archive');
  checkZipInflatedSize(bytes, path, limits.maxUnzippedBytes);
  const XLSX = await loadSheetJS();
  let workbook: XLSXModule.WorkBook;
  try {
    // SheetJS writes into its options. A browser (the notebooks' data page) has no Buffer: bytes as an array there.
    workbook = typeof Buffer === 'undefined'
      ? XLSX.read(bytes, { ...SHEETJS_READ_OPTIONS, type: 'array' })
      : XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...SHEETJS_READ_OPTIONS });
  } catch (error) {
    throw unreadable((error as Error).message);
  }
  const sheets = new Map<string, RawTable>();
  const sheetNameOf = new Map<string, string>();
  workbook.SheetNames.forEach((name, index) => {
    const key = name.normalize('NFC').trim().toLowerCase();
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    const other = sheetNameOf.get(key);
    if (other !== undefined) {
      throw new CanbangInputError({
        source: path,
        value: `sheets ${JSON.stringify(other)} and ${JSON.stringify(name)}${hidden ? ' (hidden)' : ''}`,
        expected: `one sheet named "${key}" (sheet names are read trimmed and case-insensitively): delete or rename one of them (unhide sheets in Excel to see them)`,
      });
    }
    sheetNameOf.set(key, name);
    const table = sheetToRaw(workbook.Sheets[name]!, `${path}#${name}`, XLSX.utils.encode_cell);
    if (hidden) {
      table.checks.unshift({ code: 'hidden_sheet', source: table.source, ...checkText('check.hidden_sheet', { name, table: key }) });
    }
    sheets.set(key, table);
  });
  return sheets;
}

type Cell = CellObject | undefined;

// Cells read as blank because they lie inside merged cells, per table: "sheet row,column index" -> "C2:C3", so an
// error about such a cell can say why it is empty (explainMergedCell).
const mergedBlanks = new WeakMap<RawTable, Map<string, string>>();

/**
 * The error, with a hint added when it is about a cell that reads blank because it lies inside merged cells
 * (the planner sees the merged value there): otherwise the error unchanged.
 *
 * @example
 * try { assemble(...) } catch (e) { throw explainMergedCell(e, [...sheets.values()]); }
 */
export function explainMergedCell(error: unknown, tables: readonly RawTable[]): unknown {
  if (!(error instanceof CanbangInputError) || error.row === undefined || error.column === undefined) return error;
  const table = tables.find((t) => t.source === error.source);
  const blanks = table && mergedBlanks.get(table);
  if (!blanks) return error;
  const column = table.columns.findIndex((c) => String(c).trim().toLowerCase() === error.column);
  const range = blanks.get(`${error.row},${column}`);
  if (range === undefined) return error;
  return new CanbangInputError({
    source: error.source,
    row: error.row,
    column: error.column,
    value: error.value,
    expected: `${error.expected} (the cell is inside merged cells ${range}, which Excel shows with the value of ${range.split(':')[0]} but stores empty: unmerge them and type each value)`,
  });
}

function sheetToRaw(sheet: WorkSheet, source: string, encodeCell: (a: { r: number; c: number }) => string): RawTable & { checks: InputCheck[] } {
  const data = (sheet['!data'] ?? []) as (Cell[] | undefined)[];
  const checks: InputCheck[] = [];
  // Merged ranges: every cell but the top-left reads as blank.
  const merged = new Map<string, string>();
  for (const range of sheet['!merges'] ?? []) {
    const first = encodeCell(range.s);
    const last = encodeCell(range.e);
    for (let r = range.s.r; r <= range.e.r; r++) for (let c = range.s.c; c <= range.e.c; c++) if (r !== range.s.r || c !== range.s.c) merged.set(`${r + 1},${c}`, `${first}:${last}`);
    checks.push({
      code: 'merged_cells',
      source,
      row: range.s.r + 1,
      value: `${first}:${last}`,
      ...checkText('check.merged_cells', { first, last }),
    });
  }
  const percent = new Map<number, { row: number; shown: string; count: number }>();
  const illegal: { row: number; column: number; codes: string[] }[] = [];
  const read = (r: number, c: number, column: string): unknown => {
    const cell = data[r]?.[c];
    if (cell === undefined || (merged.size > 0 && merged.has(`${r + 1},${c}`))) return null;
    const value = cellValue(cell, source, r, column);
    if (typeof value === 'string') {
      const codes = xmlIllegalCharacters(value);
      if (codes.length === 0) return value;
      illegal.push({ row: r + 1, column: c, codes });
      return stripXmlIllegal(value);
    }
    if (typeof value === 'number' && typeof cell.z === 'string' && cell.z !== 'General' && isPercentFormat(cell.z)) {
      const shown = Number((value * 100).toPrecision(15));
      const seen = percent.get(c);
      if (seen) seen.count++;
      else percent.set(c, { row: r + 1, shown: `${shown}%`, count: 1 });
      return shown;
    }
    return value;
  };
  const header = data[0] ?? [];
  let width = header.length;
  while (width > 0 && (header[width - 1] === undefined || header[width - 1]!.v === undefined || header[width - 1]!.v === '')) width--;
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = read(0, c, `column ${c + 1}`);
    columns.push(v === null || v === undefined ? '' : String(v));
  }
  const rows: { row: number; cells: unknown[] }[] = [];
  for (let r = 1; r < data.length; r++) {
    if (data[r] == null) continue;
    const cells: unknown[] = [];
    for (let c = 0; c < width; c++) cells.push(read(r, c, columns[c]!));
    if (cells.some((v) => v !== null && v !== '')) rows.push({ row: r + 1, cells });
  }
  for (const [c, { row, shown, count }] of percent) {
    checks.push({
      code: 'percent_cell',
      source,
      row,
      column: columns[c] ?? `column ${c + 1}`,
      value: shown,
      ...checkText(count > 1 ? 'check.percent_cells' : 'check.percent_cell', {
        count,
        shown,
        percent: shown.slice(0, -1),
        fraction: String(Number((Number(shown.slice(0, -1)) / 100).toPrecision(15))),
      }),
    });
  }
  for (const { row, column, codes } of illegal) {
    checks.push({
      code: 'xml_illegal_character',
      source,
      row,
      column: columns[column] ?? `column ${column + 1}`,
      value: codes.join(' '),
      ...checkText('check.xml_illegal_character', { codes: codes.join(', ') }),
    });
  }
  const table = { source, columns, rows, origin: 'xlsx' as const, checks };
  // Keys of `merged` are sheet rows (r + 1), as in `rows`.
  if (merged.size > 0) mergedBlanks.set(table, merged);
  return table;
}

// One SheetJS cell as string | number | boolean | Date | null; r is the 0-based sheet row.
function cellValue(cell: CellObject, source: string, r: number, column: string): unknown {
  if (cell.f !== undefined && (cell.v === undefined || cell.t === 'z')) {
    throw new CanbangInputError({
      source,
      row: r + 1,
      column,
      value: `formula =${cell.f}`,
      expected: 'a value (the formula has no saved result: open the workbook in Excel and save it, or paste values)',
    });
  }
  switch (cell.t) {
    case 'z':
      return null;
    case 'e':
      return cell.w ?? ERROR_TEXT[cell.v as number] ?? '#ERROR';
    default:
      return cell.v ?? null;
  }
}

// A number format shows percent when it has a % outside quoted text, [brackets] and \-escapes. A workbook
// has a handful of formats and hundreds of thousands of cells: each format is looked at once.
const percentFormats = new Map<string, boolean>();
function isPercentFormat(format: string): boolean {
  let percent = percentFormats.get(format);
  if (percent === undefined) {
    percent = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%');
    if (percentFormats.size < 1000) percentFormats.set(format, percent);
  }
  return percent;
}
