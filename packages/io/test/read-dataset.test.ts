import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CanbangInputError, datasetRows } from '@canbang/core';
import { DEFAULT_READ_META, readDataset, writeDataset } from '@canbang/io';

const SAMPLE = fileURLToPath(new URL('../../../data/sample', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const lines = (file: string) => readFileSync(join(SAMPLE, file), 'utf8').trim().split('\n').length - 1;

describe('readDataset on the sample directory', () => {
  it('loads every table with as many rows as the CSV files have data lines', async () => {
    const ds = await readDataset(SAMPLE);
    expect(ds.units.numRows()).toBe(lines('units.csv'));
    expect(ds.headcount.numRows()).toBe(lines('headcount.csv'));
    expect(ds.volumes.numRows()).toBe(lines('volumes.csv'));
    expect(ds.standards.numRows()).toBe(lines('standards.csv'));
    expect(ds.provinces.numRows()).toBe(lines('provinces.csv'));
    expect(ds.fields.numRows()).toBe(lines('fields.csv'));
    // README.md of data/sample promises 6 units, 18 headcount rows and 36 volume rows.
    expect([ds.units.numRows(), ds.headcount.numRows(), ds.volumes.numRows()]).toEqual([6, 18, 36]);
    expect(ds.meta.synthetic).toBe(true);
    expect(ds.meta.periodsPerYear).toBe(4);
  });

  it('types columns strictly: codes stay text with leading zeros, empty optional numbers are null', async () => {
    const rows = datasetRows(await readDataset(SAMPLE));
    expect(rows.units[0]).toEqual({
      code: '03127', name: 'Phường Điện Biên Phủ', kind: 'ward', province_code: '11',
      population: 62000, area_km2: 64.5, lat: 21.386, lon: 103.017, terrain: 'mountain',
    });
    // volumes.csv line 3: "03127,office,incoming_documents,12300,," (on_time and backlog empty).
    expect(rows.volumes[1]).toMatchObject({ activity: 'incoming_documents', cases: 12300, on_time: null, backlog: null });
    // standards.csv: a support row has no minutes_per_case and share 12.
    expect(rows.standards.find((s) => s.activity === 'meetings')).toMatchObject({ kind: 'support', minutes_per_case: null, share: 12, hours: null });
  });

  it('normalises Vietnamese text to NFC (a file saved in decomposed NFD form reads the same)', async () => {
    const dir = join(tmp, 'nfd');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'units.csv'), readFileSync(join(SAMPLE, 'units.csv'), 'utf8').normalize('NFD'));
    const name = datasetRows(await readDataset(dir)).units[0]!.name;
    expect(name).toBe('Phường Điện Biên Phủ'.normalize('NFC'));
    expect(name.length).toBe('Phường Điện Biên Phủ'.normalize('NFC').length);
  });

  it('reads CRLF line ends, quoted fields with commas, doubled quotes and line breaks, and spaces around quotes', async () => {
    const dir = join(tmp, 'crlf');
    cpSync(SAMPLE, dir, { recursive: true });
    const [header, first, ...rest] = readFileSync(join(SAMPLE, 'units.csv'), 'utf8').trim().split('\n');
    const quotedName = first!.replace('Phường Điện Biên Phủ', ' "Phường ""Điện Biên"",\r\nPhủ" ');
    writeFileSync(join(dir, 'units.csv'), [header, quotedName, ...rest].join('\r\n') + '\r\n');
    const rows = datasetRows(await readDataset(dir));
    expect(rows.units[0]!.name).toBe('Phường "Điện Biên",\r\nPhủ');
    expect(rows.units.slice(1)).toEqual(datasetRows(await readDataset(SAMPLE)).units.slice(1));
  });

  it('matches file names case-insensitively (Units.CSV as saved on Windows)', async () => {
    const dir = join(tmp, 'upper');
    cpSync(SAMPLE, dir, { recursive: true });
    renameSync(join(dir, 'units.csv'), join(dir, 'Units.CSV'));
    expect(datasetRows(await readDataset(dir))).toEqual(datasetRows(await readDataset(SAMPLE)));
  });

  it('uses DEFAULT_READ_META (and options.meta) when there is no meta.json', async () => {
    const dir = join(tmp, 'nometa');
    cpSync(SAMPLE, dir, { recursive: true });
    rmSync(join(dir, 'meta.json'));
    expect((await readDataset(dir)).meta).toEqual({ ...DEFAULT_READ_META, name: 'nometa', source: dir });
    expect((await readDataset(dir, { meta: { period: '2025-Q4', periodsPerYear: 12 } })).meta).toMatchObject({ period: '2025-Q4', periodsPerYear: 12 });
  });

  it('rejects a meta.json with an impossible periodsPerYear, naming the key', async () => {
    const dir = join(tmp, 'badmeta');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'meta.json'), '{"periodsPerYear": 0}');
    await expect(readDataset(dir)).rejects.toThrow(/meta\.json, column "periodsPerYear": got 0; expected a number of periods per year > 0/);
  });

  it('ignores columns it does not know (the registry file has an extra province_name)', async () => {
    const dir = join(tmp, 'extra');
    cpSync(SAMPLE, dir, { recursive: true });
    const text = readFileSync(join(SAMPLE, 'units.csv'), 'utf8').split('\n').map((l, i) => (l ? `${l},${i === 0 ? 'note' : 'x'}` : l)).join('\n');
    writeFileSync(join(dir, 'units.csv'), text);
    expect(datasetRows(await readDataset(dir))).toEqual(datasetRows(await readDataset(SAMPLE)));
  });
});

