import { describe, expect, it } from 'vitest';
import { CanbangInputError, createDataset, type DatasetRows } from '@canbang/core';

const rows: DatasetRows = {
  units: [{ code: '03127', name: 'Phường Điện Biên Phủ', kind: 'ward', province_code: '11', population: 62000, area_km2: 64.5, lat: 21.386, lon: 103.017, terrain: 'mountain' }],
  headcount: [{ unit_code: '03127', field: 'land', staff: 3 }],
  volumes: [{ unit_code: '03127', field: 'land', activity: 'registration', cases: 640 }],
  standards: [{ field: 'land', activity: 'registration', kind: 'service', minutes_per_case: 90, share: null, hours: null }],
  meta: { name: 'meta test', synthetic: true, source: 'hand-made', period: '2025-Q3', periodsPerYear: 4 },
};

describe('validateDatasetRows: meta', () => {
  it('accepts a complete meta', () => {
    expect(createDataset(rows).meta.periodsPerYear).toBe(4);
  });

  it.each([
    ['periodsPerYear', 0],
    ['periodsPerYear', Number.NaN],
    ['periodsPerYear', '4'],
    ['synthetic', 'yes'],
    ['name', undefined],
  ])('rejects %s = %s naming createDataset(meta) and the key', (key, value) => {
    const bad = { ...rows, meta: { ...rows.meta, [key]: value } } as unknown as DatasetRows;
    const error = (() => {
      try {
        createDataset(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CanbangInputError);
    expect(error).toMatchObject({ source: 'createDataset(meta)', column: key });
  });
});
