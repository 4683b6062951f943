/**
 * The dataset schema: every table, its columns and the rule each value keeps, and the meta keys, written
 * once. `validateDatasetRows` checks values against it, `createDataset` builds its tables in its column order,
 * `@canbang/io` reads and writes files by it, and the notebooks' compact codec encodes by it. The row types of
 * `types.ts` are checked against it when the package compiles (the assertions at the end of this file).
 */
import { ALLOWANCE_PERIODS } from '../workload/allowance-time.ts';
import { ACTIVITY_KINDS, TERRAINS, UNIT_KINDS } from './types.ts';
import type {
  DatasetMeta, DatasetRows, FieldInfo, HeadcountRow, IndividualAllowanceRow, ProvinceRow, StandardRow, Unit, VolumeRow, WorkingTimeRow,
} from './types.ts';

/**
 * How a column's values are read and checked: `code` (an identifier, trimmed when read), `text` (kept as
 * written) or `number` (finite).
 */
export type ColumnType = 'code' | 'text' | 'number';

/** Bounds of a number column (inclusive unless `exclusiveMin` / `exclusiveMax`). */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

/** One column of a dataset table. */
export interface ColumnSchema extends NumberRule {
  readonly name: string;
  readonly type: ColumnType;
  /** Every row gives a value (a file's header must have the column); otherwise the value may be empty. */
  readonly required: boolean;
  /** The only values allowed, when the column is a closed list (kinds, terrains, 0/1 flags). */
  readonly oneOf?: readonly (string | number)[];
}

/** One table of a dataset. */
export interface TableSchema {
  readonly name: string;
  /** The table must exist and have at least one row (the others may be absent). */
  readonly required: boolean;
  readonly columns: readonly ColumnSchema[];
}

const code = <N extends string>(name: N, extra: Omit<Partial<ColumnSchema>, 'name'> = {}) => ({ name, type: 'code', required: true, ...extra }) as const satisfies ColumnSchema;
const text = <N extends string>(name: N, required = true) => ({ name, type: 'text', required }) as const satisfies ColumnSchema;
const number = <N extends string>(name: N, rule: NumberRule & { required?: boolean; oneOf?: readonly number[] } = {}) =>
  ({ name, type: 'number', required: true, ...rule }) as const satisfies ColumnSchema;
const optional = { required: false } as const;
const atLeastZero = { min: 0 } as const;
const aboveZero = { min: 0, exclusiveMin: true } as const;

/**
 * The tables of a dataset in reading order, with their columns in file order.
 *
 * @example
 * DATASET_SCHEMA.find((t) => t.name === 'headcount')!.columns.map((c) => c.name); // ['unit_code', 'field', 'staff']
 */
export const DATASET_SCHEMA = [
  {
    name: 'units',
    required: true,
    columns: [
      code('code'),
      text('name'),
      code('kind', { oneOf: UNIT_KINDS }),
      code('province_code'),
      number('population', atLeastZero),
      number('area_km2', atLeastZero),
      // Coordinates are optional: only distances (transfer plans, routing) need them.
      number('lat', { ...optional, min: -90, max: 90 }),
      number('lon', { ...optional, min: -180, max: 180 }),
      code('terrain', { oneOf: TERRAINS }),
      number('island', { ...optional, oneOf: [0, 1] }),
      number('land_border', { ...optional, oneOf: [0, 1] }),
      text('pop_flag', false),
      // Staffing quota (biên chế được giao): whole positions.
      number('quota', { ...optional, ...atLeastZero, integer: true }),
    ],
  },
  // staff in full-time equivalents: part-time staff count as fractions.
  { name: 'headcount', required: true, columns: [code('unit_code'), code('field'), number('staff', atLeastZero)] },
  {
    name: 'volumes',
    required: true,
    columns: [
      code('unit_code'),
      code('field'),
      code('activity'),
      number('cases', atLeastZero),
      number('on_time', { ...optional, ...atLeastZero }),
      number('backlog', { ...optional, ...atLeastZero }),
    ],
  },
  {
    name: 'standards',
    required: true,
    columns: [
      code('field'),
      code('activity'),
      code('kind', { oneOf: ACTIVITY_KINDS }),
      // Which of these a row needs depends on its kind (see validate-standards.ts).
      number('minutes_per_case', { ...optional, ...aboveZero }),
      number('share', { ...optional, ...atLeastZero, max: 100, exclusiveMax: true }),
      number('hours', { ...optional, ...atLeastZero }),
      code('per', { ...optional, oneOf: ALLOWANCE_PERIODS }),
      number('staff_doing', { ...optional, ...atLeastZero }),
    ],
  },
  { name: 'provinces', required: false, columns: [code('province_code'), text('province_name')] },
  { name: 'fields', required: false, columns: [code('field'), text('name_en', false), text('name_vi', false), text('department', false)] },
  {
    name: 'working_time',
    required: false,
    columns: [
      code('field'),
      code('unit_code', optional),
      // Upper bounds: the hours of a week and a day, the weeks and days of a year, the hours of a leap year.
      number('hours_per_week', { ...optional, ...aboveZero, max: 168 }),
      number('weeks_per_year', { ...optional, ...aboveZero, max: 53 }),
      number('hours_per_day', { ...optional, ...aboveZero, max: 24 }),
      number('leave_days', { ...optional, ...atLeastZero, max: 366 }),
      number('awt_hours', { ...optional, ...aboveZero, max: 8784 }),
    ],
  },
  {
    name: 'individual_allowances',
    required: false,
    columns: [code('unit_code'), code('field'), code('activity'), number('staff', atLeastZero)],
  },
] as const satisfies readonly TableSchema[];

