import { DataFrame } from 'danfojs-node';
import type { ColumnTable } from 'arquero';

/** A canbang table: an arquero ColumnTable (balance, comparison) or plain rows (plan moves, units, residual). */
export type CanbangTable = ColumnTable | readonly object[];

function isColumnTable(table: CanbangTable): table is ColumnTable {
  return typeof (table as ColumnTable).columnNames === 'function';
}

/**
 * A danfojs-node DataFrame with the table's columns in the table's order. Missing values stay `null`
 * (danfo reads them as missing: `isNa()`, `dropNa()`); numbers, strings and booleans keep their type.
 * Rows' columns are the union of the rows' keys in first-seen order, so an optional field absent from
 * the first row is not lost.
 *
 * @example
 * const df = toDataFrame(balance(loadVietNam()).byUnit);
 * df.shape; // [3321, <columns>]
 */
export function toDataFrame(table: CanbangTable): DataFrame {
  const columns = isColumnTable(table) ? columnsOfTable(table) : columnsOfRows(table);
  const names = Object.keys(columns);
  // danfo cannot build a frame from zero-length columns; an empty frame with the column names stands in.
  if (names.length === 0 || columns[names[0]!]!.length === 0) return new DataFrame([], { columns: names });
  return new DataFrame(columns, { columns: names });
}

function columnsOfTable(table: ColumnTable): Record<string, unknown[]> {
  return Object.fromEntries(table.columnNames().map((name) => [name, Array.from(table.array(name) as ArrayLike<unknown>, missingAsNull)]));
}

function columnsOfRows(rows: readonly object[]): Record<string, unknown[]> {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return Object.fromEntries(names.map((name) => [name, rows.map((row) => missingAsNull((row as Record<string, unknown>)[name]))]));
}

function missingAsNull(value: unknown): unknown {
  return value === undefined ? null : value;
}
