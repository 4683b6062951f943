/**
 * Errors for bad input. Every message names where the problem is (function or file, row, column),
 * the bad value, and what was expected, so a planner can fix the spreadsheet without reading code.
 */
export interface InputErrorLocation {
  /** File path or logical source, e.g. "data/headcount.csv" or "createDataset(headcount)". */
  source: string;
  /** 1-based data row (header excluded) when the problem is in one row. */
  row?: number;
  /** Column name when the problem is in one column. */
  column?: string;
  /** The offending value, as read. */
  value?: unknown;
  /** What was expected instead, in words. */
  expected: string;
}

export class CanbangInputError extends Error {
  readonly source: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly value: unknown;
  readonly expected: string;

  constructor(location: InputErrorLocation) {
    super(formatLocation(location));
    this.name = 'CanbangInputError';
    this.source = location.source;
    this.row = location.row;
    this.column = location.column;
    this.value = location.value;
    this.expected = location.expected;
  }
}

function formatLocation(location: InputErrorLocation): string {
  const { source, row, column, value, expected } = location;
  const where = [source, row !== undefined ? `row ${row}` : '', column !== undefined ? `column "${column}"` : '']
    .filter(Boolean)
    .join(', ');
  const got = 'value' in location ? `: got ${describeValue(value)}` : '';
  return `${where}${got}; expected ${expected}`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}
