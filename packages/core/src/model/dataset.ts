import { table as columnTable, type ColumnTable } from 'arquero';
import type { Dataset, DatasetRows } from './types.ts';
import { validateDatasetRows, type TableSources } from './validate.ts';

/**
 * Validates plain rows and returns an immutable {@link Dataset} of arquero tables.
 * Nothing is returned unless every table is valid (no partial datasets).
 *
 * @example
 * const ds = createDataset({ units, headcount, volumes, standards, meta });
 * ds.units.numRows(); // number of units
 */
export function createDataset(rows: DatasetRows, sources: TableSources = {}): Dataset {
  validateDatasetRows(rows, sources);
  const provinces =
    rows.provinces ??
    [...new Set(rows.units.map((u) => u.province_code))].map((code) => ({ province_code: code, province_name: code }));
  return Object.freeze({
    // The optional quota column exists only when some unit has a quota (outputs stay as they were otherwise).
    units: table(rows.units, ['code', 'name', 'kind', 'province_code', 'population', 'area_km2', 'lat', 'lon', 'terrain', ...(rows.units.some((u) => u.quota != null) ? ['quota'] : [])]),
    headcount: table(rows.headcount, ['unit_code', 'field', 'staff']),
    volumes: table(
      rows.volumes.map((v) => ({ ...v, on_time: v.on_time ?? null, backlog: v.backlog ?? null })),
      ['unit_code', 'field', 'activity', 'cases', 'on_time', 'backlog'],
    ),
    standards: table(
      rows.standards.map((s) => ({ ...s, minutes_per_case: s.minutes_per_case ?? null, share: s.share ?? null, hours: s.hours ?? null })),
      ['field', 'activity', 'kind', 'minutes_per_case', 'share', 'hours'],
    ),
    provinces: table(provinces, ['province_code', 'province_name']),
    fields: table(rows.fields ?? [], ['field', 'name_en', 'name_vi', 'department']),
    meta: Object.freeze({ ...rows.meta }),
  });
}

/** The dataset back in plain-row form (for transforms, writers and scenario levers). */
export function datasetRows(dataset: Dataset): DatasetRows {
  return {
    units: dataset.units.objects() as unknown as DatasetRows['units'],
    headcount: dataset.headcount.objects() as unknown as DatasetRows['headcount'],
    volumes: dataset.volumes.objects() as unknown as DatasetRows['volumes'],
    standards: dataset.standards.objects() as unknown as DatasetRows['standards'],
    provinces: dataset.provinces.objects() as unknown as NonNullable<DatasetRows['provinces']>,
    fields: dataset.fields.objects() as unknown as NonNullable<DatasetRows['fields']>,
    meta: { ...dataset.meta },
  };
}

// Builds a table with a fixed column order, so an empty input still has its columns.
function table(rows: readonly object[], columns: readonly string[]): ColumnTable {
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const c of columns) data[c]!.push(row[c]);
  }
  return columnTable(data);
}
