/**
 * The browser reader (`@canbang/io/browser` readPickedDataset, used by the notebooks' data page) against
 * the Node reader (`readDataset`, used by the CLI) on the same files: every malformed fixture and every
 * fixture workbook must give the SAME CanbangInputError (file or sheet, row, column, value, expected), and
 * a good dataset the same rows and warnings. The Node reader is the independent reference here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CanbangInputError, datasetRows, type Dataset } from '@canbang/core';
import { readDataset } from '@canbang/io';
import { readPickedDataset, type PickedFile } from '@canbang/io/browser';
import { caseDir, caseInput, MALFORMED_DIR, SAMPLE_DIR } from './malformed.ts';

const WORKBOOKS = join(import.meta.dirname, '..', 'fixtures', 'workbooks');

/** The files a user would pick for `input` (a folder: its files, as a browser names them `folder/name`). */
function picked(input: string): PickedFile[] {
  const parent = join(input, '..');
  if (!statSync(input).isDirectory()) return [{ path: relative(parent, input), bytes: readFileSync(input) }];
  return readdirSync(input)
    .filter((name) => statSync(join(input, name)).isFile())
    .map((name) => ({ path: relative(parent, join(input, name)), bytes: readFileSync(join(input, name)) }));
}

/** Outcome of a reader: the error's parts with the folder prefix made relative, or the rows and warnings. */
async function outcome(read: () => Promise<Dataset>, prefix: string): Promise<unknown> {
  try {
    const ds = await read();
    return { rows: datasetRows(ds), checks: (ds.checks ?? []).map((c) => ({ ...c, source: c.source?.replace(prefix, '') })) };
  } catch (error) {
    if (!(error instanceof CanbangInputError)) throw error;
    return { source: error.source.replace(prefix, ''), row: error.row, rowLabel: error.rowLabel, column: error.column, value: error.value, expected: error.expected };
  }
}

describe('readPickedDataset gives what readDataset gives on the same files', () => {
  const cases = readdirSync(MALFORMED_DIR).filter((name) => statSync(join(MALFORMED_DIR, name)).isDirectory());
  it.each(cases)('malformed case %s', async (name) => {
    const dir = caseDir(name);
    const input = caseInput(dir);
    const node = await outcome(() => readDataset(input), `${join(input, '..')}/`);
    const browser = await outcome(() => readPickedDataset(picked(input)), '');
    // Node names `<tmp>/<case>/units.csv`, the browser `<case>/units.csv`: compared without the temp prefix.
    expect(browser).toEqual(node);
  });

  const books = readdirSync(WORKBOOKS).filter((name) => name.endsWith('.xlsx'));
  it.each(books)('workbook %s', async (name) => {
    const input = join(WORKBOOKS, name);
    const node = await outcome(() => readDataset(input), `${WORKBOOKS}/`);
    const browser = await outcome(() => readPickedDataset(picked(input)), '');
    expect(browser).toEqual(node);
  });

  it('the sample folder reads to the same rows, and its message names a missing table as the CLI does', async () => {
    const parent = `${join(SAMPLE_DIR, '..')}/`;
    expect(await outcome(() => readPickedDataset(picked(SAMPLE_DIR)), '')).toEqual(await outcome(() => readDataset(SAMPLE_DIR), parent));
    const withoutVolumes = picked(SAMPLE_DIR).filter((f) => !f.path.endsWith('volumes.csv'));
    await expect(readPickedDataset(withoutVolumes)).rejects.toThrow(/sample\/volumes\.csv.*a volumes\.csv file in sample/);
  });

  it('refuses what is not one JSON, one workbook or CSV files', async () => {
    await expect(readPickedDataset([])).rejects.toThrow(CanbangInputError);
    await expect(readPickedDataset([{ path: 'book.ods', bytes: new Uint8Array([1]) }])).rejects.toThrow(/^book\.ods: .*extension/);
    const files = [...picked(SAMPLE_DIR), { path: 'sample/extra.xlsx', bytes: new Uint8Array([1]) }];
    await expect(readPickedDataset(files)).rejects.toThrow(/extra\.xlsx/);
    await expect(readPickedDataset([{ path: 'units.csv', bytes: new Uint8Array() }])).rejects.toThrow(/units\.csv.*empty file \(0 bytes\)/);
  });
});
