import type { ColumnTable } from 'arquero';

declare const ROW: unique symbol;

/**
 * An arquero table whose rows have the shape `Row`. At run time it is a plain `ColumnTable`; the row type is
 * a compile-time tag set where the table is made (a {@link Dataset}'s tables, `balance`'s outputs), so code
 * that reads the rows gets them typed through {@link tableRows} instead of casting.
 *
 * @example
 * const byUnit: TypedTable<UnitBalanceRow> = balance(dataset).byUnit;
 * tableRows(byUnit)[0].status; // typed as BalanceStatus
 */
export type TypedTable<Row extends object> = ColumnTable & { readonly [ROW]?: Row };

/**
 * The rows of a typed table as plain objects of its row type (arquero's `objects()`, typed).
 *
 * @example
 * tableRows(dataset.units).map((u) => u.code); // string[]
 * tableRows(balance(dataset).byField).filter((r) => r.status === 'overloaded');
 */
export function tableRows<Row extends object>(table: TypedTable<Row>): Row[] {
  return table.objects() as Row[];
}
