import type { ReadLimits } from './limits.ts';

/** How one column of an input table is read (internal to io). */
export interface ColumnSpec {
  name: string;
  type: 'code' | 'text' | 'number';
  /** The column must be present in the header. */
  required: boolean;
  /** Key of the plausibility limit that caps this column. */
  limit?: keyof ReadLimits;
}

export type TableName = 'units' | 'headcount' | 'volumes' | 'standards' | 'provinces' | 'fields';

/** The tables of a dataset in reading order; `required` tables must exist and have at least one row. */
export const TABLES: readonly { name: TableName; required: boolean }[] = [
  { name: 'units', required: true },
  { name: 'headcount', required: true },
  { name: 'volumes', required: true },
  { name: 'standards', required: true },
  { name: 'provinces', required: false },
  { name: 'fields', required: false },
];

const code = (name: string, required = true): ColumnSpec => ({ name, type: 'code', required });
const text = (name: string, required = true): ColumnSpec => ({ name, type: 'text', required });
const num = (name: string, required: boolean, limit?: keyof ReadLimits): ColumnSpec => ({ name, type: 'number', required, ...(limit ? { limit } : {}) });

/**
 * Columns per table. `code` columns are trimmed; `text` columns are kept as written (NFC).
 * Optional numeric columns read empty cells as null; optional text columns as "".
 */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnSpec[]>> = {
  units: [
    code('code'),
    text('name'),
    code('kind'),
    code('province_code'),
    num('population', true, 'maxPopulation'),
    num('area_km2', true, 'maxAreaKm2'),
    num('lat', false),
    num('lon', false),
    code('terrain'),
  ],
  headcount: [code('unit_code'), code('field'), num('staff', true, 'maxStaff')],
  volumes: [
    code('unit_code'),
    code('field'),
    code('activity'),
    num('cases', true, 'maxCases'),
    num('on_time', false, 'maxCases'),
    num('backlog', false, 'maxCases'),
  ],
  standards: [
    code('field'),
    code('activity'),
    code('kind'),
    num('minutes_per_case', false, 'maxMinutesPerCase'),
    num('share', false),
    num('hours', false, 'maxHours'),
  ],
  provinces: [code('province_code'), text('province_name')],
  fields: [code('field'), text('name_en', false), text('name_vi', false), text('department', false)],
};
