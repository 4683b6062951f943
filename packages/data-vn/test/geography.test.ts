/**
 * The REAL unit attributes (data/units-2025-geo.csv, official atlas of the 2025 rearrangement) and the
 * boundaries (data/units-2025.topo.json), as loadVietNam() delivers them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataFilePath, IMPUTED_FLAG, imputePopulations, loadBoundaries, loadProvinceProfiles, loadRegistry, loadUnitGeography, loadVietNam, parseDataCsv, provinceBorders, provinceShapes,
  simplifyBoundaries, unitBorders, unitGroupShapes, unitShapes,
} from '@canbang/data-vn';

interface UnitRow { code: string; name: string; kind: string; province_code: string; population: number; area_km2: number; lat: number; lon: number; terrain: string; island: number; land_border: number; pop_flag: string | null }

const ds = loadVietNam();
const units = ds.units.objects() as unknown as UnitRow[];
const byCode = new Map(units.map((u) => [u.code, u]));
const registry = loadRegistry();

describe('real population, area and location of the 3,321 units', () => {
  it('gives every unit a population (real, or imputed and flagged), an area > 0 and a point inside Viet Nam', () => {
    expect(units.length).toBe(3321);
    // Viet Nam's extent, islands included: Lũng Cú 23°23'N (north), Hòn Khoai / Trường Sa reefs ~6.5-8.6°N (south),
    // A Pa Chải 102°08'E (west), Trường Sa archipelago to ~117.8°E (east); Hoàng Sa ~15.7-17.1°N, 111-113°E.
    for (const u of units) {
      expect(Number.isInteger(u.population) && u.population >= 0, u.code).toBe(true);
      expect(u.area_km2, u.code).toBeGreaterThan(0);
      expect(u.lat >= 6.5 && u.lat <= 23.4 && u.lon >= 102.1 && u.lon <= 117.9, `${u.code} ${u.lat},${u.lon}`).toBe(true);
      // Mainland units sit in the mainland box (the far-east points belong to the island units).
      if (u.island === 0) expect(u.lat >= 8.3 && u.lon <= 109.5, u.code).toBe(true);
    }
    // Hoàng Sa and Trường Sa special zones sit on their archipelagos.
    const hoangSa = byCode.get('20333')!;
    expect(hoangSa.lat > 15.7 && hoangSa.lat < 17.2 && hoangSa.lon > 111 && hoangSa.lon < 113).toBe(true);
    const truongSa = byCode.get('22736')!;
    expect(truongSa.lat > 6.5 && truongSa.lat < 12 && truongSa.lon > 111.5 && truongSa.lon < 117.9).toBe(true);
  });

  it('has the spot values of the atlas exactly (issue 10)', () => {
    // Atlas figures quoted in the issue: residents and natural area.
    const spot = (code: string) => [byCode.get(code)!.name, byCode.get(code)!.population, byCode.get(code)!.area_km2];
    expect(spot('00070')).toEqual(['Phường Hoàn Kiếm', 105_301, 1.91]);
    expect(spot('26740')).toEqual(['Phường Sài Gòn', 47_022, 3.04]);
    expect(spot('00004')).toEqual(['Phường Ba Đình', 65_023, 2.97]);
  });

  it('imputes exactly the 3 missing populations as province median density x area, and flags them', () => {
    const raw = parseDataCsv(readFileSync(dataFilePath('units-2025-geo.csv'), 'utf8'), 'geo');
    const missing = raw.rows.filter((r) => r.population === '').map((r) => r.code);
    expect(missing).toEqual(['06517', '28651', '30352']);
    expect(units.filter((u) => u.pop_flag === IMPUTED_FLAG).map((u) => u.code)).toEqual(missing);
    for (const code of missing) {
      const u = byCode.get(code)!;
      // Independent recomputation from the raw file: densities of the province's other units, their median.
      const d = raw.rows.filter((r) => r.province_code === u.province_code && r.population !== '').map((r) => Number(r.population) / Number(r.area_km2)).sort((a, b) => a - b);
      const median = d.length % 2 ? d[(d.length - 1) / 2]! : (d[d.length / 2 - 1]! + d[d.length / 2]!) / 2;
      expect(u.population, code).toBe(Math.round(median * u.area_km2));
    }
  });

  it('keeps every quality flag of the file on its unit (47 + 45 + 30 + 8 flagged, 3 imputed)', () => {
    const counts = new Map<string, number>();
    for (const u of units) if (u.pop_flag) counts.set(u.pop_flag, (counts.get(u.pop_flag) ?? 0) + 1);
    // Counts stated in the reference README of the data.
    expect(Object.fromEntries(counts)).toEqual({
      'suspect_low(<1000)': 47, '2025-07_vs_2026-03_differ': 45, record_area_mismatch: 30, 'suspect_density(>60000/km2)': 8, [IMPUTED_FLAG]: 3,
    });
  });

  it('marks 20 island units (the 13 special zones + 7 island communes) and 251 land-border units in 22 provinces', () => {
    const islands = units.filter((u) => u.island === 1);
    expect(islands.length).toBe(20);
    expect(islands.filter((u) => u.kind === 'special_zone').length).toBe(13);
    const border = units.filter((u) => u.land_border === 1);
    expect(border.length).toBe(251);
    expect(new Set(border.map((u) => u.province_code)).size).toBe(22);
  });

  it('sums unit areas to the province area within 1 % for 32 of 34 provinces; Ninh Bình and Cà Mau differ', () => {
    // Province natural areas: Resolution 202/2025/QH15 (rounded to km², province-profiles.csv).
    const off: string[] = [];
    for (const p of loadProvinceProfiles()) {
      const sum = units.filter((u) => u.province_code === p.province_code).reduce((s, u) => s + u.area_km2, 0);
      if (Math.abs(sum / p.area_km2 - 1) > 0.01) off.push(p.province_name);
    }
    expect(off).toEqual(['Ninh Bình', 'Cà Mau']);
  });

  it('adds up to the national totals of the atlas: 329,636 km² and 108.2 million people', () => {
    const area = units.reduce((s, u) => s + u.area_km2, 0);
    expect(Math.round(area)).toBe(329_636);
    const real = units.filter((u) => u.pop_flag !== IMPUTED_FLAG).reduce((s, u) => s + u.population, 0);
    expect(real / 1e6).toBeCloseTo(108.2, 1);
  });
});

describe('distances between units', () => {
  it('are measured between the real centroids of the atlas in transfer plans (Điện Biên)', async () => {
    const { EARTH_RADIUS_KM, planTransfers } = await import('@canbang/core');
    const raw = parseDataCsv(readFileSync(dataFilePath('units-2025-geo.csv'), 'utf8'), 'geo').rows;
    const at = new Map(raw.map((r) => [r.code!, [Number(r.lat), Number(r.lon)] as const]));
    // Great-circle distance from the raw file (haversine), independent of the dataset's copy of the centroids.
    const rad = Math.PI / 180;
    const km = (a: readonly [number, number], b: readonly [number, number]) => {
      const h = Math.sin(((b[0] - a[0]) * rad) / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(((b[1] - a[1]) * rad) / 2) ** 2;
      return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    };
    const plan = await planTransfers(ds, { province: '11' });
    expect(plan.moves.length).toBeGreaterThan(0);
    // Every move's distance is the same road factor (>= 1) times the great-circle distance between the two centroids.
    const factors = plan.moves.map((m) => m.distance_km / km(at.get(m.from)!, at.get(m.to)!));
    for (const f of factors) {
      expect(f).toBeGreaterThan(0.999); // distance_km is rounded to metres
      expect(f).toBeCloseTo(factors[0]!, 2);
    }
  });
});

describe('loadUnitGeography on bad copies', () => {
  it('refuses a unit of another province, a flag that is not 0/1 and an empty population without the missing flag', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const text = readFileSync(dataFilePath('units-2025-geo.csv'), 'utf8');
    const edit = (from: string, to: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'canbang-geo-'));
      writeFileSync(join(dir, 'units-2025-geo.csv'), text.replace(from, to));
      return { dataDir: dir };
    };
    // Spreadsheet row 2 (the first under the header row 1) is 00004 Phường Ba Đình, province 01.
    expect(() => loadUnitGeography(registry.units, edit('00004,Phường Ba Đình,ward,01,', '00004,Phường Ba Đình,ward,79,'))).toThrow(/units-2025-geo\.csv, row 2, column "province_code": got "79"; expected 01/);
    expect(() => loadUnitGeography(registry.units, edit('105.838061,0,0,', '105.838061,2,0,'))).toThrow(/row 2, column "island": got "2"; expected 0 or 1/);
    expect(() => loadUnitGeography(registry.units, edit('ward,01,65023,', 'ward,01,,'))).toThrow(/row 2, column "pop_flag".*expected "missing"/);
  });

  it('imputes from the other units of the same province only', () => {
    const geo = imputePopulations(loadUnitGeography(registry.units));
    // Lạng Sơn (20) densities decide 06517; changing a Hà Nội unit must not move it.
    const before = geo.get('06517')!.population;
    const raw = loadUnitGeography(registry.units);
    raw.set('00004', { ...raw.get('00004')!, population: 10_000_000 });
    expect(imputePopulations(raw).get('06517')!.population).toBe(before);
  });
});

describe('boundaries (TopoJSON, topojson-client)', () => {
  const topology = loadBoundaries();

  it('has 3,321 unit geometries whose codes and provinces equal the registry, and 34 provinces', () => {
    const shapes = topology.objects.units.geometries.map((g) => g.properties as { code: string; province_code: string });
    expect(shapes.map((p) => p.code).sort()).toEqual(registry.units.map((u) => u.code).sort());
    const provinceOf = new Map(registry.units.map((u) => [u.code, u.province_code]));
    for (const p of shapes) expect(p.province_code, p.code).toBe(provinceOf.get(p.code));
    expect(topology.objects.provinces.geometries.map((g) => (g.properties as { province_code: string }).province_code).sort()).toEqual(registry.provinces.map((p) => p.province_code).sort());
  });

  it('turns into GeoJSON polygons, per province on request, with the unit centroid inside its bounding box', () => {
    const all = unitShapes(topology);
    expect(all.features.length).toBe(3321);
    expect(all.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
    const dienBien = unitShapes(topology, { province: '11' });
    expect(dienBien.features.length).toBe(registry.provinces.find((p) => p.province_code === '11')!.units);
    // The atlas centroid of a unit lies within its (simplified) polygon's bounding box, give or take 0.02°.
    let outside = 0;
    for (const f of all.features) {
      const ring = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
      const lons = ring.map((c) => c[0]!);
      const lats = ring.map((c) => c[1]!);
      const u = byCode.get(f.properties.code)!;
      if (u.lon < Math.min(...lons) - 0.02 || u.lon > Math.max(...lons) + 0.02 || u.lat < Math.min(...lats) - 0.02 || u.lat > Math.max(...lats) + 0.02) outside++;
    }
    expect(outside).toBe(0);
    expect(provinceShapes(topology).features.length).toBe(34);
    expect(provinceShapes(topology, { province: '79' }).features.map((f) => f.properties.province_code)).toEqual(['79']);
    expect(provinceBorders(topology).type).toBe('MultiLineString');
  });

  it('simplifies to about the share of vertices asked for, keeping every unit', () => {
    const points = (t: typeof topology) => t.arcs.reduce((n, arc) => n + arc.length, 0);
    const light = simplifyBoundaries(topology, 0.1);
    expect(light.objects.units.geometries.length).toBe(3321);
    // Arc end points always stay, so a little more than 10 % remain; far fewer than all.
    const share = points(light) / points(topology);
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.3);
    expect(simplifyBoundaries(topology, 1)).toBe(topology);
    expect(() => simplifyBoundaries(topology, 0)).toThrow(RangeError);
  });

  it('dissolves units by group and draws the borders of one province or of all provinces', () => {
    // Điện Biên's units split in two groups by code parity: two features, their unit counts add up to 45.
    const codes = registry.units.filter((u) => u.province_code === '11').map((u) => u.code);
    const groupOf = new Map(codes.map((c) => [c, Number(c) % 2 === 0 ? 'even' : 'odd']));
    const groups = unitGroupShapes(topology, groupOf, ['even', 'odd', 'none']);
    expect(groups.features.map((f) => f.properties.group)).toEqual(['even', 'odd', 'none']);
    expect(groups.features.map((f) => f.properties.units)).toEqual([codes.filter((c) => Number(c) % 2 === 0).length, codes.filter((c) => Number(c) % 2 === 1).length, 0]);
    expect(groups.features.every((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    expect(groups.features[2]!.geometry.coordinates).toEqual([]);
    const inner = unitBorders(topology, { province: '11' });
    expect(inner.type).toBe('MultiLineString');
    expect(inner.coordinates.length).toBeGreaterThan(0);
    expect(unitBorders(topology)).toEqual(provinceBorders(topology));
  });
});
