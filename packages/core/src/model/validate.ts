import type { DatasetRows } from './types.ts';
import { CanbangInputError } from './errors.ts';
import { checkColumns, fail } from './row-checks.ts';
import { DATASET_SCHEMA, tableSchema, type TableName } from './schema.ts';
import { validateMeta } from './validate-meta.ts';
import { validateStandards } from './validate-standards.ts';
import { validateHeadcount, validateIndividualAllowances, validateVolumes, validateWorkingTime } from './validate-unit-tables.ts';
import { validateProvinces, validateUnits } from './validate-units.ts';

/** Where each table came from, so errors can name the file. Defaults to `createDataset(<table>)`. */
export type TableSources = Partial<Record<TableName | 'meta', string>>;

/**
 * A dataset's tables before they are checked: rows typed as {@link DatasetRows}, or records as read from
 * files or made by scripts, whose values may be anything. `createDataset` and `validateDatasetRows` accept both.
 */
export type DatasetInput = { readonly [T in TableName]?: readonly object[] } & { readonly meta?: unknown };

/**
 * Checks a dataset in plain-row form and throws a {@link CanbangInputError} at the first problem:
 * missing or ill-typed values and values out of their column's bounds (the dataset schema,
 * `DATASET_SCHEMA`), unknown unit codes / fields / activities, duplicates, support shares that leave no
 * time for services, and a meta that breaks `META_SCHEMA` (see `validateMeta`). Pure: it never changes its input.
 *
 * @example
 * validateDatasetRows(rows, { units: 'data/units.csv' });
 */
export function validateDatasetRows(input: DatasetInput, sources: TableSources = {}): asserts input is DatasetRows {
  const src = (table: keyof TableSources) => sources[table] ?? `createDataset(${table})`;
  for (const { name, required } of DATASET_SCHEMA) {
    const table: unknown = input[name];
    if (table === undefined && !required) continue;
    if (!Array.isArray(table)) throw new CanbangInputError({ source: src(name), value: table, expected: `an array of ${name} rows` });
  }
  // meta first: the engine annualises volumes with periodsPerYear and every output shows the synthetic flag.
  validateMeta(input.meta, src('meta'));
  // Each table's validator checks every value it reads against the schema before relying on its type.
  const rows = input as DatasetRows;
  const provinceCodes = validateProvinces(rows.provinces, src('provinces'));
  const unitCodes = validateUnits(rows.units, provinceCodes, src('units'));
  const standards = validateStandards(rows.standards, src('standards'));
  validateFields(rows.fields, src('fields'));
  const known = { ...standards, unitCodes };
  validateHeadcount(rows.headcount, known, src('headcount'));
  validateVolumes(rows.volumes, known, src('volumes'));
  validateWorkingTime(rows.working_time, known, src('working_time'));
  validateIndividualAllowances(rows.individual_allowances, known, src('individual_allowances'));
}

// fields: optional display names, each field once.
function validateFields(rows: DatasetRows['fields'], source: string): void {
  const seen = new Set<string>();
  const schema = tableSchema('fields');
  rows?.forEach((row, i) => {
    checkColumns(row, i, schema, source);
    if (seen.has(row.field)) fail(source, i, 'field', row.field, 'each field once (duplicate)');
    seen.add(row.field);
  });
}
