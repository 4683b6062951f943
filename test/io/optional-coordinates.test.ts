import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadVietNam } from '@canbang/data-vn';
import { balance, CanbangInputError, createDataset, datasetRows, planHires, planTransfers, unitCoordinates } from '@canbang/core';
import { readDataset } from '@canbang/io';

const SAMPLE = fileURLToPath(new URL('../../data/sample', import.meta.url));

describe('lat/lon are optional: only distances need them', () => {
  it('a dataset without coordinates validates, and balance and hires (no distances) give the same result', async () => {
    const rows = datasetRows(await readDataset(SAMPLE));
    const bare = createDataset({ ...rows, units: rows.units.map((u) => ({ ...u, lat: null, lon: null })) });
    const withCoordinates = createDataset(rows);
    expect(balance(bare).byUnit.objects()).toEqual(balance(withCoordinates).byUnit.objects());
    expect(planHires(bare, { recruits: 3 }).allocations).toEqual(planHires(withCoordinates, { recruits: 3 }).allocations);
  });

  it('a transfer plan names a unit without coordinates instead of computing NaN km', async () => {
    // The built-in dataset's Điện Biên (11) has donors and recipients; its units lose their coordinates.
    const rows = datasetRows(loadVietNam());
    const bare = createDataset({ ...rows, units: rows.units.map((u) => (u.province_code === '11' ? { ...u, lat: null, lon: null } : u)) });
    const error = await planTransfers(bare, { province: '11' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CanbangInputError);
    const named = /^unit (\d{5}) without coordinates$/.exec(String((error as CanbangInputError).value));
    expect(rows.units.filter((u) => u.province_code === '11').map((u) => u.code)).toContain(named?.[1]);
  });

  it('only one of lat and lon is refused; both are range-checked when given', async () => {
    const rows = datasetRows(await readDataset(SAMPLE));
    expect(() => createDataset({ ...rows, units: [{ ...rows.units[0]!, lon: null }, ...rows.units.slice(1)] })).toThrow(/column "lon".*lat and lon both given or both left empty/);
    expect(() => createDataset({ ...rows, units: [{ ...rows.units[0]!, lat: 91 }, ...rows.units.slice(1)] })).toThrow(/column "lat".*<= 90/);
  });

  it('unitCoordinates returns the numbers or names the unit', () => {
    expect(unitCoordinates({ code: 'x', lat: 1, lon: 2 })).toEqual({ lat: 1, lon: 2 });
    expect(() => unitCoordinates({ unit_code: '00004', lat: null, lon: 2 })).toThrow('unit 00004 without coordinates');
  });
});
