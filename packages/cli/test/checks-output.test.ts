import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from './support/run-main.ts';
import { terminalText } from '../src/terminal-text.ts';
import { textTable } from '../src/format/text-table.ts';

const SAMPLE = fileURLToPath(new URL('../../../data/sample', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../../../data/scenarios/civil-status-simplification.json', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-cli-checks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

// The sample with ward 03127 typed as 62 residents (62.000 with its thousands lost): one population_low warning,
// on units.csv row 2. `name` replaces the ward's name (to put control characters in it).
function lowPopulation(dirName: string, name = 'Phường Điện Biên Phủ'): string {
  const dir = join(tmp, dirName);
  cpSync(SAMPLE, dir, { recursive: true });
  const units = readFileSync(join(dir, 'units.csv'), 'utf8').replace('Phường Điện Biên Phủ,ward,11,62000,', `"${name}",ward,11,62,`);
  writeFileSync(join(dir, 'units.csv'), units);
  return dir;
}

describe('input warnings in CLI outputs', () => {
  const data = lowPopulation('low');

  it('are printed on stderr, one line each, and the run succeeds', async () => {
    const out = join(tmp, 'a.json');
    const { code, stderr } = await runMain(['analyze', '--data', data, '--format', 'json', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`canbang: warning: ${join(data, 'units.csv')}, row 2, column "population": got "62"; ward 03127`);
    expect(JSON.parse(readFileSync(out, 'utf8')).checks).toEqual([expect.objectContaining({ code: 'population_low', row: 2, column: 'population', value: '62' })]);
  });

  it('--strict makes them an error: exit 2, one error line, nothing written', async () => {
    const out = join(tmp, 'strict.csv');
    const { code, stderr } = await runMain(['analyze', '--data', data, '--strict', '--out', out]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^canbang: error: .*units\.csv, row 2, column "population": got "62"; expected no warnings under --strict \(.*\[population_low\]; 1 warning in all/);
    expect(existsSync(out)).toBe(false);
  });

  it('a CSV output gets <name>.checks.csv beside it; the workbook a checks sheet; the report a section', async () => {
    const csv = join(tmp, 'units.out.csv');
    expect((await runMain(['analyze', '--data', data, '--format', 'csv', '--out', csv])).code).toBe(0);
    const checksCsv = readFileSync(join(tmp, 'units.out.checks.csv'), 'utf8').split('\n');
    expect(checksCsv[0]).toBe('code,source,row,column,value,message');
    expect(checksCsv[1]).toMatch(/^population_low,.*units\.csv,2,population,62,/);

    const xlsx = join(tmp, 'a.xlsx');
    expect((await runMain(['analyze', '--data', data, '--out', xlsx])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('checks')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['code', 'source', 'row', 'column', 'value', 'message']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['population_low', join(data, 'units.csv'), 2, 'population', '62']);

    const html = join(tmp, 'r.html');
    expect((await runMain(['report', '--data', data, '--out', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/<section id="checks"><h2>Input checks<\/h2>[\s\S]*population_low[\s\S]*units\.csv, row 2, population/);
  }, 60_000);

  it('scenario and plan JSON outputs carry them too', async () => {
    const scenario = join(tmp, 's.json');
    expect((await runMain(['scenario', SCENARIO, '--data', data, '--format', 'json', '--out', scenario])).code).toBe(0);
    expect(JSON.parse(readFileSync(scenario, 'utf8')).checks.map((c: { code: string }) => c.code)).toEqual(['population_low']);
    const plan = join(tmp, 'p.json');
    expect((await runMain(['plan', '--data', data, '--format', 'json', '--out', plan])).code).toBe(0);
    expect(JSON.parse(readFileSync(plan, 'utf8')).checks.map((c: { code: string }) => c.code)).toEqual(['population_low']);
  }, 60_000);

  it('a clean run removes a stale .checks.csv of the same output', async () => {
    const csv = join(tmp, 'clean.csv');
    writeFileSync(join(tmp, 'clean.checks.csv'), 'stale\n');
    expect((await runMain(['analyze', '--data', SAMPLE, '--format', 'csv', '--out', csv])).code).toBe(0);
    expect(existsSync(join(tmp, 'clean.checks.csv'))).toBe(false);
  });
});

describe('terminal output escapes control characters from data', () => {
  it('an escape sequence in a unit name reaches stderr as visible text', async () => {
    const data = lowPopulation('escape', 'Phường \u001b[2J\u001b]0;pwned\u0007X\u202e');
    const { code, stderr } = await runMain(['analyze', '--data', data, '--format', 'json', '--out', join(tmp, 'e.json')]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/); // only the line breaks between lines
    expect(stderr).toContain('Phường \\u001b[2J\\u001b]0;pwned\\u0007X\\u202e');
  });

  it('terminalText and the text tables keep Vietnamese letters and escape controls', () => {
    expect(terminalText('Xã Mường Nhé')).toBe('Xã Mường Nhé');
    expect(terminalText('a\r\nb\tc\u009bd')).toBe('a\\u000d\\u000ab\\u0009c\\u009bd');
    // 'A\u001b[31m' is 11 characters wide once escaped.
    expect(textTable([{ n: 'A\u001b[31m' }], [{ header: 'name', value: (r) => r.n }])).toBe('name\n-----------\nA\\u001b[31m\n');
  });
});

describe('relative paths under `pnpm canbang` resolve against the folder the user ran it from', () => {
  it('with npm_lifecycle_event=canbang, --data and --out are taken from INIT_CWD, and ENOENT shows the path tried', async () => {
    vi.stubEnv('npm_lifecycle_event', 'canbang');
    vi.stubEnv('INIT_CWD', tmp);
    try {
      const out = join(tmp, 'init-cwd', 'a.json');
      const data = relative(tmp, SAMPLE);
      expect((await runMain(['analyze', '--data', data, '--format', 'json', '--out', 'init-cwd/a.json'])).code).toBe(0);
      expect(existsSync(out)).toBe(true);
      const missing = await runMain(['analyze', '--data', 'no-such-folder']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`canbang: error: ${join(tmp, 'no-such-folder')}: got "ENOENT"`);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readdirSync(join(tmp, 'init-cwd'))).toEqual(['a.json']);
  });
});
