import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { balance } from '@canbang/core';
import { readDataset } from '@canbang/io';
import { runMain } from '../support/run-main.ts';

const SAMPLE = fileURLToPath(new URL('../../../../data/sample', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-analyze-wisn-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

// A planner's folder: the sample plus a working_time.csv and a half-time land officer in 03127.
const data = join(tmp, 'data');
cpSync(SAMPLE, data, { recursive: true });
writeFileSync(join(data, 'working_time.csv'), 'field,unit_code,awt_hours\nland,,1700\n');
writeFileSync(join(data, 'headcount.csv'), readFileSync(join(data, 'headcount.csv'), 'utf8').replace('03127,land,5\n', '03127,land,4.5\n'));

describe('canbang analyze with the WISN forms', () => {
  it('csv: FTE staff, working_time and the new columns, equal to the library balance', async () => {
    const out = join(tmp, 'units.csv');
    // --precision 15 keeps the computed digits (the default rounds CSV numbers to 3 decimals).
    expect((await runMain(['analyze', '--data', data, '--out', out, '--format', 'csv', '--precision', '15'])).code).toBe(0);
    const [header, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header!.split(',').slice(-6)).toEqual(['pressure', 'required_per_staff', 'overloaded_fields', 'underloaded_fields', 'overloaded_field_names', 'underloaded_field_names']);
    const expected = balance(await readDataset(data)).byUnit.objects() as Record<string, number | string>[];
    const columns = header!.split(',');
    const row = lines.find((l) => l.startsWith('03127,'))!.split(',');
    const cell = (name: string) => Number(row[columns.indexOf(name)]);
    const unit = expected.find((u) => u.unit_code === '03127')!;
    expect(cell('staff')).toBe(unit.staff); // staff carries the half-time officer (x.5)
    expect(String(unit.staff)).toMatch(/\.5$/);
    expect(cell('required')).toBeCloseTo(unit.required as number, 9);
  });

  it('--bands wisn_ratio_one reads ratio 1 as the line; with an explicit ratio option it is an error (exit 2)', async () => {
    const out = join(tmp, 'one.json');
    expect((await runMain(['analyze', '--data', data, '--bands', 'wisn_ratio_one', '--out', out, '--format', 'json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).bands).toEqual({ overloadedBelow: 1, underloadedAbove: 1 });
    const both = await runMain(['analyze', '--data', data, '--bands', 'wisn_ratio_one', '--overloaded-below', '0.8']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--overloaded-below: got "0\.8"; expected no --overloaded-below together with --bands wisn_ratio_one/);
    const unknown = await runMain(['analyze', '--data', data, '--bands', 'toString']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--bands: got "toString"; expected one of canbang_tolerance_10, wisn_ratio_one/);
  });
});
