import { CanbangInputError } from '@canbang/core';
import { numberCell, readDataCsv, type DataOptions } from './csv.ts';

/**
 * APPROXIMATE per-province figures used only to calibrate the synthetic dataset (rounded public figures
 * for the merged 2025 provinces; see data/SOURCES.md). Not official statistics.
 */
export interface ProvinceProfile {
  province_code: string;
  province_name: string;
  /** Residents (rounded 2024 figures summed over the merged provinces). */
  population: number;
  area_km2: number;
  /** Approximate mainland bounding box (special zones have their own coordinates). */
  lat_min: number;
  lat_max: number;
  lon_min: number;
  lon_max: number;
  /** Approximate share (0-1) of communes in mountainous areas. */
  mountain_share: number;
  /** Whether the province has island units. */
  has_islands: boolean;
  /** Approximate urban population share (0-1). */
  urban_share: number;
}

/**
 * Reads `data/province-profiles.csv` (34 rows, APPROXIMATE calibration inputs).
 *
 * @example
 * loadProvinceProfiles().find((p) => p.province_code === '79')?.population; // 14002000 (TP Hồ Chí Minh, approx.)
 */
export function loadProvinceProfiles(options: DataOptions = {}): ProvinceProfile[] {
  const numeric = ['population', 'area_km2', 'lat_min', 'lat_max', 'lon_min', 'lon_max', 'mountain_share', 'has_islands', 'urban_share'] as const;
  const t = readDataCsv('province-profiles.csv', ['province_code', 'province_name', ...numeric], options);
  return t.rows.map((row, i) => {
    const n = Object.fromEntries(numeric.map((c) => [c, numberCell(t, i, c)!])) as Record<(typeof numeric)[number], number>;
    for (const c of ['mountain_share', 'urban_share'] as const) {
      if (n[c] < 0 || n[c] > 1) throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column: c, value: n[c], expected: 'a number from 0 to 1' });
    }
    // A flag: 0.5 must not quietly read as "no islands".
    if (n.has_islands !== 0 && n.has_islands !== 1) {
      throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column: 'has_islands', value: n.has_islands, expected: '0 or 1' });
    }
    if (!(n.lat_min < n.lat_max && n.lon_min < n.lon_max)) {
      throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column: 'lat_min', value: n.lat_min, expected: 'lat_min < lat_max and lon_min < lon_max' });
    }
    return { province_code: row.province_code!, province_name: row.province_name!, ...n, has_islands: n.has_islands === 1 };
  });
}
