import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { balance } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { main } from '@canbang/cli';

describe('canbang analyze --out FILE.xlsx', () => {
  it('writes a formatted workbook whose units sheet matches the library balance (Điện Biên, 45 units)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canbang-xlsx-'));
    const file = join(dir, 'dien-bien.xlsx');
    expect(await main(['analyze', '--province', '11', '--out', file])).toBe(0);
    expect(readdirSync(dir)).toEqual(['dien-bien.xlsx']); // atomic: no temp file left

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['summary', 'units', 'unit x field', 'most overloaded', 'most underloaded', 'about', 'checks']);

    // Independent values: the library's balance filtered to province 11 (provinces-2025.csv: 45 units).
    const expected = (balance(loadVietNam()).byUnit.objects() as { unit_code: string; name: string; province_code: string; status: string }[])
      .filter((u) => u.province_code === '11');
    const units = book.getWorksheet('units')!;
    expect(units.rowCount).toBe(1 + 45);
    const header = (units.getRow(1).values as unknown[]).slice(1);
    const codeCol = header.indexOf('unit_code') + 1;
    const nameCol = header.indexOf('name') + 1;
    const statusCol = header.indexOf('status') + 1;
    for (let r = 2; r <= units.rowCount; r++) {
      const row = units.getRow(r);
      const unit = expected.find((u) => u.unit_code === row.getCell(codeCol).value)!;
      expect(row.getCell(nameCol).value).toBe(unit.name); // Vietnamese name kept exactly
      expect(row.getCell(statusCol).value).toBe(unit.status);
    }
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 }); // frozen header row
    const summary = book.getWorksheet('summary')!;
    const last = summary.getRow(summary.rowCount).values as unknown[];
    expect(last.slice(1, 3)).toEqual(['all', 45]); // national row comes last, after the unit kinds

    // The long unit x field sheet: one row per unit x field of the library's byField, same staff, required and status.
    const national = loadVietNam();
    const byField = (balance(national).byField.objects() as { unit_code: string; field: string; staff: number; required: number; status: string; province_code: string }[])
      .filter((r) => r.province_code === '11');
    const long = book.getWorksheet('unit x field')!;
    expect(long.rowCount).toBe(1 + byField.length);
    const longHeader = (long.getRow(1).values as unknown[]).slice(1);
    expect(longHeader).toEqual(['province_code', 'province_name', 'unit_code', 'unit_name', 'kind', 'field', 'field_name_vi', 'staff', 'required', 'gap', 'ratio', 'status', 'unit_norm_quota']);
    const vi = new Map((national.fields.objects() as { field: string; name_vi: string }[]).map((f) => [f.field, f.name_vi]));
    for (let r = 2; r <= long.rowCount; r++) {
      const v = (long.getRow(r).values as unknown[]).slice(1);
      const expectedRow = byField.find((x) => x.unit_code === v[2] && x.field === v[5])!;
      expect([v[1], v[6], v[7], v[8], v[11]]).toEqual(['Điện Biên', vi.get(expectedRow.field), expectedRow.staff, expectedRow.required, expectedRow.status]);
    }
    expect(long.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(long.autoFilter).toBeTruthy();
    // Conditional formatting: a fill per status, keyed on the status column (L).
    const rules = (long as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules[0]!.ref).toBe(`A2:M${long.rowCount}`);
    expect(rules[0]!.rules.map((r) => r.formulae[0])).toEqual(['$L2="overloaded"', '$L2="balanced"', '$L2="underloaded"']);
  });
});
