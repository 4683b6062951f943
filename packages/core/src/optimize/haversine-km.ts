import { unitCoordinates, type MaybeCoordinates } from './unit-coordinates.ts';

/**
 * Mean Earth radius (km) used for great-circle distances.
 *
 * @example
 * (EARTH_RADIUS_KM * Math.PI) / 180; // 111.195 km per degree of latitude
 */
export const EARTH_RADIUS_KM = 6371;

/**
 * Great-circle distance in km between two points given in degrees (haversine formula, R = 6371 km).
 * A point without lat or lon (optional unit columns) is a CanbangInputError naming the unit ({@link unitCoordinates}).
 *
 * @example
 * haversineKm({ lat: 21.0285, lon: 105.8542 }, { lat: 10.7769, lon: 106.7009 }); // ~1,138 km Hanoi - HCMC
 */
export function haversineKm(from: MaybeCoordinates, to: MaybeCoordinates): number {
  const a = unitCoordinates(from);
  const b = unitCoordinates(to);
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
