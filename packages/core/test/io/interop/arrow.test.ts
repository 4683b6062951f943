import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { table } from 'arquero';
import { balance, CanbangInputError, createDataset, datasetRows, fromArrow, toArrow, type Unit } from '@canbang/core';
import { tinyDataset, TINY_UNITS } from '../../fixtures/tiny-dataset.ts';

describe('toArrow / fromArrow (dataframe interop through Apache Arrow IPC)', () => {
  it('round-trips a balance table exactly, nulls included, in both IPC formats', () => {
    // byField of the tiny dataset: unit C has no land work and no land staff, so its land ratio and
    // load are null (required 0, staff 0): the round trip must keep those nulls, not turn them into 0 / NaN.
    const byField = balance(tinyDataset()).byField;
    const rows = byField.objects() as Record<string, unknown>[];
    expect(rows.some((r) => r.ratio === null)).toBe(true);
    for (const format of ['stream', 'file'] as const) {
      const back = fromArrow(toArrow(byField, { format }));
      expect(back.columnNames()).toEqual(byField.columnNames());
      expect(back.objects()).toEqual(rows);
    }
  });

  it('marks the two IPC layouts with their standard magic bytes', () => {
    const t = table({ a: [1, 2] });
    // Arrow columnar spec: a file begins with "ARROW1"; a stream message begins with the continuation marker 0xFFFFFFFF.
    expect(new TextDecoder().decode(toArrow(t, { format: 'file' }).subarray(0, 6))).toBe('ARROW1');
    expect([...toArrow(t).subarray(0, 4)]).toEqual([0xff, 0xff, 0xff, 0xff]);
  });

  it('keeps Vietnamese names byte-for-byte (NFC code points survive the UTF-8 dictionary)', () => {
    const units = tinyDataset().units;
    const back = fromArrow(toArrow(units)).array('name') as string[];
    expect(back).toEqual(TINY_UNITS.map((u) => u.name));
    // "Phường": ư (U+01B0) and ờ (U+1EDD) are single code points in NFC; a decomposed copy would be longer.
    expect(back[0]!.normalize('NFC')).toBe(back[0]);
    expect([...back[0]!.slice(0, 6)].length).toBe(6);
  });

  it('gives back tables a dataset can be rebuilt from (createDataset validates them again)', () => {
    const rows = datasetRows(tinyDataset());
    const units = fromArrow(toArrow(tinyDataset().units)).objects() as unknown as Unit[];
    const rebuilt = createDataset({ ...rows, units });
    // Same input, same balance: compare the per-unit requirement computed from both datasets.
    expect(balance(rebuilt).byUnit.array('required')).toEqual(balance(tinyDataset()).byUnit.array('required'));
  });

  it('keeps the columns of an empty table', () => {
    const empty = table({ unit_code: [] as string[], staff: [] as number[] });
    const back = fromArrow(toArrow(empty));
    expect(back.numRows()).toBe(0);
    expect(back.columnNames()).toEqual(['unit_code', 'staff']);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', () => {
    const bytes = toArrow(table({ a: [1, 2, 3] }));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(fromArrow(buffer).array('a')).toEqual(fromArrow(bytes).array('a'));
  });

  it('reads Arrow written by another implementation (apache-arrow 21.2.0 fixtures, see fixtures/arrow/README.md)', () => {
    // The values the fixture script wrote: plain and dictionary UTF-8, Int32, Float64 and Bool, one null in each of the last four.
    const expected = [
      { unit_code: '00004', name: 'Phường Ba Đình', kind: 'ward', staff: 40, required: 37.25, synthetic: true },
      { unit_code: '26734', name: 'Xã Bình Khánh', kind: 'commune', staff: 32, required: null, synthetic: false },
      { unit_code: '31201', name: null, kind: 'commune', staff: null, required: 12.5, synthetic: null },
    ];
    for (const file of ['apache-arrow-21.2.0.stream.arrows', 'apache-arrow-21.2.0.file.arrow']) {
      const bytes = readFileSync(new URL(`../../fixtures/arrow/${file}`, import.meta.url));
      expect(fromArrow(bytes, file).objects()).toEqual(expected);
    }
  });

  it('rejects bytes that are not Arrow, naming the source and what was expected', () => {
    const csv = new TextEncoder().encode('code,name\n1,Xã A\n');
    const error = catchError(() => fromArrow(csv, 'units.arrow'));
    expect(error).toBeInstanceOf(CanbangInputError);
    expect(error.source).toBe('units.arrow');
    expect(error.message).toMatch(/units\.arrow.*Arrow IPC bytes/);
  });

  it('rejects truncated Arrow bytes instead of returning a partial table', () => {
    const bytes = toArrow(tinyDataset().units);
    // A stream ends with an 8-byte end-of-stream marker; dropping 12 bytes also cuts into the last record batch.
    for (const cut of [12, Math.floor(bytes.length / 2), bytes.length - 12]) {
      const error = catchError(() => fromArrow(bytes.subarray(0, cut)));
      expect(error).toBeInstanceOf(CanbangInputError);
      expect(error.message).toContain(`${cut} bytes`);
    }
  });

  it('rejects an unknown format option', () => {
    expect(() => toArrow(table({ a: [1] }), { format: 'parquet' as never })).toThrow(/toArrow: options.format is "parquet"/);
  });
});

function catchError(fn: () => unknown): CanbangInputError {
  try {
    fn();
  } catch (error) {
    return error as CanbangInputError;
  }
  throw new Error('expected an error');
}
