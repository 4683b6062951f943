import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetRows } from '@canbang/core';
import { readDataset, writeTemplate } from '@canbang/io';

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
    // Every column of the four sheets and of the two optional WISN sheets a planner may add is explained on the
    // instructions sheet (units 13 + headcount 3 + volumes 6 + standards 8 + working_time 7 + individual_allowances 4
    // = 41 rows), plus the meta row and the 4 general notes of TEMPLATE_TEXT.en.
    expect(book.instructions!.length).toBe(1 + 41 + 1 + 4);
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
});

describe('writeTemplate pre-filled', () => {
  const unit = { code: '00001', name: 'Xã A', kind: 'commune', province_code: '99', population: 5000, area_km2: 40, lat: null, lon: null, terrain: 'plain' } as const;
  const standards = [
    { field: 'land', activity: 'registration', kind: 'service', minutes_per_case: 150, share: null, hours: null },
    { field: 'land', activity: 'meetings', kind: 'support', minutes_per_case: null, share: 10, hours: null },
    { field: 'office', activity: 'documents', kind: 'service', minutes_per_case: 15, share: null, hours: null },
  ] as const;
  const fields = [
    { field: 'land', name_en: 'Land', name_vi: 'Đất đai', department: 'Economic' },
    { field: 'office', name_en: 'Office', name_vi: 'Văn phòng', department: 'Office' },
  ];

  it('lists one empty headcount row per unit x field and one volumes row per unit x service activity, with dropdowns and notes', async () => {
    const file = join(tmp, 'pre.xlsx');
    await writeTemplate(file, { units: [unit, { ...unit, code: '00002', name: 'Xã B' }], standards, fields, provinces: [{ province_code: '99', province_name: 'Tỉnh thử' }], lang: 'vi' });
    const book = await cells(file);
    expect(Object.keys(book)).toEqual(['instructions', 'units', 'headcount', 'volumes', 'standards', 'fields', 'provinces', 'meta']);
    // 2 units x 2 fields; 2 units x 2 service activities (the support activity has no cases).
    expect(book.headcount!.slice(1)).toEqual([['00001', 'land'], ['00001', 'office'], ['00002', 'land'], ['00002', 'office']]);
    expect(book.volumes!.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['00001', 'land', 'registration'], ['00001', 'office', 'documents'], ['00002', 'land', 'registration'], ['00002', 'office', 'documents'],
    ]);
    expect(book.instructions![0]).toEqual(['trang tính', 'cột', 'kiểu', 'bắt buộc', 'giới hạn', 'ý nghĩa']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // exceljs reads a validated range back cell by cell: check the first and the last validated row.
    const validations = (ws: string) => (wb.getWorksheet(ws) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const list = (ws: string, first: string, last: string) => {
      expect(validations(ws)[last]).toEqual(validations(ws)[first]);
      expect(validations(ws)[last.replace(/\d+$/, (n) => String(Number(n) + 1))]).toBeUndefined();
      return validations(ws)[first]!.formulae;
    };
    // VALIDATED_ROWS (2000) rows below the data rows.
    expect(list('units', 'C2', 'C2003')).toEqual(['"commune,ward,special_zone"']);
    expect(list('units', 'I2', 'I2003')).toEqual(['"plain,mountain,island"']);
    expect(list('headcount', 'B2', 'B2005')).toEqual(['fields!$A$2:$A$3']);
    expect(list('volumes', 'C2', 'C2005')).toEqual(['standards!$B$2:$B$4']);
    expect(list('standards', 'C2', 'C2004')).toEqual(['"service,support,additional"']);
    // The header note is the input message Excel shows when C1 is selected.
    expect(validations('headcount')['C1']).toMatchObject({ showInputMessage: true, promptTitle: 'staff', prompt: expect.stringContaining('Số công chức') });
  });

  it('a filled-in copy reads back with the units as given', async () => {
    const file = join(tmp, 'filled.xlsx');
    await writeTemplate(file, { units: [unit], standards, fields });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('headcount')!.getCell('C2').value = 2;
    wb.getWorksheet('headcount')!.getCell('C3').value = 1;
    wb.getWorksheet('volumes')!.getCell('D2').value = 300;
    wb.getWorksheet('volumes')!.getCell('D3').value = 900;
    await wb.xlsx.writeFile(file);
    const rows = datasetRows(await readDataset(file));
    expect(rows.units).toEqual([unit]);
    expect(rows.headcount.map((h) => h.staff)).toEqual([2, 1]);
  });
});
