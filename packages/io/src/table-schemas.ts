import type { ReadLimits } from './limits.ts';

/** How one column of an input table is read (internal to io). */
export interface ColumnSpec {
  name: string;
  type: 'code' | 'text' | 'number';
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

export type TableName = 'units' | 'headcount' | 'volumes' | 'standards' | 'provinces' | 'fields' | 'working_time' | 'individual_allowances';

/** The tables of a dataset in reading order; `required` tables must exist and have at least one row. */
export const TABLES: readonly { name: TableName; required: boolean }[] = [
  { name: 'units', required: true },
  { name: 'headcount', required: true },
  { name: 'volumes', required: true },
  { name: 'standards', required: true },
  { name: 'provinces', required: false },
  { name: 'fields', required: false },
  { name: 'working_time', required: false },
  { name: 'individual_allowances', required: false },
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
    { ...num('population', true, 'maxPopulation'), whole: true },
    num('area_km2', true, 'maxAreaKm2'),
    { ...num('lat', false), maxAbs: 90 },
    { ...num('lon', false), maxAbs: 180 },
    code('terrain'),
    num('island', false),
    num('land_border', false),
    text('pop_flag', false),
    num('quota', false, 'maxStaff'),
  ],
  headcount: [code('unit_code'), code('field'), { ...num('staff', true, 'maxStaff'), headcount: true }],
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
    { ...num('share', false), maxAbs: 100 },
    num('hours', false, 'maxHours'),
    code('per', false),
    num('staff_doing', false, 'maxStaff'),
  ],
  provinces: [code('province_code'), text('province_name')],
  fields: [code('field'), text('name_en', false), text('name_vi', false), text('department', false)],
  working_time: [
    code('field'),
    code('unit_code', false),
    num('hours_per_week', false),
    num('weeks_per_year', false),
    num('hours_per_day', false),
    num('leave_days', false),
    num('awt_hours', false),
  ],
  individual_allowances: [code('unit_code'), code('field'), code('activity'), num('staff', true, 'maxStaff')],
};