describe('readDataset reads what writeDataset writes, in all three forms', () => {
  for (const target of ['copy', 'copy.json', 'copy.xlsx']) {
    it(target, async () => {
      const original = await readDataset(SAMPLE);
      const path = join(tmp, target);
      await writeDataset(original, path);
      expect(datasetRows(await readDataset(path))).toEqual(datasetRows(original));
      expect(readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });
  }
});

describe('readDataset on .xlsx workbooks', () => {
  it('names book.xlsx#sheet, the row as the sheet numbers it and the column of a bad cell', async () => {
    const book = join(tmp, 'bad.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    // Cell D4: row 4 as Excel shows it (row 1 is the header); column D is "cases".
    wb.getWorksheet('volumes')!.getCell('D4').value = 'ba trăm';
    await wb.xlsx.writeFile(book);
    const error = await readDataset(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CanbangInputError);
    expect(error).toMatchObject({ source: `${book}#volumes`, row: 4, column: 'cases', value: 'ba trăm' });
  });

  it('translates validation errors to sheet rows, skipping blank rows (row 5 of the sheet below a blank row 3)', async () => {
    const book = join(tmp, 'blank.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const sheet = wb.getWorksheet('headcount')!;
    sheet.spliceRows(3, 0, []); // a blank sheet row 3; the old row 4 moves to row 5
    sheet.getCell('C5').value = -4;
    await wb.xlsx.writeFile(book);
    // Cell C5: sheet row 5, as Excel shows it.
    await expect(readDataset(book)).rejects.toMatchObject({ source: `${book}#headcount`, row: 5, column: 'staff', value: -4 });
  });

  it('reads formula cells by their saved result and refuses formulas without one', async () => {
    const book = join(tmp, 'formula.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.getWorksheet('headcount')!.getCell('C2').value = { formula: '4+5', result: 9 };
    await wb.xlsx.writeFile(book);
    expect(datasetRows(await readDataset(book)).headcount[0]!.staff).toBe(9);
    wb.getWorksheet('headcount')!.getCell('C2').value = { formula: '4+5' } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(book);
    await expect(readDataset(book)).rejects.toMatchObject({ source: `${book}#headcount`, row: 2, column: 'staff', value: 'formula =4+5' }); // cell C2
  });

  it('checks the unpacked size from the zip directory before unpacking (zip-bomb guard, limit overridable)', async () => {
    const book = join(tmp, 'packed.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const packed = readFileSync(book).length;
    // The XML inside an .xlsx is several times its zipped size, so a limit equal to the file size must trip.
    const error = await readDataset(book, { limits: { maxUnzippedBytes: packed } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CanbangInputError);
    expect((error as CanbangInputError).expected).toBe(`at most ${packed} bytes unpacked (limits.maxUnzippedBytes)`);
    const unpacked = Number(/unpacks to (\d+) bytes/.exec(String((error as CanbangInputError).value))![1]);
    expect(unpacked).toBeGreaterThan(packed);
    // With the limit at exactly the unpacked size the workbook loads.
    expect((await readDataset(book, { limits: { maxUnzippedBytes: unpacked } })).units.numRows()).toBe(6);
  });

  it('a title row above the header gives the missing columns and says the header must be row 1', async () => {
    const book = join(tmp, 'title.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.getWorksheet('headcount')!.spliceRows(1, 0, ['BIÊN CHẾ THEO LĨNH VỰC']);
    await wb.xlsx.writeFile(book);
    await expect(readDataset(book)).rejects.toMatchObject({
      source: `${book}#headcount`,
      column: 'unit_code, field, staff',
      value: 'columns "BIÊN CHẾ THEO LĨNH VỰC"',
      expected: expect.stringContaining('the header must be row 1 of the sheet'),
    });
  });

  it('lists the sheets a workbook has when a required one is missing', async () => {
    const book = join(tmp, 'nosheet.xlsx');
    await writeDataset(await readDataset(SAMPLE), book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.removeWorksheet(wb.getWorksheet('standards')!.id);
    await wb.xlsx.writeFile(book);
    await expect(readDataset(book)).rejects.toThrow('got "sheets units, headcount, volumes, provinces, fields, meta"; expected a sheet named "standards"');
  });
});
