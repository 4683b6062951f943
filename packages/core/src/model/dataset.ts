import { table as columnTable, type ColumnTable } from 'arquero';
import type { Dataset, DatasetRows } from './types.ts';
import { byTable, type TableName, type TableSchema } from './schema.ts';
import { tableRows } from './typed-table.ts';
import { validateDatasetRows, type DatasetInput, type TableSources } from './validate.ts';

// Optional unit columns a plain row leaves out when empty, as a caller would write the row.
const UNIT_FLAGS = ['island', 'land_border', 'pop_flag'] as const;
// The optional quota column exists only when some unit has a quota (outputs stay as they were otherwise).
const QUOTA = 'quota';

/**
 * Validates plain rows and returns an immutable {@link Dataset} of arquero tables.
 * Nothing is returned unless every table is valid (no partial datasets). The rows may be typed
 * ({@link DatasetRows}) or records of unchecked values as read from files ({@link DatasetInput}).
 *
 * @example
 * const ds = createDataset({ units, headcount, volumes, standards, meta });
 * ds.units.numRows(); // number of units
 */
export function createDataset(rows: DatasetRows | DatasetInput, sources: TableSources = {}): Dataset {
  validateDatasetRows(rows, sources);
  const provinces =
    rows.provinces ??
    [...new Set(rows.units.map((u) => u.province_code))].map((code) => ({ province_code: code, province_name: code }));
  const given: Record<TableName, readonly object[]> = {
    units: rows.units,
    headcount: rows.headcount,
    volumes: rows.volumes,
    standards: rows.standards,
    provinces,
    fields: rows.fields ?? [],
    working_time: rows.working_time ?? [],
    individual_allowances: rows.individual_allowances ?? [],
  };
  const hasQuota = rows.units.some((u) => u.quota != null);
  const tables = byTable((schema) => table(given[schema.name], schema, (c) => schema.name !== 'units' || c !== QUOTA || hasQuota));
  return Object.freeze({ ...tables, meta: Object.freeze({ ...rows.meta }) });
}

/** The dataset back in plain-row form (for transforms, writers and scenario levers). */
export function datasetRows(dataset: Dataset): DatasetRows {
  return {
    units: tableRows(dataset.units).map((unit) => {
      const out = { ...unit };
      for (const column of UNIT_FLAGS) if (out[column] === null) delete out[column];
      return out;
    }),
    headcount: tableRows(dataset.headcount),
    volumes: tableRows(dataset.volumes),
    standards: tableRows(dataset.standards),
    provinces: tableRows(dataset.provinces),
    fields: tableRows(dataset.fields),
    // The optional WISN tables only when they have rows, so datasets without them keep their old shape.
    ...(dataset.working_time?.numRows() ? { working_time: tableRows(dataset.working_time) } : {}),
    ...(dataset.individual_allowances?.numRows() ? { individual_allowances: tableRows(dataset.individual_allowances) } : {}),
    meta: { ...dataset.meta },
  };
}

// A table in the schema's column order, so an empty input still has its columns. Optional columns: absent and
// empty both become null, so every reader gives the same table.
function table(rows: readonly object[], schema: TableSchema, keep: (column: string) => boolean): ColumnTable {
  const columns = schema.columns.filter((c) => keep(c.name));
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c.name, []]));
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const c of columns) {
      const value = row[c.name];
      data[c.name]!.push(c.required || (value !== undefined && value !== '') ? value : null);
    }
  }
  return columnTable(data);
}
