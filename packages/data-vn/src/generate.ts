import type { DatasetMeta, DatasetRows, HeadcountRow, StandardRow, Terrain, Unit, VolumeRow } from '@canbang/core';
import { CanbangInputError, haversineKm, normQuota, VN_STAFFING_NORMS } from '@canbang/core';
import { createSyntheticRandom, type Random } from './random.ts';
import { dataFilePath, type DataOptions } from './csv.ts';
import { loadRegistry } from './registry.ts';
import { loadProvinceProfiles } from './profiles.ts';
import { loadUnitGeography } from './geography.ts';
import { imputePopulations } from './impute-population.ts';
import { deriveTerrain, loadTerrainOverrides, TERRAIN_RULE } from './terrain.ts';
import { vnDataNote, vnDataNoteVi, vnDataNotePartsVi } from './data-note.ts';
import { loadFields, loadStandards, loadVolumeModel, VN_FIELDS, type VnField } from './standards.ts';

/**
 * Default seed of the synthetic dataset (the day the two-level local government started).
 *
 * @example
 * loadVietNam({ seed: DEFAULT_SEED }); // the same as loadVietNam()
 */
export const DEFAULT_SEED = 20250701;

/**
 * Period the synthetic volumes cover (one quarter; `meta.periodsPerYear` is 4).
 *
 * @example
 * loadVietNam().meta.period === VN_PERIOD; // true
 */
export const VN_PERIOD = '2025-Q3';

export interface GenerateOptions extends DataOptions {
  /** PRNG seed; default {@link DEFAULT_SEED}. Same seed, identical rows. */
  seed?: number;
}

/**
 * Fixed department pattern: percent of a unit's staff in each field. Headcount follows the norm quota
 * (Dispatch 09/CV-BCĐ) split by this pattern, independent of workload: that is the realistic source of
 * imbalance. An assumption informed by Decree 150/2025's three departments plus the service centre.
 *
 * @example
 * FIELD_STAFF_SHARES.land; // 11 (% of a unit's staff)
 */
export const FIELD_STAFF_SHARES: Readonly<Record<VnField, number>> = Object.freeze({
  office: 25,
  land: 11,
  construction: 8,
  civil_status: 6,
  finance: 7,
  culture_social: 20,
  economy: 12,
  it_digital: 4,
  one_stop: 7,
});

/**
 * Knobs of the synthetic generator (documented in README.md). Volumes follow population, urbanity and
 * province activity; headcount follows the norm quota drawn around its value, never above the cap.
 *
 * @example
 * GENERATOR_PARAMETERS.staffFactorMean; // 0.97: staff drawn a little below the norm quota on average
 */
export const GENERATOR_PARAMETERS = Object.freeze({
  /** Province dossier demand = base + slope x urban share (dossiers per resident rise with urbanisation). */
  provinceActivityBase: 0.47,
  provinceActivitySlope: 0.74,
  /** Log-sd of a province's dossier demand around its urban-share line. */
  provinceSigma: 0.05,
  /** Multiplier on dossier volumes of mountainous units (fewer transactions). */
  mountainVolumeFactor: 0.55,
  /** Dossier demand falls linearly by up to this share with the distance from the province's centre of population... */
  remoteVolumeDrop: 0.2,
  /** ...reaching the full drop at this distance (km). */
  remoteKm: 150,
  /** Log-sd of a unit's overall activity and of each activity's volume. */
  unitActivitySigma: 0.15,
  activitySigma: 0.2,
  /** Actual staff = quota x normal(mean, sd), clamped to [min, max], rounded, never above the kind's cap. */
  staffFactorMean: 0.97,
  staffFactorSd: 0.05,
  staffFactorMin: 0.85,
  staffFactorMax: 1.08,
  /** Special zones with fewer residents than this get proportionally fewer staff and base volumes. */
  smallZonePopulation: 5000,
  minZoneStaff: 6,
});

/**
 * Builds the Viet Nam dataset in plain-row form on the real 2025 registry: every one of the 3,321 units gets
 * its REAL population, area, centroid, island / land-border flags and quality flag (`pop_flag`; 3 missing
 * populations imputed), DERIVED terrain ({@link deriveTerrain}; `terrain.csv` in `dataDir` overrides it),
 * and SYNTHETIC headcount per field (integers, from the norm quota) and cases per service activity for one
 * quarter (from the real population, density and distance to the province's centre), calibrated to
 * published national figures (see README.md). Deterministic: the same seed gives identical rows.
 *
 * @example
 * const rows = generateVietNam({ seed: 1 });
 * rows.units.length; // 3321
 * rows.meta.synthetic; // true
 */
