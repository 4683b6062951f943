// The adapter against real danfojs-node (installed with the workspace overrides in pnpm-workspace.yaml).
// Expectations come from an independent method: arquero's own rollup on the same canbang table, or sums
// over the plain plan rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { op } from 'arquero';
import * as dfd from 'danfojs-node';
import { describe, expect, it } from 'vitest';
import { balance, compare, createDataset, planTransfers, runScenario } from '@canbang/core';
import { balanceFrames, comparisonFrames, fromDataFrame, planFrames, toDataFrame } from '@canbang/danfo';
import { loadVietNam } from '@canbang/data-vn';
import { tinyRows } from '../../core/test/fixtures/tiny-dataset.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('@canbang/danfo', () => {
  const dataset = createDataset(tinyRows());
  const { byUnit, byField } = balance(dataset);

  it('a balance table becomes a DataFrame with the same columns, in order, and values', () => {
    const frame = toDataFrame(byField);
    expect(frame.columns).toEqual(byField.columnNames());
    expect(frame.shape).toEqual([byField.numRows(), byField.numCols()]);
    for (const name of byField.columnNames()) {
      expect(frame.column(name).values, name).toEqual(Array.from(byField.array(name) as ArrayLike<unknown>, (v) => v ?? null));
    }
  });

  it('and back: fromDataFrame(toDataFrame(t)) gives the same rows', () => {
    expect(fromDataFrame(toDataFrame(byUnit)).objects()).toEqual(byUnit.objects());
    expect(fromDataFrame(toDataFrame(byField)).objects()).toEqual(byField.objects());
  });

  it('danfo groupby sums equal arquero rollups of the Viet Nam balance', () => {
    const vn = balanceFrames(balance(loadVietNam()));
    const danfo = fromDataFrame(vn.byUnit.groupby(['province_code']).col(['shortage', 'staff']).sum()).objects() as { province_code: string; shortage_sum: number; staff_sum: number }[];
    const expected = balance(loadVietNam()).byUnit.groupby('province_code').rollup({ shortage: op.sum('shortage'), staff: op.sum('staff') }).objects() as { province_code: string; shortage: number; staff: number }[];
    expect(danfo.length).toBe(expected.length);
    const byCode = new Map(danfo.map((row) => [row.province_code, row]));
    for (const row of expected) {
      const got = byCode.get(row.province_code)!;
      expect(close(got.shortage_sum, row.shortage), row.province_code).toBe(true);
      expect(got.staff_sum).toBe(row.staff);
    }
  }, 60_000);

  it('plan tables: moves, units and residual; staff moved per field sums as in the plan rows', async () => {
    const plan = await planTransfers(loadVietNam(), { province: '11' });
    const frames = planFrames(plan);
    expect(frames.moves.shape[0]).toBe(plan.moves.length);
    expect(frames.units.shape[0]).toBe(plan.units.length);
    expect(frames.residual.shape[0]).toBe(plan.residual.length);
    if (plan.moves.length > 0) {
      const perField = fromDataFrame(frames.moves.groupby(['field']).col(['staff']).sum()).objects() as { field: string; staff_sum: number }[];
      const expected = new Map<string, number>();
      for (const move of plan.moves) expected.set(move.field, (expected.get(move.field) ?? 0) + move.staff);
      expect(new Map(perField.map((row) => [row.field, row.staff_sum]))).toEqual(expected);
    }
  }, 60_000);

  it('rows: an optional key missing from the first row is a column, missing values are null; no rows is an empty frame', () => {
    const frame = toDataFrame([{ a: 1 }, { a: 2, note: 'x' }]);
    expect(frame.columns).toEqual(['a', 'note']);
    expect(fromDataFrame(frame).objects()).toEqual([{ a: 1, note: null }, { a: 2, note: 'x' }]);
    const empty = toDataFrame([]);
    expect(empty.shape[0]).toBe(0);
  });

  it('scenario comparison tables; column arithmetic in danfo matches the d_ columns', () => {
    const base = runScenario(dataset, { name: 'base', levers: [] });
    const busier = runScenario(dataset, { name: 'busier', levers: [{ type: 'scaleVolumes', factor: 1.5 }] });
    const comparison = compare(base, busier);
    const { units, provinces, national } = comparisonFrames(comparison);
    expect(national.shape[0]).toBe(1);
    expect(provinces.shape[0]).toBe(comparison.provinces.numRows());
    const diff = units.column('required_scenario').sub(units.column('required_base')).values as number[];
    const expected = comparison.units.array('d_required') as ArrayLike<number>;
    diff.forEach((value, i) => expect(close(value, expected[i]!)).toBe(true));
  });

  it('toExcel and readExcel of a balance frame keep the values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canbang-danfo-'));
    try {
      const file = join(dir, 'balance.xlsx');
      dfd.toExcel(toDataFrame(byUnit), { filePath: file });
      const back = fromDataFrame(await dfd.readExcel(file) as dfd.DataFrame);
      expect(back.array('unit_code')).toEqual(byUnit.array('unit_code'));
      const ratios = back.array('ratio') as ArrayLike<number>;
      Array.from(byUnit.array('ratio') as ArrayLike<number>).forEach((ratio, i) => expect(close(ratios[i]!, ratio)).toBe(true));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