/** Name of a dataset table. */
export type TableName = (typeof DATASET_SCHEMA)[number]['name'];

/** The column names of one table, as a type. */
export type ColumnName<T extends TableName> = Extract<(typeof DATASET_SCHEMA)[number], { name: T }>['columns'][number]['name'];

/**
 * The names of the tables, in reading order.
 *
 * @example
 * TABLE_NAMES[0]; // 'units'
 */
export const TABLE_NAMES: readonly TableName[] = DATASET_SCHEMA.map((t) => t.name);

/**
 * The schema of one table.
 *
 * @example
 * tableSchema('volumes').columns.length; // 6
 */
export function tableSchema(name: TableName): TableSchema {
  return DATASET_SCHEMA.find((t) => t.name === name)!;
}

/**
 * The column names of one table, in file order.
 *
 * @example
 * columnNames('headcount'); // ['unit_code', 'field', 'staff']
 */
export function columnNames<T extends TableName>(name: T): ColumnName<T>[] {
  return tableSchema(name).columns.map((c) => c.name as ColumnName<T>);
}

/**
 * One value per table, made from each table's schema, keyed by table name.
 *
 * @example
 * byTable((t) => t.columns.length).volumes; // 6
 */
export function byTable<V>(make: (table: TableSchema & { name: TableName }) => V): Record<TableName, V> {
  const out = {} as Record<TableName, V>;
  for (const table of DATASET_SCHEMA) out[table.name] = make(table);
  return out;
}

/** One key of a dataset's meta. */
export interface MetaKeySchema {
  readonly name: string;
  readonly type: 'text' | 'boolean' | 'number';
  readonly required: boolean;
  readonly rule?: NumberRule;
  /** What a good value looks like, in the error message. */
  readonly expected: string;
}

/**
 * The keys of a dataset's meta, in the order files write them, with the one set of bounds every reader
 * and `createDataset` apply (e.g. `periodsPerYear` in (0, 366]: at most one period a day).
 *
 * @example
 * META_SCHEMA.map((k) => k.name); // ['name', 'nameVi', 'synthetic', 'source', 'sourceVi', 'note', 'noteVi', 'seed', 'period', 'periodsPerYear']
 */
export const META_SCHEMA = [
  { name: 'name', type: 'text', required: true, expected: 'a text' },
  { name: 'nameVi', type: 'text', required: false, expected: 'a text (or no nameVi)' },
  { name: 'synthetic', type: 'boolean', required: true, expected: 'true or false' },
  { name: 'source', type: 'text', required: true, expected: 'a text' },
  { name: 'sourceVi', type: 'text', required: false, expected: 'a text (or no sourceVi)' },
  { name: 'note', type: 'text', required: false, expected: 'a text (or no note)' },
  { name: 'noteVi', type: 'text', required: false, expected: 'a text (or no noteVi)' },
  { name: 'seed', type: 'number', required: false, rule: {}, expected: 'a finite number (or no seed)' },
  { name: 'period', type: 'text', required: true, expected: 'a text' },
  {
    name: 'periodsPerYear',
    type: 'number',
    required: true,
    rule: { min: 0, exclusiveMin: true, max: 366 },
    expected: 'a number of periods per year > 0 and <= 366 (4 for quarterly volumes)',
  },
] as const satisfies readonly MetaKeySchema[];

/** A meta key. */
export type MetaKey = (typeof META_SCHEMA)[number]['name'];

// Compile-time link between the schema and the row types of types.ts: adding, removing or renaming a column in
// one without the other fails the build (the type argument is then an object naming the columns that differ).
type SameKeys<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : { columnsThatDiffer: Exclude<A, B> | Exclude<B, A> };
type Assert<T extends true> = T;

type SchemaMatchesTypes = [
  Assert<SameKeys<TableName, Exclude<keyof DatasetRows, 'meta'>>>,
  Assert<SameKeys<ColumnName<'units'>, keyof Unit>>,
  Assert<SameKeys<ColumnName<'headcount'>, keyof HeadcountRow>>,
  Assert<SameKeys<ColumnName<'volumes'>, keyof VolumeRow>>,
  Assert<SameKeys<ColumnName<'standards'>, keyof StandardRow>>,
  Assert<SameKeys<ColumnName<'provinces'>, keyof ProvinceRow>>,
  Assert<SameKeys<ColumnName<'fields'>, keyof FieldInfo>>,
  Assert<SameKeys<ColumnName<'working_time'>, keyof WorkingTimeRow>>,
  Assert<SameKeys<ColumnName<'individual_allowances'>, keyof IndividualAllowanceRow>>,
  Assert<SameKeys<MetaKey, keyof DatasetMeta>>,
];
