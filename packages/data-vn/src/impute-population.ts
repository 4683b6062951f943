import type { UnitGeography } from './geography.ts';

/** The flag an imputed population carries (in `pop_flag`), naming the rule. */
export const IMPUTED_FLAG = 'imputed(missing; province median density x area)';

/**
 * Fills the populations the atlas does not give: the median density (residents per km²) of the other units
 * of the same province that have one, times the unit's own area, rounded; the unit's `pop_flag` becomes
 * {@link IMPUTED_FLAG}, so the estimate is never silent. Units with a population are returned unchanged.
 *
 * @example
 * // Xã Quan Sơn (Lạng Sơn, 138.05 km², no population in the atlas) gets Lạng Sơn's median density x 138.05.
 * imputePopulations(loadUnitGeography(loadRegistry().units)).get('06517')?.pop_flag; // IMPUTED_FLAG
 */
export function imputePopulations(geography: ReadonlyMap<string, UnitGeography>): Map<string, UnitGeography & { population: number }> {
  const densities = new Map<string, number[]>();
  for (const g of geography.values()) {
    if (g.population === null) continue;
    const list = densities.get(g.province_code) ?? [];
    list.push(g.population / g.area_km2);
    densities.set(g.province_code, list);
  }
  const out = new Map<string, UnitGeography & { population: number }>();
  for (const [code, g] of geography) {
    out.set(code, g.population !== null ? { ...g, population: g.population } : { ...g, population: Math.round(median(densities.get(g.province_code) ?? [0]) * g.area_km2), pop_flag: IMPUTED_FLAG });
  }
  return out;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
