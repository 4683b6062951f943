import { toArrowIPC, type ColumnTable } from 'arquero';

/** Options of {@link toArrow}. */
export interface ToArrowOptions {
  /**
   * Arrow IPC layout: `'stream'` (default; what Arrow JS `tableFromIPC`, pandas/pyarrow `read_ipc_stream`
   * and DuckDB read) or `'file'` (Feather v2 / `.arrow` files, with the `ARROW1` magic bytes).
   */
  format?: 'stream' | 'file';
}

/** Defaults of {@link ToArrowOptions}. */
export const DEFAULT_TO_ARROW_OPTIONS: Readonly<Required<ToArrowOptions>> = Object.freeze({ format: 'stream' });

/**
 * Encodes a table (any canbang table: units, headcount, a balance, a plan ...) as Apache Arrow IPC bytes,
 * the columnar format pyarrow/pandas, polars, R arrow and DuckDB read directly. This is canbang's
 * dataframe interop; see README "Dependency notes" for why it is not danfojs-node. Column types are
 * inferred: float64 (int32 when every value is a whole number in range), dictionary-encoded UTF-8 for
 * text (kept code point for code point), bool; nulls are kept.
 *
 * @example
 * const bytes = toArrow(balance(ds).byUnit);
 * await writeFile('balance.arrow', toArrow(balance(ds).byUnit, { format: 'file' }));
 */
export function toArrow(table: ColumnTable, options: ToArrowOptions = {}): Uint8Array {
  const format = options.format ?? DEFAULT_TO_ARROW_OPTIONS.format;
  if (format !== 'stream' && format !== 'file') {
    throw new RangeError(`toArrow: options.format is ${JSON.stringify(format)}; expected "stream" or "file"`);
  }
  const bytes = toArrowIPC(table, { format });
  if (!bytes) throw new Error('toArrow: arquero returned no bytes');
  return bytes;
}
