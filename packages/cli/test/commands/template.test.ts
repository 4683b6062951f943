import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { datasetRows } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { runMain } from '../support/run-main.ts';

const tmp = mkdtempSync(join(tmpdir(), 'canbang-template-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const COMMITTED = fileURLToPath(new URL('../../../../data/template.xlsx', import.meta.url));

function sheets(file: string): Record<string, unknown[][]> {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  return Object.fromEntries(wb.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1, defval: null }) as unknown[][]]));
}

describe('canbang template', () => {
  const national = datasetRows(loadVietNam());

  it('--province 11 pre-fills Điện Biên from the built-in dataset, with the national standards and fields', async () => {
    const out = join(tmp, 'dien-bien.xlsx');
    expect((await runMain(['template', '--province', '11', '--out', out])).code).toBe(0);
    const book = sheets(out);
    const units = national.units.filter((u) => u.province_code === '11');
    // Every unit row as the dataset has it (real registry codes and names; population, area, coordinates as loaded).
    // island, land_border and pop_flag come with the real data; quota is left empty (the norm quota applies).
    expect(book.units!.slice(1)).toEqual(units.map((u) => [u.code, u.name, u.kind, u.province_code, u.population, u.area_km2, u.lat, u.lon, u.terrain, u.island, u.land_border, u.pop_flag || null, null]));
    const fieldIds = (national.fields ?? []).map((f) => f.field);
    const services = national.standards.filter((s) => s.kind === 'service');
    expect(book.headcount!.length - 1).toBe(units.length * fieldIds.length);
    expect(book.volumes!.length - 1).toBe(units.length * services.length);
    expect(book.standards!.length - 1).toBe(national.standards.length);
    expect(book.standards!.slice(1).map((r) => r[3])).toEqual(national.standards.map((s) => s.minutes_per_case));
    expect(book.provinces!.slice(1)).toEqual([['11', 'Điện Biên']]);
    expect(book.meta![1]).toEqual(['name', `Điện Biên ${loadVietNam().meta.period}`]);
    expect(book.meta![3]).toEqual(['period', loadVietNam().meta.period]);
  });

  it('--lang vi writes the instructions in Vietnamese, headers unchanged', async () => {
    const out = join(tmp, 'vi.xlsx');
    expect((await runMain(['template', '--province', '11', '--lang', 'vi', '--out', out])).code).toBe(0);
    const book = sheets(out);
    expect(book.instructions![0]).toEqual(['trang tính', 'cột', 'kiểu', 'bắt buộc', 'giới hạn', 'ý nghĩa']);
    expect(book.units![0]).toEqual(['code', 'name', 'kind', 'province_code', 'population', 'area_km2', 'lat', 'lon', 'terrain', 'island', 'land_border', 'pop_flag', 'quota']);
  });

  it('refuses to replace an existing file without --force (exit 2, file untouched), replaces it with --force', async () => {
    const out = join(tmp, 'filled.xlsx');
    writeFileSync(out, 'a filled-in workbook');
    const refused = await runMain(['template', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`canbang: error: canbang template --out: got "${out} (exists)"; expected a new file name, or --force to replace the file\n`);
    expect(readFileSync(out, 'utf8')).toBe('a filled-in workbook');
    expect((await runMain(['template', '--out', out, '--force'])).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it('refuses an unknown province and an unknown language, writing nothing', async () => {
    const out = join(tmp, 'none.xlsx');
    expect((await runMain(['template', '--province', '99', '--out', out])).stderr).toMatch(/template --province: got "99"; expected a province of the dataset, by code/);
    expect((await runMain(['template', '--lang', 'fr', '--out', out])).stderr).toBe('canbang: error: canbang template --lang: got "fr"; expected en | vi\n');
    expect(() => statSync(out)).toThrow();
  });

  it('data/template.xlsx in the repository is what `canbang template` writes today', async () => {
    const out = join(tmp, 'fresh.xlsx');
    expect((await runMain(['template', '--out', out])).code).toBe(0);
    expect(sheets(COMMITTED)).toEqual(sheets(out));
  });
});