export function generateVietNam(options: GenerateOptions = {}): DatasetRows {
  const seed = options.seed ?? DEFAULT_SEED;
  // One seeded stream, drawn in a fixed order: per province then per unit (placeUnits), then per unit its
  // headcount and its volumes (synthesiseWorkload). Reordering the draws would change the built-in dataset.
  const rng = createSyntheticRandom(seed);
  const registry = loadRegistry();
  const data: DataOptions = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  const standards = loadStandards(data);
  const placed = placeUnits(registry, data, rng);
  const { headcount, volumes } = synthesiseWorkload(placed, loadVolumeModel(data), rng);
  return {
    units: placed.units,
    headcount,
    volumes,
    standards: standards.map(({ field, activity, kind, minutes_per_case, share, hours }): StandardRow => ({ field, activity, kind, minutes_per_case, share, hours })),
    provinces: registry.provinces.map(({ province_code, province_name }) => ({ province_code, province_name })),
    fields: loadFields(data),
    meta: vietNamMeta(seed, options.dataDir),
  };
}

/** The units with their REAL geography and DERIVED terrain, and per unit the drivers of its SYNTHETIC workload. */
interface PlacedUnits {
  units: Unit[];
  urbanity: number[];
  /** The unit's own activity level (lognormal noise). */
  busy: number[];
  /** Dossier demand: province activity x terrain x remoteness. */
  demand: number[];
}

// Per province one activity draw, then per unit one "busy" draw, in registry order.
function placeUnits(registry: ReturnType<typeof loadRegistry>, data: DataOptions, rng: Random): PlacedUnits {
  const P = GENERATOR_PARAMETERS;
  const profiles = new Map(loadProvinceProfiles(data).map((p) => [p.province_code, p]));
  const geography = imputePopulations(loadUnitGeography(registry.units, data));
  const terrainOverrides = loadTerrainOverrides(registry.units, data);
  const units: Unit[] = [];
  const urbanity: number[] = [];
  const busy: number[] = [];
  const demand: number[] = [];
  for (const province of registry.provinces) {
    const profile = profiles.get(province.province_code);
    if (!profile) {
      throw new CanbangInputError({ source: dataFilePath('province-profiles.csv', data), column: 'province_code', value: province.province_code, expected: `a row for every province of provinces-2025.csv (${province.province_name} is missing)` });
    }
    const members = registry.units.map((u) => ({ u, g: geography.get(u.code)! })).filter(({ u }) => u.province_code === province.province_code);
    const provinceActivity = (P.provinceActivityBase + P.provinceActivitySlope * profile.urban_share) * rng.lognormal(0, P.provinceSigma);
    // The province's centre of population: units far from it see fewer dossiers (remoteness).
    const residents = sum(members.map(({ g }) => g.population));
    const centre = {
      lat: sum(members.map(({ g }) => g.lat * g.population)) / residents,
      lon: sum(members.map(({ g }) => g.lon * g.population)) / residents,
    };

    for (const { u, g } of members) {
      const terrain: Terrain =
        terrainOverrides.get(u.code) ?? deriveTerrain({ island: g.island, population: g.population, area_km2: g.area_km2, provinceHasMountains: profile.mountain_share > 0 });
      // Urbanity from the real density: 0 at 100 residents/km², 1 at 10,000 and above.
      const dense = clamp(Math.log10(g.population / g.area_km2 / 100) / 2, 0, 1);
      const remote = 1 - P.remoteVolumeDrop * Math.min(1, haversineKm(centre, g) / P.remoteKm);
      units.push({
        code: u.code,
        name: u.name,
        kind: u.kind,
        province_code: u.province_code,
        population: g.population,
        area_km2: g.area_km2,
        lat: g.lat,
        lon: g.lon,
        terrain,
        island: g.island,
        land_border: g.land_border,
        ...(g.pop_flag === '' ? {} : { pop_flag: g.pop_flag }),
      });
      urbanity.push(u.kind === 'ward' ? 0.75 + 0.25 * dense : u.kind === 'special_zone' ? 0.5 : 0.2 * dense + 0.3 * profile.urban_share);
      busy.push(rng.lognormal(0, P.unitActivitySigma));
      demand.push(provinceActivity * (terrain === 'mountain' ? P.mountainVolumeFactor : 1) * remote);
    }
  }
  return { units, urbanity, busy, demand };
}

