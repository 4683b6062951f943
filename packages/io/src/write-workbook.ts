import type { ColumnTable } from 'arquero';
import { CanbangInputError } from '@canbang/core';
import { neutralizeFormula } from './neutralise-formula.ts';
import { stripXmlIllegal } from './xml-text.ts';
import { tableColumns } from './table-rows.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import { spreadsheetParts, type SheetCell, type SheetPart } from './spreadsheet-xml.ts';
import { zipEntries } from './write-zip.ts';

/** One sheet for {@link writeWorkbook}. */
export interface WorkbookSheet {
  /** Sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  table: ColumnTable | readonly object[];
  /** Excel number formats by column, e.g. `{ ratio: '0.00', staff: '#,##0' }`; text columns may use '@'. */
  numberFormats?: Readonly<Record<string, string>>;
  /**
   * Dropdowns (list data validation) by column, from row 2 down to `VALIDATED_ROWS` (2,000) rows below the data:
   * a list of values, or a range of another sheet such as `fields!$A$2:$A$10`. Excel refuses other values.
   */
  validations?: Readonly<Record<string, readonly string[] | { range: string }>>;
  /** Notes on header cells by column, e.g. what to type there: Excel shows them when the cell is selected
   * (the input message of data validation; at most 255 characters). */
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
 * {@link DEFAULT_NUMBER_FORMATS}), and optionally dropdowns, header notes and row fills by a status column.
 * Text cells lose the characters XML cannot hold (U+FFFE, U+FFFF, C0 controls but tab/LF/CR, lone
 * surrogates) and are passed through {@link neutralizeFormula} so no cell is ever run as a formula; numbers
 * stay numbers (only the display is formatted, the stored value is exact). The SpreadsheetML is written
 * directly (spreadsheet-xml.ts), and the same sheets give a byte-identical file (times fixed at 1980-01-01).
 *
 * @example
 * await writeWorkbook([{ name: 'balance', table: byUnit, numberFormats: { ratio: '0.00' } }], 'out/balance.xlsx');
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[], file: string): Promise<void> {
  await writeFileAtomic(file, zipEntries(spreadsheetParts(sheets.map(sheetPart))));
}

// Excel's limits on data-validation texts (ECMA-376: titles 32 characters, messages 255).
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// One sheet checked and laid out: cells converted, widths fitted, formats, dropdowns, notes and fills by column.
function sheetPart(sheet: WorkbookSheet, index: number, all: readonly WorkbookSheet[]): SheetPart {
  if (!/^[^:\\/?*[\]]{1,31}$/.test(sheet.name) || all.slice(0, index).some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) {
    throw new CanbangInputError({ source: 'writeWorkbook(sheets)', column: 'name', value: sheet.name, expected: 'a unique sheet name of 1-31 characters without : \\ / ? * [ ]' });
  }
  const { columns, rows } = tableColumns(sheet.table);
  const column = (name: string, option: string) => {
    const c = columns.indexOf(name);
    if (c < 0) throw new CanbangInputError({ source: `writeWorkbook(${sheet.name}).${option}`, value: name, expected: `a column of the sheet (${columns.join(', ')})` });
    return c;
  };
  const widths: number[] = [];
  const formats: (string | undefined)[] = [];
  columns.forEach((c) => {
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
    widths.push(Math.min(60, Math.max(8, width + 2)));
    formats.push(sheet.numberFormats?.[c] ?? (numbers ? (integers ? DEFAULT_NUMBER_FORMATS.integer : DEFAULT_NUMBER_FORMATS.decimal) : undefined));
  });
  const lastRow = rows.length + 1 + VALIDATED_ROWS;
  return {
    name: sheet.name,
    header: columns.map((c) => String(neutralizeFormula(stripXmlIllegal(c)))),
    rows: rows.map((row) => columns.map((c) => cell(row[c]))),
    formats,
    widths,
    validations: Object.entries(sheet.validations ?? {}).map(([name, allowed]) => {
      const listed = 'range' in allowed ? `a value listed in ${allowed.range}` : allowed.join(' | ');
      return {
        column: column(name, 'validations'),
        lastRow,
        formula: 'range' in allowed ? allowed.range : `"${allowed.map((v) => stripXmlIllegal(v)).join(',')}"`,
        title: clip(name, 32),
        error: clip(`${name}: ${listed}`, 255),
      };
    }),
    prompts: Object.entries(sheet.notes ?? {}).map(([name, text]) => ({ column: column(name, 'notes'), title: clip(name, 32), text: clip(stripXmlIllegal(text), 255) })),
    ...(sheet.rowFills ? { rowFills: { column: column(sheet.rowFills.column, 'rowFills'), fills: Object.entries(sheet.rowFills.fills) } } : {}),
  };
}

function cell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return neutralizeFormula(stripXmlIllegal(value)) as SheetCell;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  return neutralizeFormula(stripXmlIllegal(JSON.stringify(value))) as SheetCell;
}

function displayLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US').length : value.toFixed(2).length + 1;
  return String(value).length;
}
