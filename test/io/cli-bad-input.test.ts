import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetRows } from '@canbang/core';
import { readDataset } from '@canbang/io';
import { runCli } from '../support/run-cli.ts';
import { caseDir, caseInput, SAMPLE_DIR } from './malformed.ts';

// The real binary (node packages/cli/bin/canbang.js) on malformed inputs: exit code 2, one clear line on
// stderr naming file / row / column, and no --out file (nor temp file) left behind. Each run starts the CLI
// through tsx (seconds), so this covers one case per kind of failure; test/io/hardened-inputs.test.ts has them all.
const base = mkdtempSync(join(tmpdir(), 'canbang-cli-bad-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const CASES: Record<string, RegExp> = {
  'missing-columns': /units\.csv, column "population, terrain"/,
  'windows-1258': /units\.csv, row 2: got "bytes 0xfd .* at byte offset 73 \(line 2\)"; expected UTF-8 text.*save it as UTF-8/,
  'negative-staff': /headcount\.csv, row 7, column "staff": got -2; expected a finite number >= 0/,
  'absurd-volume': /volumes\.csv, row 2, column "cases": got "1000000000"; expected at most 10000000 \(plausibility limit/,
  'empty-file': /volumes\.csv: got "an empty file \(0 bytes\)"/,
  'json-proto': /dataset\.json, item 2, column "__proto__"/,
};

describe('canbang analyze --data <malformed> --out F (real binary)', () => {
  for (const [name, message] of Object.entries(CASES)) {
    it(name, () => {
      const dir = caseDir(name, base);
      const out = join(base, `${name}.json`);
      const result = runCli(['analyze', '--data', caseInput(dir), '--format', 'json', '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^canbang: error: /);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(base).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });
  }

  it('the sample dataset itself analyses (exit 0) and writes F', () => {
    const out = join(base, 'sample.json');
    const result = runCli(['analyze', '--data', SAMPLE_DIR, '--format', 'json', '--out', out]);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('canbang template --out FILE.xlsx (real binary)', () => {
  it('writes a workbook that readDataset loads', async () => {
    const out = join(base, 'sub', 'template.xlsx');
    const result = runCli(['template', '--out', out]);
    expect(result.code).toBe(0);
    expect(datasetRows(await readDataset(out)).units.map((u) => u.code)).toEqual(['03127']);
  });

  it('refuses a non-.xlsx name with exit 2 and writes nothing', () => {
    const out = join(base, 'template.csv');
    const result = runCli(['template', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/template --out: got ".*template\.csv"; expected a file name ending in \.xlsx/);
    expect(existsSync(out)).toBe(false);
  });
});
