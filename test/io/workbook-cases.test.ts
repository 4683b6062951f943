// Workbook habits and hostile workbooks (issue 9's workbook cases): each fixture of test/fixtures/workbooks
// (made by its generate.ts from data/sample) is read right, refused clearly, or read with a warning check,
// and a refusal writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CanbangInputError, datasetRows, type Dataset } from '@canbang/core';
import { DEFAULT_READ_LIMITS, readDataset, writeDataset } from '@canbang/io';
import { xlsxToRaw } from '../../packages/io/src/xlsx-to-raw.ts';
import { SAMPLE_DIR } from './malformed.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/workbooks/', import.meta.url));
const book = (name: string) => join(FIXTURES, `${name}.xlsx`);
const base = mkdtempSync(join(tmpdir(), 'canbang-workbooks-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// The pipeline a command runs: read, then write; returns the error, and whether anything was written.
async function readThenWrite(name: string): Promise<{ error: unknown; written: boolean }> {
  const out = join(base, `${name}-out.xlsx`);
  let error: unknown;
  try {
    await writeDataset(await readDataset(book(name)), out);
  } catch (e) {
    error = e;
  }
  return { error, written: existsSync(out) };
}

async function checksOf(name: string, sheet: string) {
  const tables = await xlsxToRaw(readFileSync(book(name)), book(name), DEFAULT_READ_LIMITS);
  return tables.get(sheet)!.checks ?? [];
}

const sample = async (): Promise<Dataset> => readDataset(SAMPLE_DIR);

describe('merged cells read as blank, not as the merged value', () => {
  it('headcount C2:C3 merged (7 shown over 03127 land): land staff is blank, so the read is refused at sheet row 3', async () => {
    const { error, written } = await readThenWrite('merged-staff');
    expect(error).toBeInstanceOf(CanbangInputError);
    // Sheet row 3, as Excel numbers it (the header is row 1); before, exceljs read it as 7 (the merged value).
    expect(error).toMatchObject({ source: `${book('merged-staff')}#headcount`, row: 3, column: 'staff', value: null });
    // The refusal says why the cell the planner sees as 7 is empty.
    expect((error as CanbangInputError).expected).toBe(
      'a finite number >= 0 (the cell is inside merged cells C2:C3, which Excel shows with the value of C2 but stores empty: unmerge them and type each value)',
    );
    expect(written).toBe(false);
    const checks = await checksOf('merged-staff', 'headcount');
    expect(checks).toEqual([expect.objectContaining({ code: 'merged_cells', row: 2, value: 'C2:C3' })]);
    expect(checks[0]!.message).toContain('only C2 holds a value');
  });

  it('volumes E2:E3 merged: the second row has no on_time (null), not the first row\'s', async () => {
    const ds = await readDataset(book('merged-on-time'));
    const expected = datasetRows(await sample()).volumes;
    const got = datasetRows(ds).volumes;
    expect(got[0]!.on_time).toBe(expected[0]!.on_time);
    expect(got[1]!.on_time).toBeNull();
    expect(got.slice(2)).toEqual(expected.slice(2));
  });
});

describe('percent-formatted cells', () => {
  it('a share typed 12% (stored 0.12) reads 12, the percent shown, with a percent_cell check', async () => {
    const ds = await readDataset(book('percent-share'));
    // Sample standards row 3 (office meetings) has share 12.
    expect(datasetRows(ds).standards).toEqual(datasetRows(await sample()).standards);
    expect(await checksOf('percent-share', 'standards')).toEqual([
      expect.objectContaining({ code: 'percent_cell', source: `${book('percent-share')}#standards`, row: 4, column: 'share', value: '12%' }),
    ]);
  });
});

describe('sheets whose names give the same table, and hidden sheets', () => {
  it('a hidden "Units " next to "units" is refused naming both sheets', async () => {
    const { error, written } = await readThenWrite('hidden-duplicate');
    expect(error).toBeInstanceOf(CanbangInputError);
    expect((error as Error).message).toBe(
      `${book('hidden-duplicate')}: got "sheets \\"units\\" and \\"Units \\" (hidden)"; expected one sheet named "units" (sheet names are read trimmed and case-insensitively): delete or rename one of them (unhide sheets in Excel to see them)`,
    );
    expect(written).toBe(false);
  });

  it('two visible sheets "units" and " UNITS" are refused the same way', async () => {
    const { error, written } = await readThenWrite('visible-duplicate');
    expect((error as CanbangInputError).value).toBe('sheets "units" and " UNITS"');
    expect(written).toBe(false);
  });

  it('a hidden standards sheet that is the only one is read, with a hidden_sheet check', async () => {
    expect(datasetRows(await readDataset(book('hidden-standards'))).standards).toEqual(datasetRows(await sample()).standards);
    expect((await checksOf('hidden-standards', 'standards')).map((c) => c.code)).toEqual(['hidden_sheet']);
  });
});

describe('characters XML cannot hold', () => {
  it('the reader removes U+FFFE and U+0001 from a unit name and says where', async () => {
    const ds = await readDataset(book('illegal-characters'));
    expect(datasetRows(ds).units[0]!.name).toBe(datasetRows(await sample()).units[0]!.name);
    expect(await checksOf('illegal-characters', 'units')).toEqual([
      expect.objectContaining({ code: 'xml_illegal_character', row: 2, column: 'name', value: 'U+FFFE U+0001' }),
    ]);
  });

  it('the writer strips them, so the workbook reads back (before, U+FFFE made it unreadable)', async () => {
    const rows = datasetRows(await sample());
    const first = rows.units[0]!;
    const dirty = { ...first, name: `${first.name}\uFFFE\uFFFF\u0001\uD800` };
    const { createDataset } = await import('@canbang/core');
    const out = join(base, 'dirty.xlsx');
    await writeDataset(createDataset({ ...rows, units: [dirty, ...rows.units.slice(1)] }), out);
    const back = await readDataset(out);
    expect(datasetRows(back).units[0]!.name).toBe(first.name);
    expect((await xlsxToRaw(readFileSync(out), out, DEFAULT_READ_LIMITS)).get('units')!.checks).toEqual([]);
  });
});

describe('zip guard: inflated bytes are counted while unpacking', () => {
  it('an entry declaring 1,000 bytes that inflates to 200 MB is refused after at most 1,001 bytes', async () => {
    const start = performance.now();
    const { error, written } = await readThenWrite('lying-zip');
    expect(error).toBeInstanceOf(CanbangInputError);
    expect((error as CanbangInputError).value).toBe('zip entry xl/media/image1.png inflates to more, but the zip directory declares 1000 bytes');
    expect((error as CanbangInputError).expected).toContain('the file is damaged or crafted');
    expect(written).toBe(false);
    // Not a timing assertion on speed, a sanity bound: inflating all 200 MB would take seconds.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('a local header declaring 3 GB (what the parser would allocate) is refused before parsing', async () => {
    const { error, written } = await readThenWrite('lying-local-header');
    expect((error as CanbangInputError).value).toBe('zip entry xl/media/image1.png declares 3000000000 bytes in its local header, but the zip directory declares 1000 bytes');
    expect(written).toBe(false);
  });
});
