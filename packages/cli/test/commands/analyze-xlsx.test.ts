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
    expect(book.worksheets.map((s) => s.name)).toEqual(['summary', 'units', 'most overloaded', 'most underloaded', 'about', 'checks']);

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
  });
});
