// The dataset schema is the one place a column's rule is written: validateDatasetRows applies each column's
// bounds and allowed values to every table, and createDataset builds each table in the schema's column order.
import { describe, expect, it } from 'vitest';
import {
  CanbangInputError, createDataset, DATASET_SCHEMA, META_SCHEMA, validateMeta, type ColumnSchema, type DatasetInput, type TableName,
} from '@canbang/core';
import { tinyRows } from '../fixtures/tiny-dataset.ts';

// tinyRows has rows in every table but provinces, fields and working_time: give those one valid row each.
function everyTable(): Record<TableName, object[]> & { meta: object } {
  const rows = tinyRows();
  return {
    units: [...rows.units],
    headcount: [...rows.headcount],
    volumes: [...rows.volumes],
    standards: [...rows.standards],
    provinces: [{ province_code: 'P1', province_name: 'Đà Nẵng' }, { province_code: 'P2', province_name: 'An Giang' }],
    fields: [{ field: 'land', name_en: 'Land', name_vi: 'Đất đai', department: 'Phòng Kinh tế' }],
    working_time: [{ field: 'land', unit_code: null, hours_per_week: 40, weeks_per_year: 52, hours_per_day: 8, leave_days: 31, awt_hours: null }],
    individual_allowances: [...rows.individual_allowances!],
    meta: rows.meta,
  };
}

// A row of the table where the column's value is used by its kind (standards: a row whose kind uses the column).
function rowIndexFor(table: TableName, column: string, rows: object[]): number {
  if (table !== 'standards') return 0;
  const kindFor: Record<string, string> = { minutes_per_case: 'service', share: 'support', hours: 'additional', staff_doing: 'additional', per: 'additional' };
  return rows.findIndex((r) => (r as { kind: string }).kind === (kindFor[column] ?? 'service'));
}

// A value just outside a number column's bounds, from the bounds themselves (the hand rule: below min,
// at an exclusive bound, above max, or a fraction where whole numbers are asked).
function outside(column: ColumnSchema): number[] {
  const values: number[] = [];
  if (column.min !== undefined) values.push(column.exclusiveMin ? column.min : column.min - 1);
  if (column.max !== undefined) values.push(column.exclusiveMax ? column.max : column.max + 1);
  if (column.integer) values.push(1.5);
  if (column.oneOf) values.push(2);
  return values;
}

function errorOf(input: DatasetInput): unknown {
  try {
    createDataset(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

const cases = DATASET_SCHEMA.flatMap((table) =>
  table.columns.flatMap((column: ColumnSchema) => (column.type === 'number' ? outside(column).map((value) => [table.name, column.name, value] as const) : [])),
);

describe('dataset schema', () => {
  it('the valid rows of every table pass', () => {
    expect(createDataset(everyTable()).working_time!.numRows()).toBe(1);
  });

  it('covers every bounded number column of every table', () => {
    // population, area_km2, lat (2), lon (2), island, land_border, quota (2); staff; cases, on_time, backlog;
    // minutes_per_case, share (2), hours, staff_doing; working_time 5 columns x 2; staff.
    expect(cases.length).toBe(10 + 1 + 3 + 5 + 10 + 1);
  });

  it.each(cases)('%s.%s = %s is refused naming the table, item 1 and the column', (table, column, value) => {
    const rows = everyTable();
    const i = rowIndexFor(table, column, rows[table]);
    rows[table][i] = { ...rows[table][i]!, [column]: value };
    const error = errorOf(rows);
    expect(error).toBeInstanceOf(CanbangInputError);
    expect(error).toMatchObject({ source: `createDataset(${table})`, row: i + 1, column, value });
  });

  it('a required column may not be missing, in any table', () => {
    for (const table of DATASET_SCHEMA) {
      for (const column of table.columns.filter((c) => c.required)) {
        const rows = everyTable();
        const row: Record<string, unknown> = { ...rows[table.name][0]! };
        delete row[column.name];
        rows[table.name][0] = row;
        expect(errorOf(rows), `${table.name}.${column.name}`).toMatchObject({ source: `createDataset(${table.name})`, column: column.name });
      }
    }
  });

  it('an empty text in a number column is refused, not stored', () => {
    const rows = everyTable();
    rows.volumes[0] = { ...rows.volumes[0]!, on_time: '' };
    expect(errorOf(rows)).toMatchObject({ column: 'on_time', value: '', expected: 'a finite number >= 0' });
  });

  it('tables are built in the schema column order, optional columns empty as null', () => {
    const ds = createDataset(everyTable());
    for (const table of DATASET_SCHEMA) {
      const columns = table.columns.map((c) => c.name).filter((c) => c !== 'quota'); // quota only when a unit has one
      expect(ds[table.name]!.columnNames(), table.name).toEqual(columns);
    }
    expect(ds.volumes.get('on_time', 0)).toBeNull();
  });

  it('a table that is not an array of rows is refused naming it', () => {
    expect(errorOf({ ...everyTable(), headcount: 'staff.csv' as unknown as object[] })).toMatchObject({ source: 'createDataset(headcount)', expected: 'an array of headcount rows' });
  });
});

describe('meta schema', () => {
  const meta = { name: 'x', synthetic: false, source: 's', period: '2025', periodsPerYear: 4 };

  it('periodsPerYear is in (0, 366]: one period a day at most, for every input', () => {
    expect(() => validateMeta({ ...meta, periodsPerYear: 366 }, 'm')).not.toThrow();
    for (const periods of [0, -4, 367, 1000, Number.POSITIVE_INFINITY]) {
      expect(() => validateMeta({ ...meta, periodsPerYear: periods }, 'm.json'), String(periods)).toThrow(
        expect.objectContaining({ source: 'm.json', column: 'periodsPerYear', expected: 'a number of periods per year > 0 and <= 366 (4 for quarterly volumes)' }),
      );
    }
  });

  it('the Vietnamese texts, the note and the seed are checked when given', () => {
    for (const key of ['nameVi', 'sourceVi', 'noteVi', 'note'] as const) {
      expect(() => validateMeta({ ...meta, [key]: 5 }, 'm'), key).toThrow(expect.objectContaining({ column: key }));
    }
    expect(() => validateMeta({ ...meta, seed: 'abc' }, 'm')).toThrow(expect.objectContaining({ column: 'seed' }));
    expect(() => validateMeta({ ...meta, nameVi: 'Mẫu', seed: 7 }, 'm')).not.toThrow();
  });

  it('lists every key of DatasetMeta once', () => {
    const names = META_SCHEMA.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(META_SCHEMA.filter((k) => k.required).map((k) => k.name).sort()).toEqual(['name', 'period', 'periodsPerYear', 'source', 'synthetic']);
  });
});
