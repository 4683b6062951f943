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
    expect(book.worksheets.map((s) => s.name)).toEqual(['moves', 'blocks', 'units before-after', 'to hire', 'about', 'original moves', 'checks']);
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

  it('plan round trip: kept rows of the edited moves sheet become locks, deleted or zeroed rows become bans', async () => {
    const file = join(dir, 'plan.xlsx');
    const book = await readBook(file);
    const sheet = book.getWorksheet('moves')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (r: number, c: string) => String(sheet.getRow(r).getCell(header.indexOf(c) + 1).value);
    const moves = Array.from({ length: sheet.rowCount - 1 }, (_, k) => ({ from: cell(k + 2, 'from'), to: cell(k + 2, 'to'), field: cell(k + 2, 'field'), staff: Number(cell(k + 2, 'staff')) }));
    expect(moves.length).toBeGreaterThanOrEqual(3); // the plan of province 11 has moves to edit (computed above)
    // The planner zeroes the second move and deletes the first; the others stay as they are.
    sheet.getRow(3).getCell(header.indexOf('staff') + 1).value = 0;
    sheet.spliceRows(2, 1);
    const edited = join(dir, 'plan-edited.xlsx');
    await book.xlsx.writeFile(edited);
    const out = join(dir, 'replan.json');
    expect(await main(['plan', '--province', '11', '--overrides', edited, '--out', out])).toBe(0);
    const replan = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8'))) as { moves: { from: string; to: string; field: string; staff: number; fixed: boolean }[] };
    const key = (m: { from: string; to: string; field: string }) => `${m.from}>${m.to}>${m.field}`;
    const got = new Map(replan.moves.map((m) => [key(m), m]));
    // Bans: neither removed move comes back.
    expect(got.has(key(moves[0]!))).toBe(false);
    expect(got.has(key(moves[1]!))).toBe(false);
    // Locks: every other move is kept, with its staff, marked fixed.
    for (const m of moves.slice(2)) expect(got.get(key(m))).toMatchObject({ staff: m.staff, fixed: true });
  });

  it('scenario: units, comparison, plan and about sheets; one unit row per unit of the registry', async () => {
    const file = join(dir, 'land.xlsx');
    expect(await main(['scenario', 'data/scenarios/land-decentralisation.yaml', '--compare', '--out', file])).toBe(0);
    const book = await readBook(file);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['units', 'national', 'provinces', 'change national', 'change provinces', 'plan moves', 'about']));
    expect(book.getWorksheet('units')!.rowCount - 1).toBe(3321); // NSO registry: 3,321 units
    expect(readdirSync(dir).sort()).toEqual(['land.xlsx', 'plan-edited.xlsx', 'plan.xlsx', 'replan.json']); // no temp files left
  });

  it('scenario: a text format with an .xlsx name is refused (exit 2)', async () => {
    expect(await main(['scenario', 'data/scenarios/land-decentralisation.yaml', '--format', 'csv', '--out', join(dir, 'x.xlsx')])).toBe(2);
  });
});
