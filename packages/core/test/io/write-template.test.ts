import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetRows, readDataset, writeTemplate } from '@canbang/core';

const COMMITTED = fileURLToPath(new URL('../../../../data/template.xlsx', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-template-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cells(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []))]));
}

describe('writeTemplate', () => {
  it('has the instructions sheet first, then the four input sheets with headers and one example row, then meta', async () => {
    const file = join(tmp, 't.xlsx');
    await writeTemplate(file);
    const book = await cells(file);
    expect(Object.keys(book)).toEqual(['instructions', 'units', 'headcount', 'volumes', 'standards', 'meta']);
    expect(book.units![0]).toEqual(['code', 'name', 'kind', 'province_code', 'population', 'area_km2', 'lat', 'lon', 'terrain', 'island', 'land_border', 'pop_flag', 'quota']);
    expect(book.headcount![0]).toEqual(['unit_code', 'field', 'staff']);
    for (const sheet of ['units', 'headcount', 'volumes', 'standards']) expect(book[sheet]!.length).toBe(2);
    // Every column of every table is explained on the instructions sheet
    // (units 13 + headcount 3 + volumes 6 + standards 8 + provinces 2 + fields 4 + working_time 7 + individual_allowances 4 = 47 rows, plus meta and a general note).
    expect(book.instructions!.length).toBe(1 + 47 + 2);
  });

  it('formats code columns as text so 03127 keeps its leading zero when retyped', async () => {
    const file = join(tmp, 'fmt.xlsx');
    await writeTemplate(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('units')!.getColumn(1).numFmt).toBe('@');
    expect(wb.getWorksheet('units')!.getCell('A2').value).toBe('03127');
  });

  it('loads with readDataset as a one-unit dataset', async () => {
    const file = join(tmp, 'load.xlsx');
    await writeTemplate(file);
    const rows = datasetRows(await readDataset(file));
    expect(rows.units.map((u) => u.code)).toEqual(['03127']);
    expect(rows.volumes[0]).toMatchObject({ field: 'land', activity: 'land_registration', cases: 640 });
    expect(rows.meta.periodsPerYear).toBe(4);
  });

  it('data/template.xlsx in the repository is what writeTemplate writes today', async () => {
    const file = join(tmp, 'fresh.xlsx');
    await writeTemplate(file);
    expect(await cells(COMMITTED)).toEqual(await cells(file));
  });
});
