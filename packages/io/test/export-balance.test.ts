import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCSV } from 'arquero';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { balance, summarize } from '@canbang/core';
import { readDataset, writeTable, writeWorkbook } from '@canbang/io';

const SAMPLE = fileURLToPath(new URL('../../../data/sample', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'canbang-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exporting balance results', () => {
  it('CSV written by writeTable parses back with arquero fromCSV (an independent parser) to the same values', async () => {
    const { byField } = balance(await readDataset(SAMPLE));
    const file = join(tmp, 'by-field.csv');
    await writeTable(byField, file);
    // Codes are text: parse every column as a string and compare with the values written.
    const parsed = fromCSV(readFileSync(file, 'utf8'), { autoType: false }).objects() as Record<string, string>[];
    const original = byField.objects() as Record<string, unknown>[];
    expect(parsed.length).toBe(original.length);
    parsed.forEach((row, i) => {
      for (const [column, value] of Object.entries(original[i]!)) {
        if (typeof value === 'number') expect(Number(row[column])).toBe(value);
        else expect(row[column] ?? null).toBe(value === null ? null : String(value));
      }
    });
  });

  it('XLSX workbook of byUnit, byField and a summary keeps exact numbers, empty cells for null, formats per column', async () => {
    const { byUnit, byField } = balance(await readDataset(SAMPLE));
    const file = join(tmp, 'balance.xlsx');
    await writeWorkbook(
      [
        { name: 'units', table: byUnit, numberFormats: { ratio: '0.00', load: '0.00', required: '0.0' } },
        { name: 'fields', table: byField },
        { name: 'summary', table: summarize(byUnit, ['kind']) },
      ],
      file,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const [name, table] of [['units', byUnit], ['fields', byField]] as const) {
      const ws = wb.getWorksheet(name)!;
      const columns = table.columnNames();
      expect(ws.getRow(1).values).toEqual([undefined, ...columns]);
      (table.objects() as Record<string, unknown>[]).forEach((row, i) => {
        columns.forEach((column, c) => {
          const cell = ws.getRow(i + 2).getCell(c + 1).value;
          const value = row[column];
          expect(cell).toEqual(typeof value === 'number' && !Number.isFinite(value) ? null : (value ?? null));
        });
      });
    }
    const units = wb.getWorksheet('units')!;
    expect(units.getColumn(byUnit.columnNames().indexOf('ratio') + 1).numFmt).toBe('0.00');
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
