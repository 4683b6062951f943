/**
 * The DERIVED terrain rule (src/terrain.ts). Calibration target: Decision 861/QĐ-TTg (4 June 2021) lists
 * 3,434 communes of the ethnic-minority and mountainous areas (1,673 region I, 210 region II, 1,551 region III),
 * about 32 % of the ~10,600 commune-level units of 2021; the rule must give a national share near that.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveTerrain, generateVietNam, loadRegistry, loadTerrainOverrides, TERRAIN_RULE } from '@canbang/data-vn';

describe('deriveTerrain', () => {
  const base = { island: 0, population: 10_000, area_km2: 100, provinceHasMountains: true };

  it('is island exactly when the island flag is 1, whatever the density', () => {
    expect(deriveTerrain({ ...base, island: 1 })).toBe('island');
    expect(deriveTerrain({ ...base, island: 1, population: 1 })).toBe('island');
    expect(deriveTerrain({ ...base, island: 1, provinceHasMountains: false })).toBe('island');
  });

  it('is mountain below the density threshold in provinces with mountains, plain at or above it', () => {
    // 175 residents/km² threshold: 17,499 / 100 = 174.99 is below, 17,500 / 100 = 175 is not.
    expect(TERRAIN_RULE.mountainDensityMax).toBe(175);
    expect(deriveTerrain({ ...base, population: 17_499 })).toBe('mountain');
    expect(deriveTerrain({ ...base, population: 17_500 })).toBe('plain');
    expect(deriveTerrain({ ...base, population: 17_499, provinceHasMountains: false })).toBe('plain');
    expect(deriveTerrain({ ...base, population: 0 })).toBe('mountain');
    // A custom rule moves the threshold.
    expect(deriveTerrain({ ...base, population: 17_500 }, { mountainDensityMax: 200 })).toBe('mountain');
  });
});

describe('terrain of the built-in dataset', () => {
  const units = generateVietNam().units;

  it('has a national mountainous share near the last official list (32 %: accept 28-37 %)', () => {
    const share = units.filter((u) => u.terrain === 'mountain').length / units.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.37);
  });

  it('marks as island exactly the units with the island flag (the plans rely on it)', () => {
    expect(units.filter((u) => u.terrain === 'island').map((u) => u.code)).toEqual(units.filter((u) => u.island === 1).map((u) => u.code));
  });

  it('puts the whole-mountain provinces mostly in mountain terrain and the Mekong delta in none', () => {
    const share = (province: string) => {
      const p = units.filter((u) => u.province_code === province);
      return p.filter((u) => u.terrain === 'mountain').length / p.length;
    };
    for (const province of ['04', '11', '12', '14']) expect(share(province), province).toBeGreaterThan(0.75); // Cao Bằng, Điện Biên, Lai Châu, Sơn La
    for (const province of ['82', '86', '92', '96']) expect(share(province), province).toBe(0); // Đồng Tháp, Vĩnh Long, Cần Thơ, Cà Mau
  });
});

describe('terrain.csv in dataDir (user override)', () => {
  const { units } = loadRegistry();
  const dir = (text: string) => {
    const d = mkdtempSync(join(tmpdir(), 'canbang-terrain-'));
    writeFileSync(join(d, 'terrain.csv'), text);
    return { dataDir: d };
  };

  it('replaces the derived terrain of the units it lists and leaves the others', () => {
    const options = dir('code,terrain\n00070,mountain\n');
    expect(loadTerrainOverrides(units, options)).toEqual(new Map([['00070', 'mountain']]));
    const rows = generateVietNam(options).units;
    const plain = generateVietNam().units;
    expect(rows.find((u) => u.code === '00070')!.terrain).toBe('mountain');
    expect(rows.filter((u) => u.code !== '00070').map((u) => u.terrain)).toEqual(plain.filter((u) => u.code !== '00070').map((u) => u.terrain));
  });

  it('refuses an unknown code, a duplicate or an unknown terrain, naming file, row and column', () => {
    expect(() => loadTerrainOverrides(units, dir('code,terrain\n99999,plain\n'))).toThrow(/terrain\.csv, row 2, column "code": got "99999"; expected a unit code/);
    expect(() => loadTerrainOverrides(units, dir('code,terrain\n00070,plain\n00070,plain\n'))).toThrow(/row 3, column "code".*duplicate/);
    expect(() => loadTerrainOverrides(units, dir('code,terrain\n00070,hills\n'))).toThrow(/row 2, column "terrain": got "hills"; expected one of plain \| mountain \| island/);
  });

  it('is empty without a dataDir or without the file there', () => {
    expect(loadTerrainOverrides(units).size).toBe(0);
    expect(loadTerrainOverrides(units, { dataDir: mkdtempSync(join(tmpdir(), 'canbang-terrain-none-')) }).size).toBe(0);
  });
});
