import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilePath, loadProvinceProfiles, loadRegistry } from '@canbang/data-vn';

describe('province-profiles.csv (approximate calibration inputs)', () => {
  const profiles = loadProvinceProfiles();
  const { units, provinces } = loadRegistry();
  const pop = (code: string) => profiles.find((p) => p.province_code === code)!.population;

  it('has one row per registry province, with the registry name', () => {
    expect(profiles.map((p) => [p.province_code, p.province_name])).toEqual(provinces.map((p) => [p.province_code, p.province_name]));
  });

  it("adds up to Viet Nam's ~101 million residents and ~331,000 km2", () => {
    // GSO: 101.3 million residents (2024); land area about 331,000 km2.
    const total = profiles.reduce((s, p) => s + p.population, 0);
    expect(total).toBeGreaterThan(100e6);
    expect(total).toBeLessThan(102.5e6);
    const area = profiles.reduce((s, p) => s + p.area_km2, 0);
    expect(Math.abs(area - 331_000) / 331_000).toBeLessThan(0.01);
  });

  it("has the brief's anchor populations: HCMC ~14 M (largest), Hà Nội ~8.7 M, Điện Biên ~0.64 M, Lai Châu ~0.48 M (smallest)", () => {
    expect(pop('79')).toBeCloseTo(14.0e6, -5);
    expect(pop('01')).toBeCloseTo(8.7e6, -5);
    expect(pop('11')).toBeCloseTo(0.64e6, -4);
    expect(pop('12')).toBeCloseTo(0.48e6, -4);
    const sorted = [...profiles].sort((a, b) => b.population - a.population);
    expect(sorted[0]!.province_code).toBe('79');
    expect(sorted.at(-1)!.province_code).toBe('12');
  });

  it('keeps shares in [0, 1] and flags every province with a special zone as having islands', () => {
    for (const p of profiles) {
      for (const v of [p.mountain_share, p.urban_share]) expect(v >= 0 && v <= 1, p.province_name).toBe(true);
    }
    const zoneProvinces = new Set(units.filter((u) => u.kind === 'special_zone').map((u) => u.province_code));
    for (const code of zoneProvinces) expect(profiles.find((p) => p.province_code === code)!.has_islands, code).toBe(true);
  });
});

describe('loadProvinceProfiles on an edited copy (dataDir)', () => {
  it('refuses a has_islands flag that is neither 0 nor 1, naming file, row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'canbang-profiles-'));
    const lines = readFileSync(dataFilePath('province-profiles.csv'), 'utf8').split('\n');
    // Line 2 (spreadsheet row 2, under the header) is Hà Nội (has_islands 0, second-to-last column): make it 0.5.
    const cells = lines[1]!.split(',');
    cells[cells.length - 2] = '0.5';
    lines[1] = cells.join(',');
    writeFileSync(join(dir, 'province-profiles.csv'), lines.join('\n'));
    expect(() => loadProvinceProfiles({ dataDir: dir })).toThrow(/province-profiles\.csv, row 2, column "has_islands": got 0\.5; expected 0 or 1/);
  });
});
