import { describe, expect, it } from 'vitest';
import { normQuota, VN_STAFFING_NORMS } from '@canbang/core';
import {
  createSyntheticRandom, DEFAULT_SEED, deriveTerrain, FIELD_STAFF_SHARES, generateVietNam, imputePopulations, loadProvinceProfiles, loadRegistry, loadStandards, loadUnitGeography, loadVietNam, VN_FIELDS,
} from '@canbang/data-vn';

describe('createSyntheticRandom (mulberry32)', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createSyntheticRandom(42);
    const b = createSyntheticRandom(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createSyntheticRandom(43).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws normals with the requested mean and sd (10,000 draws, tolerance about 4 standard errors)', () => {
    const r = createSyntheticRandom(7);
    const xs = Array.from({ length: 10_000 }, () => r.normal(5, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean - 5)).toBeLessThan(0.08); // SE of the mean = 2 / sqrt(10,000) = 0.02
    expect(Math.abs(sd - 2)).toBeLessThan(0.06); // SE of the sd ~ 2 / sqrt(20,000) = 0.014
  });
});

describe('generateVietNam', () => {
  const rows = generateVietNam();
  const { units: registry } = loadRegistry();

  it('is deterministic: the same seed gives identical rows, another seed different ones', () => {
    expect(JSON.stringify(generateVietNam({ seed: DEFAULT_SEED }))).toBe(JSON.stringify(rows));
    const other = generateVietNam({ seed: 1 });
    // The synthetic parts change with the seed; the real ones do not.
    expect(other.headcount.map((h) => h.staff)).not.toEqual(rows.headcount.map((h) => h.staff));
    expect(other.volumes.map((v) => v.cases)).not.toEqual(rows.volumes.map((v) => v.cases));
    expect(other.units.map((u) => u.population)).toEqual(rows.units.map((u) => u.population));
    expect(other.units.map((u) => u.code)).toEqual(rows.units.map((u) => u.code)); // the registry never changes
  });

  it('keeps the real registry: every unit, its code, exact name, kind and province', () => {
    expect(rows.units.map((u) => [u.code, u.name, u.kind, u.province_code])).toEqual(registry.map((u) => [u.code, u.name, u.kind, u.province_code]));
    expect(rows.provinces?.length).toBe(34);
  });

  it('labels itself SYNTHETIC with the seed and cites the registry', () => {
    expect(rows.meta).toMatchObject({ synthetic: true, seed: DEFAULT_SEED, period: '2025-Q3', periodsPerYear: 4 });
    expect(rows.meta.name).toMatch(/SYNTHETIC/);
    expect(rows.meta.source).toMatch(/1027\/CTK-CSCL/);
    expect(rows.meta.source).toMatch(/SYNTHETIC.*seed 20250701/);
    expect(generateVietNam({ seed: 9 }).meta.source).toMatch(/seed 9\b/);
  });

  it('gives every unit its REAL population, area and centroid from units-2025-geo.csv (imputed ones flagged), whatever the seed', () => {
    const { units } = loadRegistry();
    const geo = imputePopulations(loadUnitGeography(units));
    for (const u of [...rows.units, ...generateVietNam({ seed: 1 }).units]) {
      const g = geo.get(u.code)!;
      expect([u.population, u.area_km2, u.lat, u.lon, u.island, u.land_border, u.pop_flag ?? ''], u.name).toEqual([g.population, g.area_km2, g.lat, g.lon, g.island, g.land_border, g.pop_flag]);
    }
  });

  it('derives terrain by the stated rule from the real figures and the province profile', () => {
    const profiles = new Map(loadProvinceProfiles().map((p) => [p.province_code, p]));
    for (const u of rows.units) {
      const expected = deriveTerrain({ island: u.island!, population: u.population, area_km2: u.area_km2, provinceHasMountains: profiles.get(u.province_code)!.mountain_share > 0 });
      expect(u.terrain, u.name).toBe(expected);
    }
    // Mountainous communes appear in the mountain provinces: Điện Biên (profile share 0.95) vs TP Hồ Chí Minh (0).
    const mountainShare = (code: string) => {
      const c = rows.units.filter((u) => u.province_code === code && u.kind === 'commune');
      return c.filter((u) => u.terrain === 'mountain').length / c.length;
    };
    expect(mountainShare('11')).toBeGreaterThan(0.85);
    expect(mountainShare('79')).toBe(0);
  });

  it('gives every unit an integer headcount in each of the nine fields, and volumes only for service activities', () => {
    expect(rows.headcount.length).toBe(3321 * 9);
    expect(rows.headcount.slice(0, 9).map((h) => h.field)).toEqual([...VN_FIELDS]);
    expect(rows.headcount.every((h) => Number.isInteger(h.staff) && h.staff >= 0)).toBe(true);
    const services = new Set(loadStandards().filter((s) => s.kind === 'service').map((s) => `${s.field}/${s.activity}`));
    expect(rows.volumes.every((v) => services.has(`${v.field}/${v.activity}`) && Number.isInteger(v.cases) && v.cases >= 0)).toBe(true);
    expect(new Set(rows.volumes.map((v) => v.unit_code)).size).toBe(3321);
  });

  it('draws staff around the Dispatch 09 norm quota and never above the cap', () => {
    const staff = new Map<string, number>();
    for (const h of rows.headcount) staff.set(h.unit_code, (staff.get(h.unit_code) ?? 0) + h.staff);
    for (const u of rows.units) {
      const s = staff.get(u.code)!;
      expect(s, u.name).toBeLessThanOrEqual(VN_STAFFING_NORMS.caps[u.kind]); // 50 commune, 70 ward / special zone
      if (u.kind === 'special_zone') continue; // tiny island zones are staffed below the norm
      const quota = normQuota(u);
      // Staff factor is clamped to [0.85, 1.08] before rounding: |staff - quota| <= 15% of quota + 1.
      expect(Math.abs(s - quota), u.name).toBeLessThanOrEqual(0.15 * quota + 1);
    }
  });
});

describe('loadVietNam', () => {
  it('returns a validated dataset of 3,321 units x 9 fields', () => {
    const ds = loadVietNam();
    expect(ds.units.numRows()).toBe(3321);
    expect(ds.headcount.numRows()).toBe(3321 * 9);
    expect(ds.fields.numRows()).toBe(9);
    expect(ds.meta.synthetic).toBe(true);
    expect(ds.units.array('name')[0]).toBe('Phường Ba Đình');
  });
});

describe('headcount split (fixed department pattern)', () => {
  it('splits each unit total over the fields by FIELD_STAFF_SHARES, give or take the few moved staff', () => {
    const rows = generateVietNam();
    const byUnit = new Map<string, Map<string, number>>();
    for (const h of rows.headcount) {
      if (!byUnit.has(h.unit_code)) byUnit.set(h.unit_code, new Map());
      byUnit.get(h.unit_code)!.set(h.field, h.staff);
    }
    for (const u of rows.units) {
      const staff = byUnit.get(u.code)!;
      const total = [...staff.values()].reduce((a, b) => a + b, 0);
      if (u.kind === 'commune') expect(total, u.name).toBeGreaterThanOrEqual(27); // 0.85 x 32 = 27.2, rounded
      for (const field of VN_FIELDS) {
        // Largest-remainder rounding is within 1 of total x share; at most 2 staff are moved into or out of a field.
        expect(Math.abs(staff.get(field)! - (total * FIELD_STAFF_SHARES[field]) / 100), `${u.name} ${field}`).toBeLessThan(3);
      }
    }
  });
});
