import { existsSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CanbangInputError, datasetRows } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';
import { caseDir, caseInput, SAMPLE_DIR } from './malformed.ts';

const base = mkdtempSync(join(tmpdir(), 'canbang-hardened-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Expect {
  /** File name the error's source must end with. */
  file: string;
  row?: number;
  column?: string;
  /** Substring of String(error.value). */
  value?: string;
  /** Substring of error.expected. */
  expected: string;
}

// Each case: the fixture directory under test/fixtures/malformed and the error it must give.
// Rows are numbered as a spreadsheet shows them (header = row 1, first data row = row 2; see
// test/fixtures/malformed/README.md); JSON rows are items of the table's array, counted from 1.
const CASES: Record<string, Expect> = {
  'missing-columns': { file: 'units.csv', column: 'population, terrain', value: '"lat"', expected: 'include population, terrain' },
  'semicolon-decimal-comma': { file: 'units.csv', row: 2, column: 'area_km2', value: '64,5', expected: '"." as the decimal point' },
  'pipe-delimiter': { file: 'units.csv', column: 'code, name, kind, province_code, population, area_km2, terrain', value: 'code|name', expected: 'one column only' },
  // Byte 73 = 65 bytes of header line + "03127,Ph" (8 bytes): the first byte of "ư" in Windows-1258 (0xFD).
  'windows-1258': { file: 'units.csv', row: 2, value: 'bytes 0xfd 0xf5 0xcc 0x6e at byte offset 73 (line 2)', expected: 'save it as UTF-8' },
  'mixed-encodings': { file: 'units.csv', row: 5, value: 'line 5', expected: 'save it as UTF-8' },
  'utf-16': { file: 'units.csv', value: 'UTF-16', expected: 'CSV UTF-8' },
  'duplicate-codes': { file: 'units.csv', row: 4, column: 'code', value: '03127', expected: 'duplicate unit' },
  'unknown-unit': { file: 'headcount.csv', row: 6, column: 'unit_code', value: '99999', expected: 'a unit code listed in the units table' },
  'unknown-field': { file: 'headcount.csv', row: 3, column: 'field', value: 'lands', expected: 'a field that has time standards' },
  'unknown-activity': { file: 'volumes.csv', row: 4, column: 'activity', value: 'land_registry', expected: 'listed in the standards table' },
  nan: { file: 'volumes.csv', row: 3, column: 'cases', value: 'NaN', expected: 'a finite number' },
  infinity: { file: 'headcount.csv', row: 5, column: 'staff', value: 'Infinity', expected: 'a finite number' },
  // Staff are FTE since issue 17: a negative count is refused, a fraction is accepted (see 'fractional-staff' below).
  'negative-staff': { file: 'headcount.csv', row: 7, column: 'staff', value: '-2', expected: 'a finite number >= 0' },
  'non-numeric-volume': { file: 'volumes.csv', row: 6, column: 'cases', value: '12abc', expected: 'a number written with digits' },
  'absurd-volume': { file: 'volumes.csv', row: 2, column: 'cases', value: '1000000000', expected: 'plausibility limit limits.maxCases' },
  'empty-file': { file: 'volumes.csv', value: 'empty file', expected: 'a header row' },
  'blank-file': { file: 'volumes.csv', value: 'empty file', expected: 'a header row' },
  'header-only': { file: 'headcount.csv', value: 'no data rows', expected: 'at least one headcount row' },
  // Spreadsheet row 5 is blank; the bad row is row 7 (line 7 of the file; validation saw it as its 5th item).
  'blank-line-then-bad-row': { file: 'headcount.csv', row: 7, column: 'staff', value: '-1', expected: 'a finite number >= 0' },
  'unclosed-quote': { file: 'units.csv', row: 3, value: 'never closed', expected: 'every opening double quote closed' },
  'ragged-row': { file: 'units.csv', row: 4, value: '10 fields', expected: '9 fields like the header' },
  'xlsx-renamed': { file: 'units.csv', value: 'zip archive', expected: '.xlsx extension' },
  'json-proto': { file: 'dataset.json', row: 2, column: '__proto__', value: '$.units[1]', expected: '__proto__, constructor and prototype are not allowed' },
  'json-constructor': { file: 'dataset.json', column: 'constructor', value: '$.meta', expected: 'are not allowed' },
  'json-nan': { file: 'dataset.json', value: 'invalid JSON', expected: 'NaN and Infinity are not JSON' },
  // Vietnamese thousands separators (issue 9): refused, never read as 15.6 cases or 62 residents.
  'semicolon-thousands': { file: 'volumes.csv', row: 2, column: 'cases', value: '15.600', expected: 'write 15600 without separators or 15.6 without trailing zeros' },
  'thousands-population': { file: 'units.csv', row: 2, column: 'population', value: '62.000', expected: '(population is a whole number); write 62000 without separators' },
  // A second "headcount" key (line 559) would replace the whole table with its one row.
  'json-duplicate-key': { file: 'dataset.json', column: 'headcount', value: 'key "headcount" twice in $ (line 559)', expected: 'each key once per object' },
  'json-string-number': { file: 'dataset.json#headcount', row: 1, column: 'staff', value: '7', expected: 'a JSON number' },
};

// The whole pipeline a command runs: read, then write; a bad input must leave no output behind.
async function readThenWrite(input: string, out: string): Promise<unknown> {
  try {
    await writeDataset(await readDataset(input, { limits: { maxFileBytes: 10 * 1024 * 1024 } }), out);
    return undefined;
  } catch (error) {
    return error;
  }
}

function assertError(error: unknown, e: Expect): void {
  expect(error).toBeInstanceOf(CanbangInputError);
  const err = error as CanbangInputError;
  expect(err.source.endsWith(e.file)).toBe(true);
  expect(err.row).toBe(e.row);
  expect(err.column).toBe(e.column);
  if (e.value !== undefined) expect(String(err.value)).toContain(e.value);
  expect(err.expected).toContain(e.expected);
  // The message carries every part, for the CLI's one-line error.
  expect(err.message).toContain(e.file);
  if (e.row !== undefined) expect(err.message).toContain(`${e.file.includes('.json') ? 'item' : 'row'} ${e.row}`);
  if (e.column !== undefined) expect(err.message).toContain(`column "${e.column}"`);
}

describe('hardened inputs: each malformed file gives a CanbangInputError naming file, row, column, value', () => {
  for (const [name, e] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = caseDir(name, base);
      const out = join(base, `${name}-out`);
      const error = await readThenWrite(caseInput(dir), out);
      assertError(error, e);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('never pollutes Object.prototype while reading __proto__ / constructor keys', async () => {
    await readThenWrite(caseInput(caseDir('json-proto', base)), join(base, 'p1'));
    await readThenWrite(caseInput(caseDir('json-constructor', base)), join(base, 'p2'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hardened inputs that are accepted: BOM, ";" and tab delimiters read the same as the sample', () => {
  for (const name of ['bom', 'semicolon', 'tab', 'json-valid']) {
    it(name, async () => {
      const expected = datasetRows(await readDataset(SAMPLE_DIR));
      const got = datasetRows(await readDataset(caseInput(caseDir(name, base))));
      // json-valid has its own meta; every table must be identical.
      const { meta: _m1, ...a } = got;
      const { meta: _m2, ...b } = expected;
      expect(a).toEqual(b);
    });
  }
});

describe('fractional staff are full-time equivalents (issue 17)', () => {
  it('fractional-staff reads: the 2.5 on spreadsheet row 8 of headcount.csv (its 7th data row) is kept as 2.5 FTE', async () => {
    const rows = datasetRows(await readDataset(caseInput(caseDir('fractional-staff', base))));
    expect(rows.headcount[6]!.staff).toBe(2.5);
  });
});

describe('hardened inputs built on the fly', () => {
  it('a 100 MB file is refused from its size before being read (limit 64 MiB, overridable)', async () => {
    const dir = caseDir('bom', base).replace(/bom$/, 'big');
    const bomDir = caseDir('bom', join(base, 'big-src'));
    const { cpSync, openSync, writeSync, closeSync } = await import('node:fs');
    cpSync(bomDir, dir, { recursive: true });
    // 100 MB of real CSV rows, written in 1 MB chunks (never committed).
    const row = '03127,office,certification,5200,5100,40\n';
    const chunk = row.repeat(Math.ceil((1024 * 1024) / row.length));
    const fd = openSync(join(dir, 'volumes.csv'), 'w');
    writeSync(fd, 'unit_code,field,activity,cases,on_time,backlog\n');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const out = join(base, 'big-out');
    const error = await (async () => {
      try {
        await writeDataset(await readDataset(dir), out);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CanbangInputError);
    const err = error as CanbangInputError;
    expect(err.source).toBe(join(dir, 'volumes.csv'));
    // 100 chunks of >= 1 MiB each, so more than 100 * 2^20 bytes; the default limit is 64 * 2^20.
    expect(Number(String(err.value).split(' ')[0])).toBeGreaterThan(100 * 1024 * 1024);
    expect(err.expected).toContain(`at most ${64 * 1024 * 1024} bytes (limits.maxFileBytes`);
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('the size limit is an option: the sample units.csv (over 400 bytes) fails under a 400-byte limit', async () => {
    // units.csv of the sample is a 64-byte header plus 6 rows of 60-80 bytes (493 bytes by wc -c).
    expect(readFileSync(join(SAMPLE_DIR, 'units.csv')).length).toBeGreaterThan(400);
    await expect(readDataset(SAMPLE_DIR, { limits: { maxFileBytes: 400 } })).rejects.toThrow(/units\.csv.*at most 400 bytes/);
  });

  it('a missing required file, a missing path and an unknown extension are named', async () => {
    const dir = caseDir('bom', join(base, 'no-volumes'));
    rmSync(join(dir, 'volumes.csv'));
    await expect(readDataset(dir)).rejects.toThrow(/volumes\.csv.*expected a volumes\.csv file/);
    await expect(readDataset(join(base, 'nowhere'))).rejects.toThrow(/nowhere: got "ENOENT"/);
    const txt = join(base, 'data.txt');
    writeFileSync(txt, 'x');
    await expect(readDataset(txt)).rejects.toThrow(/a directory of CSV files, a \.json file or an \.xlsx workbook/);
  });

  it('a corrupt xlsx is refused as a workbook, not a crash', async () => {
    const book = join(base, 'corrupt.xlsx');
    copyFileSync(join(SAMPLE_DIR, 'units.csv'), book);
    await expect(readDataset(book)).rejects.toBeInstanceOf(CanbangInputError);
    // A CSV under an .xlsx name (which SheetJS would read as a sheet) is refused as not a zip.
    await expect(readDataset(book)).rejects.toMatchObject({ value: 'an unreadable workbook (not a zip archive)' });
  });

  it('leaves no temp files in the input directory', () => {
    const left = readdirSync(base, { recursive: true }).map(String).filter((f) => f.includes('.tmp-'));
    expect(left).toEqual([]);
  });
});
