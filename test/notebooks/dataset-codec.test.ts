/**
 * The compact dataset encoding the interactive notebook pages load (notebooks/lib/dataset-codec.ts):
 * decoding gives back the same dataset, so the browser engine computes the same balance as Node.
 */
import { describe, expect, it } from 'vitest';
import { balance, columnNames, createDataset, datasetRows, type DatasetInput, type DatasetRows } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { decodeDataset, encodeDataset } from '../../notebooks/lib/dataset-codec.ts';

// Rows as createDataset normalises them (absent on_time/backlog read back as null).
const normalised = (rows: DatasetInput) => datasetRows(createDataset(rows));

describe('notebook dataset codec', () => {
  const small = (): DatasetRows => ({
      units: [
        { code: 'A', name: 'Phường Hải Châu', kind: 'ward', province_code: 'P1', population: 50_000, area_km2: 10, lat: 16.07, lon: 108.22, terrain: 'plain' },
        { code: 'B', name: 'Xã Mường Nhé', kind: 'commune', province_code: 'P1', population: 12_000, area_km2: 300, lat: 16.2, lon: 108.0, terrain: 'mountain' },
      ],
      standards: [
        { field: 'land', activity: 'registration', kind: 'service', minutes_per_case: 30, share: null, hours: null },
        { field: 'office', activity: 'documents', kind: 'service', minutes_per_case: 60, share: null, hours: null },
      ],
      volumes: [
        { unit_code: 'A', field: 'land', activity: 'registration', cases: 1832, on_time: 1700, backlog: 12 },
        { unit_code: 'A', field: 'office', activity: 'documents', cases: 1374, on_time: null, backlog: null },
        { unit_code: 'B', field: 'office', activity: 'documents', cases: 229, on_time: 200, backlog: 0 },
      ],
      // B has no land row: the dense matrix must keep it absent, not 0.
      headcount: [
        { unit_code: 'A', field: 'land', staff: 2 },
        { unit_code: 'A', field: 'office', staff: 3 },
        { unit_code: 'B', field: 'office', staff: 0 },
      ],
      provinces: [{ province_code: 'P1', province_name: 'Đà Nẵng' }],
      meta: { name: 'codec test (synthetic)', synthetic: true, source: 'hand-made', period: '2025-Q3', periodsPerYear: 4 },
  });

  it('round-trips a small dataset with sparse headcount and on_time/backlog', () => {
    const rows = small();
    const decoded = decodeDataset(JSON.parse(JSON.stringify(encodeDataset(rows))));
    expect(normalised(decoded)).toEqual(normalised(rows));
  });

  it('round-trips every unit column of the dataset schema, including the staffing quota and the flags', () => {
    // The codec used to list the unit columns itself and left out quota, so pages planned without the
    // quota the planner gave (Dispatch 09's norm instead).
    const rows = small();
    const units = [{ ...rows.units[0]!, quota: 7, island: 0, land_border: 1, pop_flag: 'imputed(test)' }, rows.units[1]!];
    const decoded = normalised(decodeDataset(JSON.parse(JSON.stringify(encodeDataset({ ...rows, units })))));
    expect(decoded.units).toEqual(normalised({ ...rows, units }).units);
    expect(decoded.units.map((u) => u.quota)).toEqual([7, null]);
    expect(Object.keys(decoded.units[0]!).sort()).toEqual(columnNames('units').slice().sort());
  });

  it('rejects a volume row of an unknown unit, naming it', () => {
    const rows = small();
    const bad = { ...rows, volumes: [...rows.volumes.slice(0, 2), { ...rows.volumes[0]!, unit_code: 'NOPE' }] };
    expect(() => encodeDataset(bad)).toThrow(/NOPE/);
  });

  it('round-trips the Viet Nam dataset and shrinks it; the balance is identical', () => {
    const ds = loadVietNam();
    const rows = datasetRows(ds);
    const json = JSON.stringify(encodeDataset(rows));
    // The point of the encoding: far smaller than plain rows (measured ~0.7 MB vs ~14 MB).
    expect(json.length * 5).toBeLessThan(JSON.stringify(rows).length);
    const again = createDataset(decodeDataset(JSON.parse(json)));
    expect(datasetRows(again)).toEqual(rows);
    expect(balance(again).byUnit.objects()).toEqual(balance(ds).byUnit.objects());
  });
});
