import { CanbangInputError } from '@canbang/core';
import { numberCell, readDataCsv, type DataOptions } from './csv.ts';
import type { RegistryUnit } from './registry.ts';

/** REAL population, area and location of one unit (`data/units-2025-geo.csv`), with its quality flags. */
export interface UnitGeography {
  code: string;
  province_code: string;
  /** Residents ("quy mô dân số" of the rearrangement proposals, around end-2024); null where the atlas has none. */
  population: number | null;
  /** Natural area in km². */
  area_km2: number;
  /** Centroid of the unit's boundary polygon, degrees. */
  lat: number;
  lon: number;
  /** 0/1, derived from the polygons (the 13 special zones + 7 island communes). */
  island: number;
  /** 0/1, derived from the polygons (251 units in 22 provinces; official count 248). */
  land_border: number;
  /** Which crawl of the atlas gave the population. */
  pop_source: string;
  /** Doubtful value, e.g. `suspect_low(<1000)`, `missing`; "" when none. */
  pop_flag: string;
}

/**
 * Reads `data/units-2025-geo.csv` (REAL figures from the official atlas of the 2025 rearrangement, see
 * data/SOURCES.md) and checks it describes exactly the registry's units, in the same provinces, with an
 * area > 0, 0/1 flags and a population that is a whole number or empty (then flagged `missing`).
 *
 * @example
 * const geo = loadUnitGeography(loadRegistry().units);
 * geo.get('00070')?.population; // 105301 (Phường Hoàn Kiếm)
 */
export function loadUnitGeography(registry: readonly RegistryUnit[], options: DataOptions = {}): Map<string, UnitGeography> {
  const t = readDataCsv('units-2025-geo.csv', ['code', 'province_code', 'population', 'area_km2', 'lat', 'lon', 'island', 'land_border', 'pop_source', 'pop_flag'], options);
  const fail = (i: number, column: string, expected: string): never => {
    throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column, value: t.rows[i]![column], expected });
  };
  const provinceOf = new Map(registry.map((u) => [u.code, u.province_code]));
  const out = new Map<string, UnitGeography>();
  t.rows.forEach((row, i) => {
    const code = row.code!;
    if (!provinceOf.has(code)) fail(i, 'code', 'a unit code of units-2025.csv');
    if (out.has(code)) fail(i, 'code', 'each unit code once (duplicate)');
    if (row.province_code !== provinceOf.get(code)) fail(i, 'province_code', `${provinceOf.get(code)}, the unit's province in units-2025.csv`);
    const population = numberCell(t, i, 'population', { allowEmpty: true });
    if (population !== null && !(Number.isInteger(population) && population >= 0)) fail(i, 'population', 'a whole number >= 0, or empty');
    if (population === null && row.pop_flag !== 'missing') fail(i, 'pop_flag', '"missing" where the population is empty');
    const area = numberCell(t, i, 'area_km2')!;
    if (!(area > 0)) fail(i, 'area_km2', 'an area > 0 km²');
    const flags = ['island', 'land_border'].map((c) => {
      const v = numberCell(t, i, c)!;
      return v === 0 || v === 1 ? v : fail(i, c, '0 or 1');
    });
    out.set(code, {
      code,
      province_code: row.province_code!,
      population,
      area_km2: area,
      lat: numberCell(t, i, 'lat')!,
      lon: numberCell(t, i, 'lon')!,
      island: flags[0]!,
      land_border: flags[1]!,
      pop_source: row.pop_source!,
      pop_flag: row.pop_flag!,
    });
  });
  const absent = registry.find((u) => !out.has(u.code));
  if (absent) throw new CanbangInputError({ source: t.path, column: 'code', value: absent.code, expected: `a row for every unit of units-2025.csv (${absent.name} is missing)` });
  return out;
}