// Per unit, in order: its staff factor and field moves, then one draw per population-driven activity.
function synthesiseWorkload(placed: PlacedUnits, model: ReturnType<typeof loadVolumeModel>, rng: Random): { headcount: HeadcountRow[]; volumes: VolumeRow[] } {
  const P = GENERATOR_PARAMETERS;
  const { units, urbanity, busy, demand } = placed;
  const headcount: HeadcountRow[] = [];
  const volumes: VolumeRow[] = [];
  const shares = VN_FIELDS.map((f) => FIELD_STAFF_SHARES[f]);
  const perPopulation = model.filter((m) => m.of_dossiers === null);
  const perDossier = model.filter((m) => m.of_dossiers !== null);
  units.forEach((unit, i) => {
    // Tiny island zones (Hoàng Sa, Trường Sa, Cồn Cỏ ...) are not staffed like a 16,000-resident commune.
    const small = unit.kind === 'special_zone' ? Math.min(1, unit.population / P.smallZonePopulation) : 1;
    const factor = clamp(rng.normal(P.staffFactorMean, P.staffFactorSd), P.staffFactorMin, P.staffFactorMax);
    let total = Math.round(normQuota(unit) * small * factor);
    total = Math.min(VN_STAFFING_NORMS.caps[unit.kind], Math.max(unit.kind === 'special_zone' ? P.minZoneStaff : 1, total));
    const staff = apportion(total, shares);
    // A few staff sit in another field than the pattern says (local history of the merged communes).
    const moves = Math.floor(rng.next() * 3);
    for (let k = 0; k < moves; k++) {
      const from = Math.floor(rng.next() * staff.length);
      const to = Math.floor(rng.next() * staff.length);
      if (staff[from]! > 1 && from !== to) {
        staff[from]!--;
        staff[to]!++;
      }
    }
    VN_FIELDS.forEach((field, f) => headcount.push({ unit_code: unit.code, field, staff: staff[f]! }));

    let dossiers = 0;
    for (const m of perPopulation) {
      const urban = Math.max(0.2, 1 + m.urban_weight * (urbanity[i]! - 0.35));
      // Dossier demand varies by province and terrain; internal work (documents, accounting) much less so.
      const intensity = busy[i]! * (m.dossier ? demand[i]! : 1);
      const expected = (m.base_per_unit * small + (m.per_1000 * unit.population) / 1000) * intensity * urban;
      const cases = Math.round(expected * rng.lognormal(0, P.activitySigma));
      if (m.dossier) dossiers += cases;
      volumes.push({ unit_code: unit.code, field: m.field, activity: m.activity, cases, on_time: null, backlog: null });
    }
    for (const m of perDossier) volumes.push({ unit_code: unit.code, field: m.field, activity: m.activity, cases: Math.round(dossiers * m.of_dossiers!), on_time: null, backlog: null });
  });
  return { headcount, volumes };
}

// The dataset's metadata: sources (EN and VI), the data note, the seed and the period.
function vietNamMeta(seed: number, dataDir: string | undefined): DatasetMeta {
  const options = { dataDir };
  const meta: DatasetMeta = {
    name: 'Viet Nam 2025 (real units and geography, DERIVED terrain, SYNTHETIC workload and headcount)',
    synthetic: true,
    source:
      'Units, codes, names and provinces: NSO Official Letter 1027/CTK-CSCL (25 June 2025) and 915/CTK-CSCL, via dvhcvn/20250701. ' +
      'Population, natural area, centroid, island and land-border flags: official atlas of the 2025 rearrangement (sapnhap.bando.com.vn), ' +
      'via tranngocminhhieu/vietnamadminunits and thanglequoc/vietnamese-provinces-database (MIT); 3 missing populations imputed (province median density x area). ' +
      `Terrain is DERIVED (island flag; density below ${TERRAIN_RULE.mountainDensityMax}/km² in provinces with mountains). ` +
      `Headcount and volumes are SYNTHETIC (@canbang/data-vn generateVietNam, seed ${seed}), ` +
      'calibrated to published national figures (about 7 million dossiers in Q3 2025; Dispatch 09/CV-BCĐ staffing norms).' +
      (options.dataDir === undefined ? '' : ` Data files found in ${options.dataDir} replace the package's.`),
    note: vnDataNote(),
    noteVi: vnDataNoteVi(),
    sourceVi:
      'Đơn vị, mã, tên và tỉnh, thành phố: Công văn 1027/CTK-CSCL (25/6/2025) và 915/CTK-CSCL của Cục Thống kê, qua dvhcvn/20250701. ' +
      'Dân số, diện tích tự nhiên, tâm, cờ hải đảo và biên giới đất liền: bản đồ chính thức sau sắp xếp năm 2025 (sapnhap.bando.com.vn), ' +
      'qua tranngocminhhieu/vietnamadminunits và thanglequoc/vietnamese-provinces-database (MIT); 3 số dân còn thiếu được ước tính (mật độ trung vị của tỉnh × diện tích). ' +
      `Địa hình được SUY RA (cờ hải đảo; mật độ dưới ${TERRAIN_RULE.mountainDensityMax}/km² ở các tỉnh có núi). ` +
      `Biên chế và khối lượng công việc là GIẢ LẬP (@canbang/data-vn generateVietNam, hạt giống ${seed}), ` +
      'hiệu chỉnh theo số liệu toàn quốc đã công bố (khoảng 7 triệu hồ sơ trong quý III/2025; định mức biên chế theo Công văn 09/CV-BCĐ).' +
      (options.dataDir === undefined ? '' : ` Các tệp dữ liệu trong ${options.dataDir} thay cho tệp của gói.`),
    nameVi: vnDataNotePartsVi().name,
    seed,
    period: VN_PERIOD,
    periodsPerYear: 4,
  };
  return meta;
}

// Largest-remainder split of an integer total by percent shares (ties to the earlier field): sums exactly.
function apportion(total: number, shares: readonly number[]): number[] {
  const weight = sum(shares);
  const exact = shares.map((s) => (total * s) / weight);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - sum(out);
  for (let k = 0; k < missing; k++) out[order[k]![1]]!++;
  return out;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function round(x: number, digits: number): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
