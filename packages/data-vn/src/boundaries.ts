import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
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
  const units = topology.objects.units;
  const object: GeometryCollection<UnitShapeProperties> =
    options.province === undefined ? units : { ...units, geometries: units.geometries.filter((g) => (g.properties as { province_code?: string } | undefined)?.province_code === options.province) };
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
