import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balance, dataNote, unitQualityFlags } from '@canbang/core';
import { loadVietNam, parseDataCsv } from '@canbang/data-vn';
import { runCli } from '../support/run-cli.ts';

// The independent computation: the library's per-unit balance, counted here by filtering statuses.
const byUnit = balance(loadVietNam()).byUnit.objects() as { unit_code: string; name: string; kind: string; province_code: string; status: string }[];
const count = (kind: string | null, status: string) => byUnit.filter((u) => (kind === null || u.kind === kind) && u.status === status).length;

describe('canbang analyze (real binary, built-in dataset)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-analyze-'));

  it('json output: status counts by kind match the library balance', () => {
    const out = join(dir, 'analysis.json');
    const result = runCli(['analyze', '--format', 'json', '--out', out]);
    expect(result.stderr).toMatch(/analyzed 3,321 units/);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(readFileSync(out, 'utf8'));
    expect(analysis.dataset.synthetic).toBe(true);
    const all = analysis.summary.find((r: { kind: string }) => r.kind === 'all');
    expect(all.units).toBe(3321); // registry total (NSO 1027/CTK-CSCL)
    for (const kind of ['commune', 'ward', 'special_zone']) {
      const row = analysis.summary.find((r: { kind: string }) => r.kind === kind);
      for (const status of ['overloaded', 'balanced', 'underloaded']) expect(row[status]).toBe(count(kind, status));
    }
    expect(all.overloaded + all.balanced + all.underloaded).toBe(3321);
    // atomic write: only the output file, no temp left behind
    expect(readdirSync(dir)).toEqual(['analysis.json']);
  });

  it('table output names the most overloaded units in correct Vietnamese', () => {
    const result = runCli(['analyze', '--top', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/SYNTHETIC/);
    const overloaded = byUnit.filter((u) => u.status === 'overloaded');
    // at least one of the top three printed is an overloaded unit's exact NFC name
    expect(overloaded.some((u) => result.stdout.includes(u.name))).toBe(true);
    expect(result.stdout.normalize('NFC')).toBe(result.stdout);
  });

  it('prints the data note and a footnote for every listed unit with a flagged population; csv has pop_flag', () => {
    const ds = loadVietNam();
    const flags = unitQualityFlags(ds);
    // Quảng Trị (44) holds Đặc khu Cồn Cỏ, population 139 flagged suspect_low(<1000) in the atlas data.
    const result = runCli(['analyze', '--province', '44', '--top', '10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`NOTE: ${dataNote(ds.meta)}`);
    expect(result.stdout).toMatch(/REAL: .*DERIVED: terrain.*SYNTHETIC: headcount and workload/);
    const inProvince = (ds.units.objects() as { code: string; province_code: string }[]).filter((u) => u.province_code === '44' && flags.has(u.code));
    expect(result.stdout).toContain(`(${inProvince.length} of these units have a flagged population figure`);
    const listed = [...result.stdout.matchAll(/^(\d{5})  (.+?)(\*?)  /gm)];
    expect(listed.length).toBeGreaterThan(0);
    for (const [, code, , mark] of listed) {
      expect(mark, code).toBe(flags.has(code!) ? '*' : '');
      if (flags.has(code!)) expect(result.stdout).toContain(`${code} ${flags.get(code!)}`);
    }
    expect(listed.some(([, code]) => code === '19742')).toBe(true); // Cồn Cỏ is among the most underloaded
    const csv = runCli(['analyze', '--province', '44', '--format', 'csv']);
    const rows = parseDataCsv(csv.stdout, 'stdout', ['unit_code', 'pop_flag']).rows;
    expect(rows.length).toBe(78); // Quảng Trị: 78 units (provinces-2025.csv)
    for (const row of rows) expect(row.pop_flag, row.unit_code).toBe(flags.get(row.unit_code!) ?? '');
  });

  it('--province filters to one province (TP Hồ Chí Minh has 168 units)', () => {
    const result = runCli(['analyze', '--province', '79', '--format', 'csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 168); // header + units (provinces-2025.csv)
    expect(lines.slice(1).every((l) => l.split(',')[2] === '79')).toBe(true);
  });

  it('bad input: unknown province and bad format exit 2 with a clear message and write nothing', () => {
    const out = join(dir, 'never.csv');
    const province = runCli(['analyze', '--province', '99', '--out', out]);
    expect(province.code).toBe(2);
    expect(province.stderr).toMatch(/--province: got "99"; expected a province of the dataset, by code/);
    const format = runCli(['analyze', '--format', 'xml', '--out', out]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/expected table \| csv \| json/);
    expect(existsSync(out)).toBe(false);
  });
});
