import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDataNote, planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { main } from '@canbang/cli';
import { COLUMN_LABELS_VI, SHEET_NAMES_VI } from '../../src/workbook-vi.ts';

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}
const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1) as string[];
const dir = mkdtempSync(join(tmpdir(), 'canbang-workbook-vi-'));
// Words of the issue that must not be left in a Vietnamese sheet name, header or about item (whole words).
const ENGLISH = /\b(overloaded|underloaded|balanced|staff|required|moves|shortage|surplus|worst load|province|unit)\b/i;

describe('workbooks written with --lang vi', () => {
  afterEach(() => vi.restoreAllMocks());

  it('labels are unique (a Vietnamese header reads back as one column) and sheet names fit Excel (31 characters)', () => {
    const labels = Object.values(COLUMN_LABELS_VI).map((l) => l.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const name of Object.values(SHEET_NAMES_VI)) expect(name.length).toBeLessThanOrEqual(31);
  });

  it.each([
    ['analyze', ['analyze', '--province', '11']],
    ['plan transfer', ['plan', '--province', '11']],
    ['plan hire', ['plan', '--kind', 'hire', '--recruits', '5', '--province', '11']],
    ['plan reduce', ['plan', '--kind', 'reduce', '--cuts', '5', '--province', '11']],
    ['plan route', ['plan', '--kind', 'route', '--share', 'one_stop=0.5', '--province', '11']],
    ['plan transfer-hire', ['plan', '--kind', 'transfer-hire', '--recruits', '5', '--province', '11']],
  ])('%s: every sheet name, header and about item is Vietnamese; numbers stay numbers', async (name, argv) => {
    const file = join(dir, `${name.replace(' ', '-')}.xlsx`);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main([...argv, '--lang', 'vi', '--out', file])).toBe(0);
    const book = await readBook(file);
    const labels = new Set(Object.values(COLUMN_LABELS_VI));
    for (const sheet of book.worksheets) {
      expect(Object.values(SHEET_NAMES_VI), sheet.name).toContain(sheet.name);
      for (const header of headerOf(sheet)) expect(labels.has(header) || header === 'pop_flag', `${sheet.name}: ${header}`).toBe(true);
    }
    const about = book.getWorksheet('thông tin')!;
    for (let r = 2; r <= about.rowCount; r++) expect(String(about.getRow(r).getCell(1).value), `about row ${r}`).not.toMatch(ENGLISH);
    // The data note in the reader's language (the dataset's own Vietnamese note).
    const rows = [...Array(about.rowCount).keys()].map((i) => about.getRow(i + 1).values as unknown[]);
    expect(rows.find((v) => v[1] === 'ghi chú dữ liệu')?.[2]).toBe(localDataNote(loadVietNam().meta, 'vi'));
    // Cells stay numbers: the staff column of the first data sheet holds numbers, not text.
    const first = book.worksheets[0]!;
    const column = headerOf(first).findIndex((h) => h === 'biên chế' || h === 'số lượng' || h === 'FTE');
    if (column >= 0 && first.rowCount > 1) expect(typeof first.getRow(2).getCell(column + 1).value).toBe('number');
  });

  it('plan round trip in Vietnamese: the edited "điều động" sheet reads back; kept rows lock, deleted and zeroed rows ban', async () => {
    const file = join(dir, 'plan-vi.xlsx');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['plan', '--province', '11', '--lang', 'vi', '--out', file])).toBe(0);
    const expected = await planTransfers(loadVietNam(), { province: '11' }); // the same plan, by the library
    const book = await readBook(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['điều động', 'khối', 'đơn vị trước-sau', 'cần tuyển', 'thông tin', 'điều động ban đầu', 'kiểm tra đầu vào']);
    const sheet = book.getWorksheet('điều động')!;
    const header = headerOf(sheet);
    const cell = (r: number, c: string) => sheet.getRow(r).getCell(header.indexOf(c) + 1).value;
    const moves = Array.from({ length: sheet.rowCount - 1 }, (_, k) => ({ from: String(cell(k + 2, 'từ')), to: String(cell(k + 2, 'đến')), field: String(cell(k + 2, 'lĩnh vực')), staff: cell(k + 2, 'biên chế') as number }));
    expect(moves.map((m) => m.staff)).toEqual(expected.moves.map((m) => m.staff));
    expect(moves.length).toBeGreaterThanOrEqual(3);
    sheet.getRow(3).getCell(header.indexOf('biên chế') + 1).value = 0;
    sheet.spliceRows(2, 1);
    const edited = join(dir, 'plan-vi-edited.xlsx');
    await book.xlsx.writeFile(edited);
    const out = join(dir, 'replan-vi.json');
    expect(await main(['plan', '--province', '11', '--overrides', edited, '--out', out])).toBe(0);
    const replan = JSON.parse(await readFile(out, 'utf8')) as { moves: { from: string; to: string; field: string; staff: number; fixed: boolean }[]; rules: { locks: number; bans: number } };
    const key = (m: { from: string; to: string; field: string }) => `${m.from}>${m.to}>${m.field}`;
    const got = new Map(replan.moves.map((m) => [key(m), m]));
    expect(got.has(key(moves[0]!))).toBe(false);
    expect(got.has(key(moves[1]!))).toBe(false);
    for (const m of moves.slice(2)) expect(got.get(key(m))).toMatchObject({ staff: m.staff, fixed: true });
    expect(replan.rules).toMatchObject({ locks: moves.length - 2, bans: 2 });
  });
});
