import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataNote, planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { main } from '@canbang/cli';

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

describe('plan and scenario --out FILE.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-plan-xlsx-'));

  it('plan: the moves sheet holds exactly the library plan moves (Điện Biên)', async () => {
    const file = join(dir, 'plan.xlsx');
    expect(await main(['plan', '--province', '11', '--out', file])).toBe(0);
    const expected = await planTransfers(loadVietNam(), { province: '11' }); // the same plan, computed by the library
    const book = await readBook(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['moves', 'blocks', 'units before-after', 'about', 'checks']);
    // The about sheet carries the dataset's data note (REAL / DERIVED / SYNTHETIC).
    const about = book.getWorksheet('about')!;
    const note = [...Array(about.rowCount).keys()].map((i) => about.getRow(i + 1).values as unknown[]).find((v) => v[1] === 'data note');
    expect(note?.[2]).toBe(dataNote(loadVietNam().meta));
    const moves = book.getWorksheet('moves')!;
    expect(moves.rowCount - 1).toBe(expected.moves.length);
    const header = (moves.getRow(1).values as unknown[]).slice(1);
    const staffCol = header.indexOf('staff') + 1;
    let staff = 0;
    for (let r = 2; r <= moves.rowCount; r++) staff += moves.getRow(r).getCell(staffCol).value as number;
    expect(staff).toBe(expected.objectives.moves); // total staff moved
  });

  it('scenario: units, comparison, plan and about sheets; one unit row per unit of the registry', async () => {
    const file = join(dir, 'land.xlsx');
    expect(await main(['scenario', 'data/scenarios/land-decentralisation.yaml', '--compare', '--out', file])).toBe(0);
    const book = await readBook(file);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['units', 'national', 'provinces', 'change national', 'change provinces', 'plan moves', 'about']));
    expect(book.getWorksheet('units')!.rowCount - 1).toBe(3321); // NSO registry: 3,321 units
    expect(readdirSync(dir).sort()).toEqual(['land.xlsx', 'plan.xlsx']); // no temp files left
  });

  it('scenario: a text format with an .xlsx name is refused (exit 2)', async () => {
    expect(await main(['scenario', 'data/scenarios/land-decentralisation.yaml', '--format', 'csv', '--out', join(dir, 'x.xlsx')])).toBe(2);
  });
});
