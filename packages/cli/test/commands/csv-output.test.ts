import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { balance } from '@canbang/core';
import { formatCsv, roundDecimals } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import { DEFAULT_CSV_PRECISION } from '../../src/csv-options.ts';
import { runMain } from '../support/run-main.ts';

const tmp = mkdtempSync(join(tmpdir(), 'canbang-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('roundDecimals / formatCsv precision', () => {
  it('rounds half away from zero as written, keeps whole numbers, never prints -0', () => {
    // Hand values: 71.41402944497482 to 3 decimals is 71.414; 1.0005 as typed rounds up to 1.001; -2.5 to 0 decimals is -3.
    expect([roundDecimals(71.41402944497482, 3), roundDecimals(1.0005, 3), roundDecimals(-2.5, 0), roundDecimals(-0.0004, 3), roundDecimals(123456789, 0)]).toEqual([71.414, 1.001, -3, 0, 123456789]);
    expect(formatCsv(['a', 'b'], [{ a: 0.1 + 0.2, b: 7 }], { precision: 2 })).toBe('a,b\n0.3,7\n');
    expect(() => formatCsv(['a'], [], { precision: 16 })).toThrow(RangeError);
  });
});

describe('canbang analyze --by field (CSV)', () => {
  it('one row per unit x field of Điện Biên, figures equal to the library balance rounded to --precision', async () => {
    const out = join(tmp, 'db.csv');
    expect((await runMain(['analyze', '--province', '11', '--by', 'field', '--out', out])).code).toBe(0);
    const [header, ...lines] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('province_code,province_name,unit_code,unit_name,kind,field,field_name_vi,staff,required,gap,ratio,status,unit_norm_quota');
    const expected = (balance(loadVietNam()).byField.objects() as { province_code: string; unit_code: string; field: string; required: number; status: string }[]).filter((r) => r.province_code === '11');
    expect(lines.length).toBe(expected.length);
    // Splitting on "," is safe for the numeric tail: its 6 cells (staff .. unit_norm_quota) are never quoted.
    for (const line of lines) {
      const cells = line.split(',');
      const [field, required, status] = [cells.at(-8), cells.at(-5), cells.at(-2)];
      const row = expected.find((r) => r.unit_code === cells[2] && line.includes(`,${r.field},`))!;
      expect(Number(required)).toBe(roundDecimals(row.required, DEFAULT_CSV_PRECISION));
      expect(status).toBe(row.status);
      expect(field).toBeDefined();
    }
  });

  it('--precision 1 --bom: a BOM first, one decimal; --precision 16 is refused with exit 2 and no file', async () => {
    const out = join(tmp, 'p1.csv');
    expect((await runMain(['analyze', '--province', '11', '--precision', '1', '--bom', '--format', 'csv', '--out', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const required = text.split('\n').slice(1, -1).map((l) => l.split(',')[7]!);
    expect(required.every((v) => /^\d+(\.\d)?$/.test(v))).toBe(true);
    const bad = join(tmp, 'p16.csv');
    const refused = await runMain(['analyze', '--province', '11', '--precision', '16', '--format', 'csv', '--out', bad]);
    expect(refused).toEqual({ code: 2, stderr: 'canbang: error: canbang --precision: got "16"; expected a whole number of decimals from 0 to 15\n' });
    expect(() => readFileSync(bad)).toThrow();
  });
});
