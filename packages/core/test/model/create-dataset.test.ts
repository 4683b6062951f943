import { describe, expect, it } from 'vitest';
import { createDataset, datasetRows } from '@canbang/core';
import { inputErrorOf as errorOf } from '../support/input-error-of.ts';
import { tinyRows } from '../fixtures/tiny-dataset.ts';

describe('createDataset validation', () => {
  it('accepts valid rows and gives them back unchanged', () => {
    const rows = tinyRows();
    const back = datasetRows(createDataset(rows));
    expect(back.units).toEqual(rows.units);
    expect(back.headcount).toEqual(rows.headcount);
  });

  it('names table, row, column, value and expectation', () => {
    const rows = tinyRows();
    const headcount = rows.headcount.map((h, i) => (i === 1 ? { ...h, staff: -2 } : h));
    const error = errorOf(() => createDataset({ ...rows, headcount }, { headcount: 'data/headcount.csv' }));
    expect(error.source).toBe('data/headcount.csv');
    expect(error.row).toBe(2);
    expect(error.column).toBe('staff');
    expect(error.value).toBe(-2);
    // Rows given in code are array items, counted from 1 (index 1 is item 2).
    expect(error.message).toBe('data/headcount.csv, item 2, column "staff": got -2; expected a finite number >= 0');
  });

  it.each([
    // Staff are FTE (1.5 is accepted, see test/workload/wisn-forms.test.ts); an infinite count is not a number of people.
    ['infinite staff', { headcount: [{ unit_code: 'A', field: 'land', staff: Number.POSITIVE_INFINITY }] }, 'staff', /finite number/],
    ['unknown unit code', { headcount: [{ unit_code: 'Q', field: 'land', staff: 1 }] }, 'unit_code', /unit code listed/],
    ['unknown field', { headcount: [{ unit_code: 'A', field: 'tax', staff: 1 }] }, 'field', /field that has time standards/],
    ['unknown activity', { volumes: [{ unit_code: 'A', field: 'land', activity: 'x', cases: 1 }] }, 'activity', /listed in the standards/],
    ['non-numeric volume', { volumes: [{ unit_code: 'A', field: 'land', activity: 'registration', cases: '12' as unknown as number }] }, 'cases', /finite number/],
    ['NaN volume', { volumes: [{ unit_code: 'A', field: 'land', activity: 'registration', cases: Number.NaN }] }, 'cases', /finite number/],
    ['volume on a support activity', { volumes: [{ unit_code: 'A', field: 'land', activity: 'meetings', cases: 1 }] }, 'activity', /service activity/],
  ])('rejects %s', (_label, override, column, message) => {
    const error = errorOf(() => createDataset(tinyRows(override)));
    expect(error.column).toBe(column);
    expect(error.row).toBe(1);
    expect(error.message).toMatch(message);
  });

  it('rejects duplicate units and duplicate headcount rows', () => {
    const rows = tinyRows();
    expect(errorOf(() => createDataset({ ...rows, units: [...rows.units, rows.units[0]!] })).message).toMatch(/item 4, column "code": got "A"; expected each unit code once/);
    expect(errorOf(() => createDataset({ ...rows, headcount: [...rows.headcount, rows.headcount[0]!] })).row).toBe(6);
  });

  it('rejects support shares adding up to 100 % or more', () => {
    const rows = tinyRows();
    const standards = [...rows.standards, { field: 'land', activity: 'reports', kind: 'support' as const, minutes_per_case: null, share: 80, hours: null }];
    expect(errorOf(() => createDataset({ ...rows, standards })).message).toMatch(/add up to less than 100 \(now 100\)/);
  });
});
