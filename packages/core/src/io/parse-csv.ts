import { CanbangInputError } from '../model/errors.ts';

/** Delimiters {@link parseCsv} accepts; it detects which one a file uses from its header line. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One data record: `row` is its 1-based position under the header (blank records count but are not returned). */
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
 * parseCsv('code,name\n00004,"Phường Ba Đình"\n', 'units.csv');
 * // { delimiter: ',', header: ['code', 'name'], records: [{ row: 1, cells: ['00004', 'Phường Ba Đình'] }] }
 */
export function parseCsv(text: string, source: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // the current cell was quoted
  let inQuotes = false;
  let afterQuote = false;
  let record = 0; // 0 = header
  let quoteStartRecord = 0;
  const n = text.length;

  const endCell = () => {
    cells.push(quoted ? cell : cell.trim());
    cell = '';
    quoted = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    if (record === 0) header = cells;
    else if (cells.some((c) => c !== '')) {
      if (cells.length !== header!.length) {
        throw new CanbangInputError({
          source,
          row: record,
          value: `${cells.length} fields`,
          expected: `${header!.length} fields like the header (delimiter ${show(delimiter)}; enclose text containing ${show(delimiter)} in double quotes)`,
        });
      }
      records.push({ row: record, cells });
    }
    cells = [];
    record++;
  };

  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else cell += ch;
      continue;
    }
    if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else if (afterQuote) {
      if (ch === ' ') continue; // spaces between a closing quote and the delimiter are harmless
      throw new CanbangInputError({
        source,
        row: record || undefined,
        value: `text ${JSON.stringify(ch)} after a closing quote`,
        expected: `a delimiter ${show(delimiter)} or a line break after a quoted field`,
      });
    } else if (ch === '"') {
      if (cell.trim() !== '') {
        throw new CanbangInputError({
          source,
          row: record || undefined,
          value: cell + ch,
          expected: 'quotes only around a whole field, with quotes inside it doubled ("")',
        });
      }
      cell = '';
      quoted = true;
      inQuotes = true;
      quoteStartRecord = record;
    } else cell += ch;
  }
  if (inQuotes) {
    throw new CanbangInputError({
      source,
      row: quoteStartRecord || undefined,
      value: 'a quote that is never closed',
      expected: 'every opening double quote closed before the end of the file',
    });
  }
  if (cell !== '' || quoted || cells.length > 0) endRecord();
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
