import { CanbangInputError } from '@canbang/core';

/** Delimiters {@link parseCsvRecords} accepts; it detects which one a file uses from its header line. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One data record: `row` is the row a spreadsheet shows for it (header = row 1, first record = row 2; blank records count but are not returned). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  header: string[];
  records: CsvRecord[];
}

/**
 * Strict RFC 4180 CSV parser with exact error positions. The delimiter (`,`, `;` or tab) is detected
 * from the header line: the one that occurs most often outside quotes, `,` on a tie. Quoted fields may
 * contain delimiters, doubled quotes and line breaks; unquoted fields are trimmed. Blank records (no
 * text in any cell) are skipped. A record with a different number of fields than the header, a quote
 * inside an unquoted field, text after a closing quote or an unclosed quote is a
 * {@link CanbangInputError} naming the row.
 *
 * @example
 * parseCsvRecords('code,name\n00004,"Phường Ba Đình"\n', 'units.csv');
 * // { delimiter: ',', header: ['code', 'name'], records: [{ row: 2, cells: ['00004', 'Phường Ba Đình'] }] }
 */
export function parseCsvRecords(text: string, source: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let record = 0; // 0 = header
  let i = 0;
  let done = false;
  const error = (value: string, expected: string, row = record): never => {
    throw new CanbangInputError({ source, row: row + 1, value, expected });
  };
  // Index just past the line break at k (\n, \r\n or a lone \r).
  const afterBreak = (k: number) => k + (text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1);

  while (!done) {
    const cells: string[] = [];
    for (;;) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 32) j++;
      if (j < n && text.charCodeAt(j) === 34) {
        // Quoted field: runs to the next quote not doubled, across delimiters and line breaks.
        let value = '';
        let k = j + 1;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q < 0) error('a quote that is never closed', 'every opening double quote closed before the end of the file');
          value += text.slice(k, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            k = q + 2;
          } else {
            k = q + 1;
            break;
          }
        }
        while (k < n && text.charCodeAt(k) === 32) k++; // spaces before the delimiter are harmless
        cells.push(value);
        if (k >= n) {
          done = true;
          break;
        }
        const c = text.charCodeAt(k);
        if (c === D) {
          i = k + 1;
          continue;
        }
        if (c !== 10 && c !== 13) error(`text ${JSON.stringify(text[k])} after a closing quote`, `a delimiter ${show(delimiter)} or a line break after a quoted field`);
        i = afterBreak(k);
        break;
      }
      let k = i;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c === D || c === 10 || c === 13) break;
        if (c === 34) error(text.slice(i, k + 1), 'quotes only around a whole field, with quotes inside it doubled ("")');
      }
      cells.push(text.slice(i, k).trim());
      if (k >= n) {
        done = true;
        break;
      }
      if (text.charCodeAt(k) === D) {
        i = k + 1;
        continue;
      }
      i = afterBreak(k);
      break;
    }
    if (record === 0) header = cells;
    else if (cells.some((c) => c !== '')) {
      if (cells.length !== header!.length) {
        error(
          `${cells.length} fields`,
          `${header!.length} fields like the header (delimiter ${show(delimiter)}; enclose text containing ${show(delimiter)} in double quotes)`,
        );
      }
      records.push({ row: record + 1, cells });
    }
    record++;
    if (i >= n) done = true;
  }
  if (header === undefined || header.every((h) => h === '')) {
    throw new CanbangInputError({ source, value: 'an empty file', expected: 'a header row naming the columns' });
  }
  return { delimiter, header, records };
}

function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch as CsvDelimiter)) counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function show(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}
