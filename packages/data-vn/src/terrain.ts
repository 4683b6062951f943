import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CanbangInputError, TERRAINS, type Terrain } from '@canbang/core';
import { readDataCsv, type DataOptions } from './csv.ts';
import type { RegistryUnit } from './registry.ts';

/**
 * The terrain rule's one parameter. No official list of mountainous units exists for the 2025 units
 * (Decision 861/QĐ-TTg of 4 June 2021 classifies the pre-merger communes: 3,434 communes of the ethnic-minority
 * and mountainous areas, about 32 % of the ~10,600 commune-level units of 2021). 175 residents/km² is the
 * round threshold that gives a national mountainous share of about that size on the real 2025 figures
 * (test/terrain.test.ts checks the share stays within 28-37 %).
 *
 * @example
 * TERRAIN_RULE.mountainDensityMax; // 175 residents per km²
 */
export const TERRAIN_RULE: Readonly<TerrainRule> = Object.freeze({
  /** A unit of a province with mountains is mountainous below this many residents per km². */
  mountainDensityMax: 175,
});

/** Parameters of {@link deriveTerrain}. */
export interface TerrainRule {
  /** A unit of a province with mountains is mountainous below this many residents per km². */
  mountainDensityMax: number;
}

/** What the terrain rule looks at for one unit. */
export interface TerrainInput {
  /** 1 when the unit lies on an island (the atlas-derived flag). */
  island: number;
  population: number;
  area_km2: number;
  /** Whether the unit's province has any mountainous area (province-profiles.csv `mountain_share` > 0). */
  provinceHasMountains: boolean;
}

/**
 * DERIVED terrain of a unit: `island` exactly when the island flag is 1; else `mountain` when its province
 * has mountains and its density is below {@link TERRAIN_RULE}.mountainDensityMax (sparsely settled upland:
 * the lowland deltas are dense, and the provinces without mountains are excluded even where sparse, e.g.
 * the Đồng Tháp Mười plain or the Cà Mau mangroves); else `plain`. A stated rule, not an official list.
 *
 * @example
 * deriveTerrain({ island: 0, population: 9000, area_km2: 120, provinceHasMountains: true }); // 'mountain' (75 /km²)
 * deriveTerrain({ island: 0, population: 9000, area_km2: 120, provinceHasMountains: false }); // 'plain'
 * deriveTerrain({ island: 1, population: 9000, area_km2: 120, provinceHasMountains: true }); // 'island'
 */
export function deriveTerrain(unit: TerrainInput, rule: TerrainRule = TERRAIN_RULE): Terrain {
  if (unit.island === 1) return 'island';
  const density = unit.area_km2 > 0 ? unit.population / unit.area_km2 : Infinity;
  return unit.provinceHasMountains && density < rule.mountainDensityMax ? 'mountain' : 'plain';
}

/**
 * The user's own terrain for some units: `terrain.csv` (columns `code`, `terrain`) in `options.dataDir`
 * replaces the derived terrain of the units it lists (e.g. from a province's official list). The package
 * ships no such file, so without a `dataDir` holding one the map is empty.
 *
 * @example
 * loadTerrainOverrides(loadRegistry().units, { dataDir: 'my-vn-data' }).get('03127'); // 'mountain' if listed
 */
export function loadTerrainOverrides(registry: readonly RegistryUnit[], options: DataOptions = {}): Map<string, Terrain> {
  const out = new Map<string, Terrain>();
  if (options.dataDir === undefined || !existsSync(join(options.dataDir, 'terrain.csv'))) return out;
  const t = readDataCsv('terrain.csv', ['code', 'terrain'], options);
  const known = new Set(registry.map((u) => u.code));
  t.rows.forEach((row, i) => {
    const fail = (column: string, expected: string): never => {
      throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column, value: row[column], expected });
    };
    const code = row.code!.trim();
    const terrain = row.terrain!.trim() as Terrain;
    if (!known.has(code)) fail('code', 'a unit code of units-2025.csv');
    if (out.has(code)) fail('code', 'each unit code once (duplicate)');
    if (!TERRAINS.includes(terrain)) fail('terrain', `one of ${TERRAINS.join(' | ')}`);
    out.set(code, terrain);
  });
  return out;
}
