import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataset, datasetRows, describeCheck, inputChecks, normQuota, plausibilityChecks, validateDatasetRows, type DatasetInput, type DatasetRows } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';

const SAMPLE = fileURLToPath(new URL('../../../../data/sample', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-checks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** A copy of the sample dataset with `edit(text)` applied to one of its files. */
function edited(file: string, edit: (text: string) => string): string {
  const dir = join(tmp, `case-${n++}`);
  cpSync(SAMPLE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('plausibility checks: read, but flagged with file, spreadsheet row, column and value', () => {
  it('the sample itself has no warnings', async () => {
    expect((await readDataset(SAMPLE)).checks).toEqual([]);
  });

  it('population_low: a ward typed with 62 residents (62.000 lost its thousands) on units.csv row 2', async () => {
    const dir = edited('units.csv', (t) => t.replace(',62000,', ',62,'));
    const checks = (await readDataset(dir)).checks!;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'population_low', source: join(dir, 'units.csv'), row: 2, column: 'population', value: '62' });
    expect(describeCheck(checks[0]!)).toMatch(/units\.csv, row 2, column "population": got "62"; ward 03127 .* \[population_low\]$/);
  });

  it('population_low is not raised for a special zone (some have a few hundred residents) nor at 1,000', () => {
    const rows = datasetRows(createDataset(datasetRowsOfSample()));
    const units = rows.units.map((u, i) => (i === 0 ? { ...u, kind: 'special_zone' as const, population: 400 } : i === 1 ? { ...u, population: 1000 } : u));
    expect(plausibilityChecks({ ...rows, units }).filter((c) => c.code === 'population_low')).toEqual([]);
  });

  it('population_low is not raised again for a population the data already flags (pop_flag travels into outputs)', () => {
    const rows = datasetRows(createDataset(datasetRowsOfSample()));
    const flagged = rows.units.map((u, i) => (i === 0 ? { ...u, population: 99, pop_flag: 'suspect_low(<1000)' } : u));
    expect(plausibilityChecks({ ...rows, units: flagged }).filter((c) => c.code === 'population_low')).toEqual([]);
    // The same unit without the flag is warned about.
    const unflagged = rows.units.map((u, i) => (i === 0 ? { ...u, population: 99, pop_flag: null } : u));
    expect(plausibilityChecks({ ...rows, units: unflagged }).filter((c) => c.code === 'population_low')).toHaveLength(1);
  });

  it('staff_above_quota: 03127 with 200 office staff is above 1.5 x its norm quota', async () => {
    const dir = edited('headcount.csv', (t) => t.replace('03127,office,7', '03127,office,200'));
    const ds = await readDataset(dir);
    const unit = datasetRows(ds).units.find((u) => u.code === '03127')!;
    // Norm quota by hand: ward, mountain, 62,000 residents -> 32 + (62,000 - 16,000) / 1,000 = 78, capped at 70.
    expect(normQuota(unit)).toBe(70);
    const total = datasetRows(ds).headcount.filter((h) => h.unit_code === '03127').reduce((s, h) => s + h.staff, 0);
    expect(total).toBe(206); // 200 + 5 + 1
    expect(ds.checks).toEqual([expect.objectContaining({ code: 'staff_above_quota', column: 'staff', value: '206' })]);
    // 105 staff (exactly 1.5 x 70) is not above.
    const atLimit = edited('headcount.csv', (t) => t.replace('03127,office,7', '03127,office,99'));
    expect((await readDataset(atLimit)).checks).toEqual([]);
  });

  it('no_headcount: a unit without headcount rows is named (it would silently get 0 staff)', async () => {
    const dir = edited('headcount.csv', (t) => t.split('\n').filter((line) => !line.startsWith('03151,')).join('\n'));
    const checks = (await readDataset(dir)).checks!;
    expect(checks).toEqual([expect.objectContaining({ code: 'no_headcount', source: join(dir, 'headcount.csv'), column: 'unit_code', value: '03151' })]);
  });

  it('share_fraction: office support share 0.12 (meant 12 %) on standards.csv row 4; civil_status with 5 is fine', async () => {
    const dir = edited('standards.csv', (t) => t.replace('office,meetings,support,,12,', 'office,meetings,support,,0.12,'));
    const checks = (await readDataset(dir)).checks!;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'share_fraction', row: 4, column: 'share', value: '0.12' });
    expect(checks[0]!.message).toContain('write 12 for 12 %');
  });

  it('a JSON dataset gives the same checks, without spreadsheet rows', async () => {
    const dir = edited('units.csv', (t) => t.replace(',62000,', ',62,'));
    const json = join(tmp, 'low.json');
    await writeDataset(await readDataset(dir), json);
    const checks = (await readDataset(json)).checks!;
    expect(checks).toEqual([expect.objectContaining({ code: 'population_low', source: `${json}#units`, value: '62' })]);
    expect(checks[0]!.row).toBeUndefined();
  });

  it('inputChecks computes the checks of a dataset built in code', () => {
    const rows = datasetRowsOfSample();
    const ds = createDataset({ ...rows, units: rows.units.map((u, i) => (i === 2 ? { ...u, population: 5 } : u)) });
    expect(inputChecks(ds).map((c) => [c.code, c.source, c.value])).toEqual([['population_low', 'createDataset(units)', '5']]);
    // Computed once per dataset: a second call returns the same array (a CLI run asks when loading and when writing).
    expect(inputChecks(ds)).toBe(inputChecks(ds));
    // Another dataset gets its own checks: the same rows with a plausible population give none.
    expect(inputChecks(createDataset(rows))).toEqual([]);
  });
});

// The sample's rows, read synchronously from its CSV files (plain, comma-separated, no quotes).
function datasetRowsOfSample(): DatasetRows {
  const table = (name: string) => {
    const [header, ...lines] = readFileSync(join(SAMPLE, `${name}.csv`), 'utf8').trim().split('\n');
    const columns = header!.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((v, j) => [columns[j], v === '' ? null : /^-?[\d.]+$/.test(v) && !columns[j]!.endsWith('code') ? Number(v) : v])));
  };
  const rows: DatasetInput = {
    units: table('units'),
    headcount: table('headcount'),
    volumes: table('volumes'),
    standards: table('standards'),
    meta: { name: 'sample', source: 'data/sample', synthetic: true, period: '2025-Q3', periodsPerYear: 4 },
  };
  // The rows are records of the files' values; validating them makes them typed dataset rows.
  validateDatasetRows(rows);
  return rows;
}
