/**
 * Errors for bad input. Every message names where the problem is (function or file, row, column),
 * the bad value, and what was expected, so a planner can fix the spreadsheet without reading code.
 */
export interface InputErrorLocation {
  /** File path or logical source, e.g. "data/headcount.csv" or "createDataset(headcount)". */
  source: string;
  /**
   * Row when the problem is in one row: the row number a spreadsheet shows (header = row 1, first data row =
   * row 2) for CSV and XLSX; the 1-based item of an array for JSON and for rows given in code (see `rowLabel`).
   */
  row?: number;
  /** How `row` is counted: `row` (spreadsheet row, the default) or `item` (1-based position in an array). */
  rowLabel?: RowLabel;
  /** Column name when the problem is in one column. */
  column?: string;
  /** The offending value, as read. */
  value?: unknown;
  /** What was expected instead, in words. */
  expected: string;
}

/** `row`: spreadsheet row number (header = 1); `item`: 1-based position in a JSON array or a list of rows. */
export type RowLabel = 'row' | 'item';

export class CanbangInputError extends Error {
  readonly source: string;
  readonly row: number | undefined;
  readonly rowLabel: RowLabel;
  readonly column: string | undefined;
  readonly value: unknown;
  readonly expected: string;

  constructor(location: InputErrorLocation) {
    super(formatLocation(location));
    this.name = 'CanbangInputError';
    this.source = location.source;
    this.row = location.row;
    this.rowLabel = location.rowLabel ?? 'row';
    this.column = location.column;
    this.value = location.value;
    this.expected = location.expected;
  }
}

/**
 * "file, row 3, column \"staff\"": where a problem is, as errors and warnings print it.
 *
 * @example
 * describeLocation({ source: 'data/headcount.csv', row: 3, column: 'staff' }); // 'data/headcount.csv, row 3, column "staff"'
 */
export function describeLocation(location: Pick<InputErrorLocation, 'source' | 'row' | 'rowLabel' | 'column'>): string {
  const { source, row, column } = location;
  return [source, row !== undefined ? `${location.rowLabel ?? 'row'} ${row}` : '', column !== undefined ? `column "${column}"` : '']
    .filter(Boolean)
    .join(', ');
}

function formatLocation(location: InputErrorLocation): string {
  const { value, expected } = location;
  const where = describeLocation(location);
  const got = 'value' in location ? `: got ${describeValue(value)}` : '';
  return `${where}${got}; expected ${expected}`;
}

export function describeValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}
