import { table as columnTable, type ColumnTable } from 'arquero';
import type { Dataset, DatasetRows } from './types.ts';
import { validateDatasetRows, type TableSources } from './validate.ts';

const WORKING_TIME_NUMBERS = ['hours_per_week', 'weeks_per_year', 'hours_per_day', 'leave_days', 'awt_hours'] as const;

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
    // Optional quality columns: absent and empty both become null, so every reader gives the same table.
    // The optional quota column exists only when some unit has a quota (outputs stay as they were otherwise).
    units: table(
      rows.units.map((u) => ({ ...u, island: u.island ?? null, land_border: u.land_border ?? null, pop_flag: u.pop_flag || null })),
      ['code', 'name', 'kind', 'province_code', 'population', 'area_km2', 'lat', 'lon', 'terrain', 'island', 'land_border', 'pop_flag', ...(rows.units.some((u) => u.quota != null) ? ['quota'] : [])],
    ),
    headcount: table(rows.headcount, ['unit_code', 'field', 'staff']),
    volumes: table(
      rows.volumes.map((v) => ({ ...v, on_time: v.on_time ?? null, backlog: v.backlog ?? null })),
      ['unit_code', 'field', 'activity', 'cases', 'on_time', 'backlog'],
    ),
    standards: table(
      rows.standards.map((s) => ({
        ...s,
        minutes_per_case: s.minutes_per_case ?? null,
        share: s.share ?? null,
        hours: s.hours ?? null,
        per: s.per || null,
        staff_doing: s.staff_doing ?? null,
      })),
      ['field', 'activity', 'kind', 'minutes_per_case', 'share', 'hours', 'per', 'staff_doing'],
    ),
    provinces: table(provinces, ['province_code', 'province_name']),
    fields: table(rows.fields ?? [], ['field', 'name_en', 'name_vi', 'department']),
    working_time: table(
      (rows.working_time ?? []).map((w) => ({
        field: w.field,
        unit_code: w.unit_code || null,
        ...Object.fromEntries(WORKING_TIME_NUMBERS.map((c) => [c, w[c] ?? null])),
      })),
      ['field', 'unit_code', ...WORKING_TIME_NUMBERS],
    ),
    individual_allowances: table(rows.individual_allowances ?? [], ['unit_code', 'field', 'activity', 'staff']),
    meta: Object.freeze({ ...rows.meta }),
  });
}

/** The dataset back in plain-row form (for transforms, writers and scenario levers). */
export function datasetRows(dataset: Dataset): DatasetRows {
  return {
    units: (dataset.units.objects() as Record<string, unknown>[]).map(withoutEmptyFlags) as unknown as DatasetRows['units'],
    headcount: dataset.headcount.objects() as unknown as DatasetRows['headcount'],
    volumes: dataset.volumes.objects() as unknown as DatasetRows['volumes'],
    standards: dataset.standards.objects() as unknown as DatasetRows['standards'],
    provinces: dataset.provinces.objects() as unknown as NonNullable<DatasetRows['provinces']>,
    fields: dataset.fields.objects() as unknown as NonNullable<DatasetRows['fields']>,
    // The optional WISN tables only when they have rows, so datasets without them keep their old shape.
    ...(dataset.working_time?.numRows() ? { working_time: dataset.working_time.objects() as unknown as NonNullable<DatasetRows['working_time']> } : {}),
    ...(dataset.individual_allowances?.numRows()
      ? { individual_allowances: dataset.individual_allowances.objects() as unknown as NonNullable<DatasetRows['individual_allowances']> }
      : {}),
    meta: { ...dataset.meta },
  };
}

// The optional unit columns are left out of a plain row when empty, as a caller would write the row.
function withoutEmptyFlags(unit: Record<string, unknown>): Record<string, unknown> {
  const out = { ...unit };
  for (const column of ['island', 'land_border', 'pop_flag']) if (out[column] === null) delete out[column];
  return out;
}

// Builds a table with a fixed column order, so an empty input still has its columns.
function table(rows: readonly object[], columns: readonly string[]): ColumnTable {
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const c of columns) data[c]!.push(row[c]);
  }
  return columnTable(data);
}
