/**
 * The optional unit columns island, land_border (0/1) and pop_flag (text), and meta.note: read from every
 * format with the same error rules as the other columns, written back and read back unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataset, datasetRows, dataNote, GENERIC_SYNTHETIC_NOTE, unitQualityFlags } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';
import { tinyRows } from '../../core/test/fixtures/tiny-dataset.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'data', 'sample');
const tmp = mkdtempSync(join(tmpdir(), 'canbang-quality-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The sample's units.csv with the three optional columns appended to every row.
function sampleWith(cells: (row: number) => string, name: string): string {
  const dir = join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  const [header, ...rows] = readFileSync(join(SAMPLE, 'units.csv'), 'utf8').trim().split('\n');
  writeFileSync(join(dir, 'units.csv'), [`${header},island,land_border,pop_flag`, ...rows.map((r, i) => `${r},${cells(i + 1)}`)].join('\n') + '\n');
  return dir;
}

describe('optional unit columns island, land_border, pop_flag', () => {
  it('reads them from CSV: 0/1 flags as numbers, the flag text as written, empty cells as absent', async () => {
    const dir = sampleWith((row) => (row === 2 ? '1,0,suspect_low(<1000)' : row === 3 ? ',,' : '0,1,'), 'ok');
    const ds = await readDataset(dir);
    const rows = datasetRows(ds).units;
    expect(rows[0]).toMatchObject({ island: 0, land_border: 1 });
    expect(rows[0]).not.toHaveProperty('pop_flag');
    expect(rows[1]).toMatchObject({ island: 1, land_border: 0, pop_flag: 'suspect_low(<1000)' });
    expect(rows[2]).not.toHaveProperty('island');
    expect(unitQualityFlags(ds)).toEqual(new Map([[rows[1]!.code, 'suspect_low(<1000)']]));
  });

  it('refuses a flag other than 0 or 1, naming file, row and column', async () => {
    // The second unit: rows given in code are counted as items from 1.
    const dir = sampleWith((row) => (row === 2 ? '2,0,' : '0,0,'), 'bad-island');
    await expect(readDataset(dir)).rejects.toThrow(/units\.csv, row [23], column "island": got 2; expected one of 0 \| 1/);
    const text = sampleWith((row) => (row === 1 ? '0,yes,' : '0,0,'), 'bad-border');
    await expect(readDataset(text)).rejects.toThrow(/units\.csv, row [12], column "land_border": got "yes"/);
  });

  it('refuses the same in createDataset (plain rows from a script)', () => {
    const rows = tinyRows();
    const units = rows.units.map((u, i) => (i === 1 ? { ...u, island: 0.5 } : u));
    expect(() => createDataset({ ...rows, units })).toThrow(/item 2, column "island": got 0\.5; expected one of 0 \| 1/);
    const flagged = rows.units.map((u, i) => (i === 0 ? { ...u, pop_flag: 7 as unknown as string } : u));
    expect(() => createDataset({ ...rows, units: flagged })).toThrow(/item 1, column "pop_flag": got 7; expected a non-empty text/);
  });

  it('writes them and meta.note to CSV, JSON and XLSX and reads them back unchanged', async () => {
    const rows = tinyRows();
    const ds = createDataset({
      ...rows,
      units: rows.units.map((u, i) => (i === 0 ? { ...u, island: 1, land_border: 0, pop_flag: 'imputed(test)' } : u)),
      meta: { ...rows.meta, note: 'REAL: names. SYNTHETIC: the rest.' },
    });
    for (const target of ['dir', 'ds.json', 'ds.xlsx']) {
      const path = join(tmp, `round-${target}`);
      await writeDataset(ds, path);
      const back = await readDataset(path);
      expect(datasetRows(back).units, target).toEqual(datasetRows(ds).units);
      expect(back.meta.note, target).toBe('REAL: names. SYNTHETIC: the rest.');
    }
  });
});

describe('dataNote', () => {
  it("gives the dataset's own note, else the generic SYNTHETIC note for synthetic data, else nothing", () => {
    const meta = tinyRows().meta;
    expect(dataNote({ ...meta, note: 'REAL: x.' })).toBe('REAL: x.');
    expect(dataNote({ ...meta, synthetic: true })).toBe(GENERIC_SYNTHETIC_NOTE);
    expect(dataNote({ ...meta, synthetic: true, note: '  ' })).toBe(GENERIC_SYNTHETIC_NOTE);
    expect(dataNote({ ...meta, synthetic: false })).toBe('');
  });

  it('refuses a meta note that is not text', () => {
    const rows = tinyRows();
    expect(() => createDataset({ ...rows, meta: { ...rows.meta, note: 5 as unknown as string } })).toThrow(/column "note": got 5; expected a text/);
  });
});
