// End to end, as a provincial planner works: `canbang template --province 11`, type the staff and the dossiers
// into the workbook (here by a script, cell by cell, in the rows the template lists), then `canbang analyze`
// and `canbang plan` on the filled workbook. The figures typed are the built-in dataset's own for Điện Biên, so
// the library on the built-in data is an independent check of every output.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { balance, datasetRows, planTransfers } from '@canbang/core';
import { formatCsv, readDataset } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import { DEFAULT_CSV_PRECISION } from '../../packages/cli/src/csv-options.ts';
import { runMain } from '../../packages/cli/test/support/run-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'canbang-excel-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const national = loadVietNam();
const rows = datasetRows(national);
const inProvince = new Set(rows.units.filter((u) => u.province_code === '11').map((u) => u.code));

describe('Excel-first workflow for 11 Điện Biên', () => {
  const template = join(dir, 'dien-bien.xlsx');
  const filled = join(dir, 'dien-bien-filled.xlsx');

  it('template -> typed figures -> analyze and plan agree with the library on the built-in data', async () => {
    expect((await runMain(['template', '--province', '11', '--lang', 'vi', '--out', template])).code).toBe(0);

    // The planner types staff and dossiers into the empty cells the template lists (0 where the office has none).
    const staff = new Map(rows.headcount.map((h) => [`${h.unit_code}/${h.field}`, h.staff]));
    const cases = new Map(rows.volumes.map((v) => [`${v.unit_code}/${v.field}/${v.activity}`, v]));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    let typed = 0;
    book.getWorksheet('headcount')!.eachRow((row, n) => {
      if (n === 1) return;
      row.getCell(3).value = staff.get(`${row.getCell(1).value}/${row.getCell(2).value}`) ?? 0;
      typed++;
    });
    book.getWorksheet('volumes')!.eachRow((row, n) => {
      if (n === 1) return;
      const v = cases.get(`${row.getCell(1).value}/${row.getCell(2).value}/${row.getCell(3).value}`);
      row.getCell(4).value = v?.cases ?? 0;
      if (v?.on_time != null) row.getCell(5).value = v.on_time;
      if (v?.backlog != null) row.getCell(6).value = v.backlog;
      typed++;
    });
    await book.xlsx.writeFile(filled);
    expect(typed).toBeGreaterThan(inProvince.size);

    // analyze --by field: the long table equals the library's balance of the built-in data, province 11.
    const analyzeCsv = join(dir, 'analyze.csv');
    expect((await runMain(['analyze', '--data', filled, '--province', '11', '--by', 'field', '--precision', '6', '--out', analyzeCsv])).code).toBe(0);
    const expectedFields = (balance(national).byField.objects() as { unit_code: string; field: string; staff: number; required: number; status: string }[]).filter((r) =>
      inProvince.has(r.unit_code),
    );
    const lines = readFileSync(analyzeCsv, 'utf8').trimEnd().split('\n').slice(1);
    // Unit x fields the built-in data has no headcount or work for were typed as 0 and may add rows; every
    // built-in row is there with the same staff, required (to 6 decimals) and status.
    for (const r of expectedFields) {
      const line = lines.find((l) => l.includes(`,${r.unit_code},`) && l.includes(`,${r.field},`));
      expect(line, `${r.unit_code}/${r.field}`).toBeDefined();
      const cells = line!.split(',');
      expect([Number(cells.at(-6)), Number(cells.at(-5)), cells.at(-2)]).toEqual([r.staff, Number(r.required.toFixed(6)), r.status]);
    }

    // The unit totals the library gives on the filled workbook equal those on the built-in data.
    const fromBook = await readDataset(filled);
    const byUnit = (ds: typeof national) =>
      (balance(ds).byUnit.objects() as { unit_code: string; staff: number; required: number; status: string; norm_quota: number }[])
        .filter((u) => inProvince.has(u.unit_code))
        .map((u) => [u.unit_code, u.staff, Number(u.required.toFixed(9)), u.status, u.norm_quota]);
    expect(byUnit(fromBook)).toEqual(byUnit(national));

    // plan: the CLI's moves on the workbook are the library's moves on the built-in data.
    const planCsv = join(dir, 'plan.csv');
    expect((await runMain(['plan', '--data', filled, '--province', '11', '--out', planCsv])).code).toBe(0);
    const expectedPlan = await planTransfers(national, { province: '11' });
    expect(expectedPlan.moves.length).toBeGreaterThan(0);
    const columns = ['province_code', 'from', 'from_name', 'to', 'to_name', 'field', 'to_field', 'staff', 'distance_km', 'fixed', 'explanation', 'warning'];
    expect(readFileSync(planCsv, 'utf8')).toBe(formatCsv(columns, expectedPlan.moves as unknown as Record<string, unknown>[], { precision: DEFAULT_CSV_PRECISION }));
  });
});
