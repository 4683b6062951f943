import { byTable, DATASET_SCHEMA, type ColumnName, type ColumnType, type TableName } from '@canbang/core';
import type { ReadLimits } from './limits.ts';

export type { TableName } from '@canbang/core';

/** How one column of an input table is read (internal to io): core's column schema plus reading hints. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** The column must be present in the header. */
  required: boolean;
  /** Key of the plausibility limit that caps this column. */
  limit?: keyof ReadLimits;
  /** Largest magnitude the column can hold (lat 90, lon 180, share 100): "21.028" cannot be 21028 there. */
  maxAbs?: number;
  /** A count that is a whole number by nature (residents): "15.600" in it can only be a thousands separator. */
  whole?: boolean;
  /** A count of people that may hold fractions (staff in FTE): "15.600" in it is ambiguous in any CSV. */
  headcount?: boolean;
}

type ReadHints = Pick<ColumnSpec, 'limit' | 'maxAbs' | 'whole' | 'headcount'>;

// What only a reader needs to know about a column, beyond core's schema: the plausibility limit that caps it
// and how to read "." in its numbers. Keyed by the schema's column names (a misspelt column fails to compile).
const READ_HINTS: { [T in TableName]?: { [C in ColumnName<T>]?: ReadHints } } = {
  units: {
    population: { limit: 'maxPopulation', whole: true },
    area_km2: { limit: 'maxAreaKm2' },
    lat: { maxAbs: 90 },
    lon: { maxAbs: 180 },
    quota: { limit: 'maxStaff' },
  },
  headcount: { staff: { limit: 'maxStaff', headcount: true } },
  volumes: { cases: { limit: 'maxCases' }, on_time: { limit: 'maxCases' }, backlog: { limit: 'maxCases' } },
  standards: { minutes_per_case: { limit: 'maxMinutesPerCase' }, share: { maxAbs: 100 }, hours: { limit: 'maxHours' }, staff_doing: { limit: 'maxStaff' } },
  individual_allowances: { staff: { limit: 'maxStaff' } },
};

/** The tables of a dataset in reading order; `required` tables must exist and have at least one row. */
export const TABLES: readonly { name: TableName; required: boolean }[] = DATASET_SCHEMA.map(({ name, required }) => ({ name, required }));

/**
 * Columns per table, from core's dataset schema. `code` columns are trimmed; `text` columns are kept as
 * written (NFC). Optional numeric columns read empty cells as null; optional text columns as "".
 */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnSpec[]>> = byTable((table) => {
  const hints: Readonly<Record<string, ReadHints>> = READ_HINTS[table.name] ?? {};
  return table.columns.map((c): ColumnSpec => ({ name: c.name, type: c.type, required: c.required, ...hints[c.name] }));
});
