import { table, type ColumnTable } from 'arquero';
import type { DataFrame } from 'danfojs-node';

/**
 * An arquero ColumnTable with the DataFrame's columns (in order) and values, so an analyst's danfo result
 * goes back into canbang (`summarize`, `writeTable` of `@canbang/io`, the report). danfo's missing values
 * (`NaN` in a number column, `null`/`undefined` elsewhere) become `null`, canbang's missing value.
 *
 * @example
 * const back = fromDataFrame(toDataFrame(balance(dataset).byUnit));
 * back.numRows(); // 3321
 */
export function fromDataFrame(frame: DataFrame): ColumnTable {
  const columns = Object.fromEntries(frame.columns.map((name) => {
    const values = frame.column(name).values as unknown[];
    return [name, values.map((value) => (value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? null : value))];
  }));
  return table(columns);
}
