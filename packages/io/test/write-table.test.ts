import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from 'arquero';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CanbangInputError } from '@canbang/core';
import { writeFileAtomic, writeTable, writeWorkbook } from '@canbang/io';

const tmp = mkdtempSync(join(tmpdir(), 'canbang-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rows = [
  { unit_code: '00004', name: 'Phường Ba Đình', gap: -3, ratio: 0.625, note: '=HYPERLINK("http://evil","x")' },
  { unit_code: '00008', name: 'Phường "Ngọc Hà", Hà Nội', gap: 2, ratio: null, note: '@SUM(A1)' },
];

describe('writeTable', () => {
  it('writes RFC 4180 CSV: quotes where needed, numbers as numbers, formulas neutralised, null empty', async () => {
    const file = join(tmp, 't.csv');
    await writeTable(rows, file);
    expect(readFileSync(file, 'utf8')).toBe(
      'unit_code,name,gap,ratio,note\n' +
        '00004,Phường Ba Đình,-3,0.625,"\'=HYPERLINK(""http://evil"",""x"")"\n' +
        '00008,"Phường ""Ngọc Hà"", Hà Nội",2,,\'@SUM(A1)\n',
    );
  });

  it('adds a UTF-8 BOM to CSV on request (for Excel), and takes arquero tables', async () => {
    const file = join(tmp, 'bom.csv');
    await writeTable(table({ a: [1], b: ['x'] }), file, { bom: true });
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(file, 'utf8').slice(1)).toBe('a,b\n1,x\n');
  });

  it('writes JSON rows unchanged (JSON is not run by spreadsheets)', async () => {
    const file = join(tmp, 't.json');
    await writeTable(rows, file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(rows);
  });

  it('writes XLSX with typed cells: -3 stays a number, formula-like text gets a leading quote', async () => {
    const file = join(tmp, 't.xlsx');
    await writeTable(rows, file, { sheetName: 'balance' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('balance')!;
    expect(ws.getCell('A2').value).toBe('00004');
    expect(ws.getCell('C2').value).toBe(-3);
    expect(ws.getCell('E2').value).toBe('\'=HYPERLINK("http://evil","x")');
    expect(ws.getCell('E3').value).toBe("'@SUM(A1)");
    expect(ws.getCell('D3').value).toBe(null);
    // No cell anywhere holds a formula.
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('refuses an unknown extension without writing anything', async () => {
    await expect(writeTable(rows, join(tmp, 't.txt'))).rejects.toBeInstanceOf(CanbangInputError);
    expect(existsSync(join(tmp, 't.txt'))).toBe(false);
  });
});

describe('writeWorkbook', () => {
  it('formats sheets: bold header, frozen header row, number formats, widths fitted to content', async () => {
    const file = join(tmp, 'book.xlsx');
    await writeWorkbook(
      [
        { name: 'units', table: rows, numberFormats: { ratio: '0.00%' } },
        { name: 'counts', table: table({ kind: ['commune', 'ward'], units: [2621, 687] }) },
      ],
      file,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('units')!;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).numFmt).toBe('0.00%');
    expect(ws.getColumn(3).numFmt).toBe('#,##0'); // gap holds whole numbers only (-3, 2)
    // Width = longest text in the column (the second name) + 2 characters of padding.
    expect(ws.getColumn(2).width).toBe('Phường "Ngọc Hà", Hà Nội'.length + 2);
    const counts = wb.getWorksheet('counts')!;
    expect(counts.getCell('B2').value).toBe(2621);
  });

  it('neutralises header cells too', async () => {
    const file = join(tmp, 'header.xlsx');
    await writeWorkbook([{ name: 's', table: [{ '=cmd': 1 }] }], file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('s')!.getCell('A1').value).toBe("'=cmd");
  });

  it('keeps text exactly as another program reads it: markup characters, CR, LF, tab, booleans, numbers', async () => {
    const file = join(tmp, 'text.xlsx');
    const text = 'a & b <c> "d"\r\ne\tf \u0110i\u1ec7n Bi\u00ean ';
    await writeWorkbook([{ name: 's', table: [{ t: text, yes: true, n: -0.000125, big: 1e21 }] }], file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('s')!;
    expect([ws.getCell('A2').value, ws.getCell('B2').value, ws.getCell('C2').value, ws.getCell('D2').value]).toEqual([text, true, -0.000125, 1e21]);
  });

  it('gives byte-identical files for the same sheets whatever the clock says (no creation times)', async () => {
    const at = async (time: string, name: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(time));
      try {
        await writeWorkbook([{ name: 'units', table: rows }], join(tmp, name));
      } finally {
        vi.useRealTimers();
      }
      return readFileSync(join(tmp, name));
    };
    const first = await at('2025-07-01T08:00:00Z', 'clock-1.xlsx');
    const second = await at('2031-12-31T23:59:58Z', 'clock-2.xlsx');
    expect(second.equals(first)).toBe(true);
  });

  it('refuses invalid or duplicate sheet names', async () => {
    await expect(writeWorkbook([{ name: 'a/b', table: rows }], join(tmp, 'x.xlsx'))).rejects.toThrow(/sheet name/);
    await expect(writeWorkbook([{ name: 'a', table: rows }, { name: 'A', table: rows }], join(tmp, 'x.xlsx'))).rejects.toThrow(/unique sheet name/);
    expect(existsSync(join(tmp, 'x.xlsx'))).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one rename and leaves no temporary file', async () => {
    const file = join(tmp, 'atomic.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(tmp).filter((f) => f.startsWith('atomic.txt.tmp-'))).toEqual([]);
  });

  it('on failure (target is a directory) keeps the target and removes the temporary file', async () => {
    const target = join(tmp, 'occupied');
    mkdirSync(target);
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(tmp).filter((f) => f.startsWith('occupied.tmp-'))).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(tmp, 'missing', 'f.csv'), 'x')).rejects.toThrow(/ENOENT/);
  });
});
