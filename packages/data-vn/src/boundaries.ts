import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataFileUrl } from './csv.ts';

/** Properties of a unit geometry in the TopoJSON (`objects.units`). */
export interface UnitShapeProperties {
  code: string;
  province_code: string;
}

/** Properties of a province geometry (`objects.provinces`, dissolved from the units). */
export interface ProvinceShapeProperties {
  province_code: string;
}

/** The boundaries file: objects `units` (3,321) and `provinces` (34), quantized TopoJSON. */
export type VnTopology = Topology<{
  units: GeometryCollection<UnitShapeProperties>;
  provinces: GeometryCollection<ProvinceShapeProperties>;
}>;

export type UnitShape = Feature<Polygon | MultiPolygon, UnitShapeProperties>;
export type ProvinceShape = Feature<Polygon | MultiPolygon, ProvinceShapeProperties>;

/**
 * REAL boundaries of every unit and province (`data/units-2025.topo.json`, 1.7 MB): the official atlas'
 * polygons of the 2025 rearrangement via thanglequoc/vietnamese-provinces-database (MIT), simplified to
 * about 3 % of the vertices with mapshaper (see data/SOURCES.md). Read fresh on each call.
 *
 * @example
 * const topology = loadBoundaries();
 * topology.objects.units.geometries.length; // 3321
 */
export function loadBoundaries(): VnTopology {
  return JSON.parse(readFileSync(dataFileUrl('units-2025.topo.json'), 'utf8')) as VnTopology;
}

/** Which shapes to take: all, or one province's. */
export interface ShapeOptions {
  /** 2-digit province code: only that province's units. */
  province?: string;
}

/**
 * The units as GeoJSON features (topojson-client `feature`), optionally one province's.
 *
 * @example
 * unitShapes(loadBoundaries(), { province: '11' }).features.length; // 45 (Điện Biên)
 */
export function unitShapes(topology: VnTopology, options: ShapeOptions = {}): FeatureCollection<Polygon | MultiPolygon, UnitShapeProperties> {
  const object: GeometryCollection<UnitShapeProperties> = { ...topology.objects.units, geometries: provinceUnits(topology, options) };
  return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, UnitShapeProperties>;
}

/**
 * The 34 provinces as GeoJSON features, optionally one of them.
 *
 * @example
 * provinceShapes(loadBoundaries()).features.length; // 34
 */
export function provinceShapes(topology: VnTopology, options: ShapeOptions = {}): FeatureCollection<Polygon | MultiPolygon, ProvinceShapeProperties> {
  const provinces = topology.objects.provinces;
  const object: GeometryCollection<ProvinceShapeProperties> =
    options.province === undefined ? provinces : { ...provinces, geometries: provinces.geometries.filter((g) => (g.properties as { province_code?: string } | undefined)?.province_code === options.province) };
  return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, ProvinceShapeProperties>;
}

/**
 * The province borders as one GeoJSON MultiLineString (each shared border once; topojson-client `mesh`),
 * to draw over a unit map.
 *
 * @example
 * provinceBorders(loadBoundaries()).type; // 'MultiLineString'
 */
export function provinceBorders(topology: VnTopology): ReturnType<typeof mesh> {
  return mesh(topology, topology.objects.provinces);
}

/**
 * A lighter copy of the boundaries keeping about `keep` (0-1] of the vertices by Visvalingam area
 * (topojson-simplify); shared borders stay shared, so neighbouring units still fit together.
 *
 * @example
 * simplifyBoundaries(loadBoundaries(), 0.05); // for a national map: ~5 % of the (already simplified) vertices
 */
export function simplifyBoundaries(topology: VnTopology, keep: number): VnTopology {
  if (!(keep > 0 && keep <= 1)) throw new RangeError(`simplifyBoundaries: keep is ${keep}; expected a share in (0, 1]`);
  if (keep === 1) return topology;
  const weighted = presimplify(topology);
  return simplify(weighted, quantile(weighted, keep)) as VnTopology;
}

/**
 * The units dissolved by group (topojson-client `merge`): one MultiPolygon per group, e.g. per status, so a
 * national map draws three shapes instead of 3,321 (borders between units of the same group vanish).
 * Units whose code `groupOf` does not map are left out. Features come in the order of `groups`.
 *
 * @example
 * const status = new Map([['00004', 'overloaded'], ['00008', 'balanced']]);
 * unitGroupShapes(loadBoundaries(), status, ['overloaded', 'balanced']).features.length; // 2
 */
export function unitGroupShapes(
  topology: VnTopology,
  groupOf: ReadonlyMap<string, string>,
  groups: readonly string[],
  options: ShapeOptions = {},
): FeatureCollection<MultiPolygon, { group: string; units: number }> {
  const members = provinceUnits(topology, options);
  return {
    type: 'FeatureCollection',
    features: groups.map((group) => {
      const geometries = members.filter((g) => groupOf.get(unitProperties(g).code) === group);
      return { type: 'Feature', properties: { group, units: geometries.length }, geometry: merge(topology, geometries as never) };
    }),
  };
}

/**
 * Borders to draw over a map: between the units of one province (`options.province`), or between the
 * provinces for the whole country, each shared border once (topojson-client `mesh`).
 *
 * @example
 * unitBorders(loadBoundaries(), { province: '11' }).type; // 'MultiLineString'
 */
export function unitBorders(topology: VnTopology, options: ShapeOptions = {}): ReturnType<typeof mesh> {
  if (options.province === undefined) return provinceBorders(topology);
  const units = { ...topology.objects.units, geometries: provinceUnits(topology, options) };
  return mesh(topology, units, (a, b) => a !== b);
}

function provinceUnits(topology: VnTopology, options: ShapeOptions) {
  const all = topology.objects.units.geometries;
  return options.province === undefined ? all : all.filter((g) => unitProperties(g).province_code === options.province);
}

function unitProperties(geometry: { properties?: unknown }): UnitShapeProperties {
  return geometry.properties as UnitShapeProperties;
}
