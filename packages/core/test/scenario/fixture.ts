/**
 * A four-unit dataset whose WISN numbers are easy to check by hand (AWT = 1832 h, one period a year):
 * land registration takes 60 min (1 h) a case and land staff spend 20 % on meetings (CAF = 1/0.8 = 1.25);
 * civil_status birth registration takes 30 min, no support work (CAF = 1).
 *
 * unit  province kind          pop     land cases  land req               civil cases  civil req   staff land/civil
 * A     P1       commune       10,000  1832        1832/1832*1.25 = 1.25  3664         3664*.5/1832 = 1  2 / 1
 * B     P1       ward          30,000  9160        5*1.25 = 6.25          7328         2           4 / 2
 * C     P2       commune       20,000  2748        1.5*1.25 = 1.875       1832         0.5         1 / 1
 * D     P2       special_zone  20,000  -           0                      -            0           - / -
 * Unit totals: A 3 staff vs 2.25 (ratio 1.33, underloaded); B 6 vs 8.25 (0.727, overloaded);
 * C 2 vs 2.375 (0.842, overloaded); D 0 vs 0 (balanced).
 */
import { createDataset, type Dataset, type DatasetRows } from '@canbang/core';

export const FIXTURE_ROWS: DatasetRows = {
  units: [
    { code: 'A', name: 'Xã An Bình', kind: 'commune', province_code: 'P1', population: 10_000, area_km2: 20, lat: 21, lon: 105, terrain: 'plain' },
    { code: 'B', name: 'Phường Hải Châu', kind: 'ward', province_code: 'P1', population: 30_000, area_km2: 5, lat: 16, lon: 108, terrain: 'plain' },
    { code: 'C', name: 'Xã Mường Lay', kind: 'commune', province_code: 'P2', population: 20_000, area_km2: 80, lat: 22, lon: 103, terrain: 'mountain' },
    { code: 'D', name: 'Đặc khu Côn Đảo', kind: 'special_zone', province_code: 'P2', population: 20_000, area_km2: 76, lat: 8.7, lon: 106.6, terrain: 'island' },
  ],
  headcount: [
    { unit_code: 'A', field: 'land', staff: 2 },
    { unit_code: 'A', field: 'civil_status', staff: 1 },
    { unit_code: 'B', field: 'land', staff: 4 },
    { unit_code: 'B', field: 'civil_status', staff: 2 },
    { unit_code: 'C', field: 'land', staff: 1 },
    { unit_code: 'C', field: 'civil_status', staff: 1 },
  ],
  volumes: [
    { unit_code: 'A', field: 'land', activity: 'registration', cases: 1832 },
    { unit_code: 'A', field: 'civil_status', activity: 'birth', cases: 3664 },
    { unit_code: 'B', field: 'land', activity: 'registration', cases: 9160 },
    { unit_code: 'B', field: 'civil_status', activity: 'birth', cases: 7328 },
    { unit_code: 'C', field: 'land', activity: 'registration', cases: 2748 },
    { unit_code: 'C', field: 'civil_status', activity: 'birth', cases: 1832 },
  ],
  standards: [
    { field: 'land', activity: 'registration', kind: 'service', minutes_per_case: 60, share: null, hours: null },
    { field: 'land', activity: 'meetings', kind: 'support', minutes_per_case: null, share: 20, hours: null },
    { field: 'civil_status', activity: 'birth', kind: 'service', minutes_per_case: 30, share: null, hours: null },
  ],
  meta: { name: 'hand-checked fixture', synthetic: true, source: 'test fixture', period: '2025', periodsPerYear: 1 },
};

export function fixture(): Dataset {
  return createDataset(FIXTURE_ROWS);
}

/** Rows of a table as plain objects keyed by `unit_code|field` (or `unit_code`). */
export function byKey(rows: object[], keys: readonly string[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries((rows as Record<string, unknown>[]).map((r) => [keys.map((k) => r[k]).join('|'), r]));
}
