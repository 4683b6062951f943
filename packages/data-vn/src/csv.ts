import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CanbangInputError } from '@canbang/core';

/** A CSV file read as text rows keyed by header, with the path it came from (for error messages). */
export interface CsvTable {
  path: string;
  columns: string[];
  rows: Record<string, string>[];
  /** Row number of each of `rows` for error messages, as a spreadsheet shows it: header = 1, first data row = 2; skipped blank lines count. */
  rowNumbers: number[];
}

/**
 * URL of a file in this package's `data/` folder (not the working directory).
 *
 * @example
 * readFileSync(dataFileUrl('standards.csv'), 'utf8');
 */
export function dataFileUrl(name: string): URL {
  return pathToFileURL(join(packageDir(), 'data', name));
}

/**
 * This package's folder. Found by resolving the package's own name rather than relative to this module, so
 * the data files are still found when this module is bundled into another file (the `canbang` command runs
 * such a bundle).
 *
 * @example
 * existsSync(join(packageDir(), 'data', 'standards.csv')); // true
 */
export function packageDir(): string {
  packageFolder ??= dirname(createRequire(import.meta.url).resolve('@canbang/data-vn/package.json'));
  return packageFolder;
}
let packageFolder: string | undefined;

/** Where the Viet Nam data files are read from. */
export interface DataOptions {
  /**
   * A folder with your own copies of some data files (e.g. an edited `standards.csv`). A file found there
   * replaces the package's; files not found there come from the package's `data/` folder.
   */
  dataDir?: string;
}

/**
 * Reads a small RFC 4180 CSV file (UTF-8, optional BOM, quoted fields with `""` escapes, LF or CRLF) from
 * `options.dataDir` when it holds the file, else from this package's `data/` folder. Text is normalised to
 * Unicode NFC so Vietnamese names compare exactly. Throws a {@link CanbangInputError} naming the file when
 * required columns are missing or a row is ragged.
 *
 * @example
 * const { rows } = readDataCsv('provinces-2025.csv', ['province_code', 'province_name', 'units']);
 * rows[0].province_name; // 'Thành phố Hà Nội'
 */
export function readDataCsv(name: string, required: readonly string[] = [], options: DataOptions = {}): CsvTable {
  const path = dataFilePath(name, options);
  return parseDataCsv(readFileSync(path, 'utf8'), path, required);
}

/**
 * The path a data file is read from: `options.dataDir/name` when that file exists, else the package's copy.
 *
 * @example
 * dataFilePath('standards.csv', { dataDir: 'my-standards' }); // 'my-standards/standards.csv' if it exists
 */
export function dataFilePath(name: string, options: DataOptions = {}): string {
  const own = options.dataDir === undefined ? undefined : join(options.dataDir, name);
  return own !== undefined && existsSync(own) ? own : join(packageDir(), 'data', name);
}

/**
 * Parses CSV text (see {@link readDataCsv}); `source` names the file in errors.
 *
 * @example
 * parseDataCsv('a,b\n1,"x, y"\n', 'inline').rows; // [{ a: '1', b: 'x, y' }]
 */
export function parseDataCsv(text: string, source: string, required: readonly string[] = []): CsvTable {
  const records = splitRecords(text.replace(/^\uFEFF/, '').normalize('NFC'), source);
  const first = records.shift();
  const header = first?.cells;
  if (!header || header.every((h) => h.trim() === '')) throw new CanbangInputError({ source, expected: 'a header row' });
  const columns = header.map((h) => h.trim());
  const rowNumbers = records.map((r) => r.line - first!.line + 1);
  for (const column of required) {
    if (!columns.includes(column)) {
      throw new CanbangInputError({ source, row: 1, column, expected: `a "${column}" column (header has: ${columns.join(', ')})` });
    }
  }
  const rows = records.map(({ cells }, i) => {
    if (cells.length !== columns.length) {
      throw new CanbangInputError({ source, row: rowNumbers[i]!, value: cells.join(','), expected: `${columns.length} comma-separated cells like the header` });
    }
    return Object.fromEntries(columns.map((c, j) => [c, cells[j]!]));
  });
  return { path: source, columns, rows, rowNumbers };
}

// A state machine over character codes: quotes may wrap commas, newlines and doubled quotes. Runs of plain
// characters are sliced out whole (not appended one by one), which keeps the 384 KB geography file fast.
// Blank lines are skipped, but `line` (records so far, blank ones included) keeps the numbering of the rows after them.
function splitRecords(text: string, source: string): { cells: string[]; line: number }[] {
  const records: { cells: string[]; line: number }[] = [];
  let line = 0;
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  let start = 0; // first character of the run not yet added to `cell`
  const endRecord = () => {
    if (record.length > 1 || record[0] !== '') records.push({ cells: record, line }); // skip blank lines
    line++;
    record = [];
  };
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === QUOTE) {
        // A doubled quote is one literal quote; a single one closes the quoted part.
        const doubled = text.charCodeAt(i + 1) === QUOTE;
        cell += text.slice(start, doubled ? i + 1 : i);
        if (!doubled) quoted = false;
        i += doubled ? 2 : 1;
        start = i;
      } else i++;
      continue;
    }
    if (ch === QUOTE && cell === '' && i === start) {
      quoted = true;
      start = ++i;
    } else if (ch === COMMA) {
      record.push(cell + text.slice(start, i));
      cell = '';
      start = ++i;
    } else if (ch === LF || ch === CR) {
      record.push(cell + text.slice(start, i));
      cell = '';
      endRecord();
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      start = i;
    } else i++;
  }
  // The unclosed quote opened in the record being read: line `line`, i.e. spreadsheet row line - header line + 1.
  if (quoted) throw new CanbangInputError({ source, row: line - (records[0]?.line ?? 0) + 1, expected: 'a closing double quote' });
  cell += text.slice(start, i);
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push({ cells: record, line });
  }
  return records;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Parses a number cell; throws a {@link CanbangInputError} naming file, row and column when it is not one.
 *
 * @example
 * numberCell(parseDataCsv('units\n126\n', 'p.csv'), 0, 'units'); // 126
 */
export function numberCell(table: CsvTable, index: number, column: string, { allowEmpty = false } = {}): number | null {
  const raw = table.rows[index]![column]!.trim();
  if (raw === '' && allowEmpty) return null;
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) {
    throw new CanbangInputError({ source: table.path, row: table.rowNumbers[index]!, column, value: raw, expected: 'a finite number' });
  }
  return value;
}

/**
 * @deprecated Use {@link parseDataCsv}: the name tells this reader of the package's data files (comma-separated,
 * rows as objects) from `@canbang/io`'s strict planner-file parser.
 *
 * @example
 * parseCsv('a\n1\n', 'inline').rows; // [{ a: '1' }]
 */
export const parseCsv = parseDataCsv;
