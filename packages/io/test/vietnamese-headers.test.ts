import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { balance, CanbangInputError, createDataset } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';
import { canonicalHeader, canonicalValue } from '../src/vietnamese-aliases.ts';
import { tinyRows } from '../../core/test/fixtures/tiny-dataset.ts';

// Machine name -> the Vietnamese header a planner types (docs/GLOSSARY.md).
const UNIT_HEADERS: Record<string, string> = {
  code: 'Mã ĐVHC', name: 'Tên đơn vị', kind: 'Loại', province_code: 'Mã tỉnh', population: 'Dân số', area_km2: 'Diện tích',
  lat: 'Vĩ độ', lon: 'Kinh độ', terrain: 'Địa hình',
};
const HEADCOUNT_HEADERS: Record<string, string> = { unit_code: 'Mã ĐVHC', field: 'Lĩnh vực', staff: 'Biên chế' };
const KINDS: Record<string, string> = { commune: 'xã', ward: 'Phường', special_zone: 'đặc khu' };
const TERRAINS: Record<string, string> = { plain: 'đồng bằng', mountain: 'Miền núi', island: 'hải đảo' };

// Rewrites a CSV's header through `headers` and, in the named columns, its values through the maps.
function translateCsv(file: string, headers: Record<string, string>, values: Record<string, Record<string, string>> = {}): void {
  const [head, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = head!.split(',');
  const body = lines.map((line) => line.split(',').map((cell, i) => values[columns[i]!]?.[cell] ?? cell).join(','));
  writeFileSync(file, [columns.map((c) => headers[c] ?? c).join(','), ...body].join('\n') + '\n');
}

describe('Vietnamese headers and values', () => {
  let dir = '';
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'canbang-vi-headers-')), 'tiny');
    await writeDataset(createDataset(tinyRows()), dir);
    translateCsv(join(dir, 'units.csv'), UNIT_HEADERS, { kind: KINDS, terrain: TERRAINS });
    translateCsv(join(dir, 'headcount.csv'), HEADCOUNT_HEADERS);
  });

  it('reads Mã ĐVHC, Loại (xã | phường | đặc khu), Địa hình, Dân số, Biên chế ... as the English file gives', async () => {
    const read = await readDataset(dir);
    // Independent expectation: the same dataset built from the English rows.
    const expected = createDataset(tinyRows());
    expect(read.units.objects()).toEqual(expected.units.objects());
    expect(balance(read).byUnit.objects()).toEqual(balance(expected).byUnit.objects());
  });

  it('refuses a Vietnamese value that is no kind with the same error as an English one: file, row, column, value', async () => {
    const file = join(dir, 'units.csv');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(',Phường,', ',thị trấn,')); // the kind cell of unit A, not its name
    try {
      const error = await readDataset(dir).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(CanbangInputError);
      expect((error as CanbangInputError).message).toMatch(/units\.csv, row 2, column "kind": got "thị trấn"/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('folds case, diacritics and đ in headers and values; leaves other text alone', () => {
    expect(canonicalHeader('units', 'MÃ ĐVHC')).toBe('code');
    expect(canonicalHeader('units', 'ma dvhc')).toBe('code');
    expect(canonicalHeader('headcount', ' Staff ')).toBe('staff');
    expect(canonicalHeader('headcount', 'Loại')).toBe('loại'); // "Loại" is a units (and standards) header only
    expect(canonicalValue('units', 'terrain', 'MIEN NUI')).toBe('mountain');
    expect(canonicalValue('units', 'kind', 'Đặc Khu')).toBe('special_zone');
    expect(canonicalValue('units', 'name', 'xã')).toBe('xã'); // a name is never turned into a code
    expect(canonicalValue('standards', 'kind', 'xã')).toBe('xã');
  });
});
