// Internal to io: a table or an array of rows as column names + plain rows.
import type { ColumnTable } from 'arquero';

export type TableLike = ColumnTable | readonly object[];

/** Column names (table order, or first-seen order over the rows) and the rows as objects. */
export function tableColumns(table: TableLike): { columns: string[]; rows: readonly Readonly<Record<string, unknown>>[] } {
  if (Array.isArray(table)) {
    const rows = table as readonly Readonly<Record<string, unknown>>[];
    const columns = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
    return { columns: [...columns], rows };
  }
  const t = table as ColumnTable;
  return { columns: t.columnNames(), rows: t.objects() as Record<string, unknown>[] };
}
