// Internal to io: a CSV file's bytes as a RawTable (no file system: the browser reader uses it too).
import { CanbangInputError } from '@canbang/core';
import type { RawTable } from './coerce-table.ts';
import { decodeText } from './decode-text.ts';
import { parseCsvRecords } from './parse-csv.ts';

/** A CSV file as a RawTable. */
export function csvToRaw(bytes: Uint8Array, source: string): RawTable {
  const text = decodeText(bytes, source);
  if (text.trim() === '') throw new CanbangInputError({ source, value: 'an empty file', expected: 'a header row naming the columns' });
  const { header, records, delimiter } = parseCsvRecords(text, source);
  return { source, columns: header, rows: records, origin: 'csv', delimiter };
}
