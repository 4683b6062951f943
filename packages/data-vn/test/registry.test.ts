import { describe, expect, it } from 'vitest';
import { loadRegistry, numberCell, parseDataCsv, readDataCsv } from '@canbang/data-vn';

describe('loadRegistry (real NSO 1027/CTK-CSCL registry)', () => {
  const { units, provinces } = loadRegistry();

  it('has 3,321 units = 2,621 communes + 687 wards + 13 special zones, and 34 provinces', () => {
    // Counts from data/SOURCES.md (NSO list in force from 1 July 2025).
    expect(units.length).toBe(3321);
    const byKind = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect(byKind('commune')).toBe(2621);
    expect(byKind('ward')).toBe(687);
    expect(byKind('special_zone')).toBe(13);
    expect(provinces.length).toBe(34);
  });

  it('has unique unit and province codes (5 and 2 digits)', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(new Set(provinces.map((p) => p.province_code)).size).toBe(provinces.length);
    expect(units.every((u) => /^\d{5}$/.test(u.code))).toBe(true);
    expect(provinces.every((p) => /^\d{2}$/.test(p.province_code))).toBe(true);
  });

  it('counts units per province as the provinces file says, e.g. Hà Nội 126, TP Hồ Chí Minh 168, Thanh Hóa 166', () => {
    // Expected counts: the `units` column of provinces-2025.csv (NSO 915/CTK-CSCL), read as raw CSV here.
    const reference = readDataCsv('provinces-2025.csv');
    for (const row of reference.rows) {
      expect(units.filter((u) => u.province_code === row.province_code).length, row.province_name).toBe(Number(row.units));
    }
    const count = (name: string) => units.filter((u) => u.province_name === name).length;
    expect(count('Thành phố Hà Nội')).toBe(126); // Resolution 202/2025/QH15 and NSO list
    expect(count('Thành phố Hồ Chí Minh')).toBe(168);
    expect(count('Thanh Hóa')).toBe(166);
  });

  it('keeps names in exact NFC Unicode', () => {
    expect(units.every((u) => u.name === u.name.normalize('NFC') && u.province_name === u.province_name.normalize('NFC'))).toBe(true);
    expect(units.find((u) => u.code === '00004')?.name).toBe('Phường Ba Đình');
    expect(units.find((u) => u.code === '26732')?.name).toBe('Đặc khu Côn Đảo');
  });
});

describe('parseDataCsv', () => {
  it('handles quoted commas, doubled quotes, CRLF and a BOM', () => {
    const t = parseDataCsv('\uFEFFa,b\r\n1,"x, ""y"""\r\n\r\n2,z', 'inline');
    expect(t.rows).toEqual([{ a: '1', b: 'x, "y"' }, { a: '2', b: 'z' }]);
  });

  it('names the file, row and expectation for a ragged row or missing column', () => {
    expect(() => parseDataCsv('a,b\n1,2,3\n', 'f.csv')).toThrow(/f\.csv, row 2.*expected 2 comma-separated cells/);
    expect(() => parseDataCsv('a,b\n1,2\n', 'f.csv', ['c'])).toThrow(/f\.csv, row 1, column "c".*expected a "c" column/);
  });

  it('keeps row numbers after a skipped blank line (row 4 is line 4, the header being row 1)', () => {
    expect(() => parseDataCsv('a,b\n1,2\n\n3,4,5\n', 'f.csv')).toThrow(/f\.csv, row 4.*expected 2 comma-separated cells/);
    const t = parseDataCsv('units\n126\n\nmany\n', 'p.csv');
    expect(() => numberCell(t, 1, 'units')).toThrow('p.csv, row 4, column "units": got "many"');
    expect(() => parseDataCsv('a,b\n1,2\n\n"3,4\n', 'f.csv')).toThrow(/f\.csv, row 4.*closing double quote/);
  });
});

describe('numberCell', () => {
  const t = parseDataCsv('province_code,units\n01,126\n04,\n05,many\n', 'provinces.csv');

  it('reads numbers and, when allowed, empty cells as null', () => {
    expect(numberCell(t, 0, 'units')).toBe(126);
    expect(numberCell(t, 1, 'units', { allowEmpty: true })).toBeNull();
  });

  it('names file, row, column and value for a cell that is not a number', () => {
    expect(() => numberCell(t, 2, 'units')).toThrow('provinces.csv, row 4, column "units": got "many"; expected a finite number');
    expect(() => numberCell(t, 1, 'units')).toThrow(/row 3, column "units": got ""/);
  });
});
