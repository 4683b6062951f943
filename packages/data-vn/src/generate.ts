import type { DatasetMeta, DatasetRows, HeadcountRow, StandardRow, Terrain, Unit, VolumeRow } from '@canbang/core';
import { CanbangInputError, normQuota, VN_STAFFING_NORMS } from '@canbang/core';
import { createRandom } from './random.ts';
import { dataFilePath, type DataOptions } from './csv.ts';
import { loadRegistry } from './registry.ts';
import { loadProvinceProfiles, loadSpecialZones } from './profiles.ts';
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
  /** Population weight of a ward relative to a commune in the same province (wards are denser). */
  wardPopulationWeight: 2.4,
  /** Population weight of a mountainous commune relative to a plain one. */
  mountainPopulationWeight: 0.75,
  /** Log-sd of unit population around its weight. */
  populationSigma: 0.45,
  /** Smallest synthetic population of a commune or ward. */
  minPopulation: 1500,
  /** Province dossier demand = base + slope x urban share (dossiers per resident rise with urbanisation). */
  provinceActivityBase: 0.5,
  provinceActivitySlope: 0.8,
  /** Log-sd of a province's dossier demand around its urban-share line. */
  provinceSigma: 0.05,
  /** Multiplier on dossier volumes of mountainous units (remoteness, fewer transactions). */
  mountainVolumeFactor: 0.55,
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
 * Builds the SYNTHETIC Viet Nam dataset in plain-row form on the real 2025 registry: every one of the
 * 3,321 units gets population, area, terrain, coordinates, headcount per field (integers) and cases per
 * service activity for one quarter, calibrated to published national figures (see README.md).
 * Deterministic: the same seed gives identical rows.
 *
 * @example
 * const rows = generateVietNam({ seed: 1 });
 * rows.units.length; // 3321
 * rows.meta.synthetic; // true
 */
export function generateVietNam(options: GenerateOptions = {}): DatasetRows {
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRandom(seed);
  const P = GENERATOR_PARAMETERS;
  const registry = loadRegistry();
  const data: DataOptions = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  const profiles = new Map(loadProvinceProfiles(data).map((p) => [p.province_code, p]));
  const zones = new Map(loadSpecialZones(data).map((z) => [z.code, z]));
  const standards = loadStandards(data);
  const model = loadVolumeModel(data);

  const units: Unit[] = [];
  const urbanity: number[] = [];
  const busy: number[] = [];
  const demand: number[] = [];
  for (const province of registry.provinces) {
    const profile = profiles.get(province.province_code);
    if (!profile) {
      throw new CanbangInputError({ source: dataFilePath('province-profiles.csv', data), column: 'province_code', value: province.province_code, expected: `a row for every province of provinces-2025.csv (${province.province_name} is missing)` });
    }
    const members = registry.units.filter((u) => u.province_code === province.province_code);
    const provinceActivity = (P.provinceActivityBase + P.provinceActivitySlope * profile.urban_share) * rng.lognormal(0, P.provinceSigma);

    // Draw every unit's attributes, then share the province's residents and land out by weight.
    const drawn = members.map((u) => {
      const zone = zones.get(u.code);
      if (u.kind === 'special_zone' && !zone) {
        throw new CanbangInputError({ source: dataFilePath('special-zones.csv', data), column: 'code', value: u.code, expected: `a row for every special zone of units-2025.csv (${u.name} is missing)` });
      }
      const terrain: Terrain =
        u.kind === 'special_zone' ? 'island' : rng.next() < profile.mountain_share * (u.kind === 'ward' ? 0.5 : 1) ? 'mountain' : 'plain';
      const mountain = terrain === 'mountain';
      return {
        u,
        zone,
        terrain,
        popWeight: (u.kind === 'ward' ? P.wardPopulationWeight : 1) * (mountain ? P.mountainPopulationWeight : 1) * rng.lognormal(0, P.populationSigma),
        areaWeight: (u.kind === 'ward' ? 0.12 : 1) * (mountain ? 2.5 : 1) * rng.lognormal(0, 0.4),
        lat: rng.uniform(profile.lat_min, profile.lat_max),
        lon: rng.uniform(profile.lon_min, profile.lon_max),
        urbanity: u.kind === 'ward' ? rng.uniform(0.75, 1) : u.kind === 'special_zone' ? 0.5 : rng.uniform(0, 0.2) + 0.3 * profile.urban_share,
        busy: rng.lognormal(0, P.unitActivitySigma),
        demand: provinceActivity * (mountain ? P.mountainVolumeFactor : 1),
      };
    });
    const mainland = drawn.filter((d) => !d.zone);
    const residents = profile.population - sum(drawn.map((d) => d.zone?.population ?? 0));
    const land = profile.area_km2 - sum(drawn.map((d) => d.zone?.area_km2 ?? 0));
    const popTotal = sum(mainland.map((d) => d.popWeight));
    const areaTotal = sum(mainland.map((d) => d.areaWeight));
    for (const d of drawn) {
      units.push({
        code: d.u.code,
        name: d.u.name,
        kind: d.u.kind,
        province_code: d.u.province_code,
        population: d.zone ? d.zone.population : Math.max(P.minPopulation, Math.round((residents * d.popWeight) / popTotal)),
        area_km2: d.zone ? d.zone.area_km2 : Math.max(1, round((land * d.areaWeight) / areaTotal, 2)),
        lat: d.zone ? d.zone.lat : round(d.lat, 5),
        lon: d.zone ? d.zone.lon : round(d.lon, 5),
        terrain: d.terrain,
      });
      urbanity.push(d.urbanity);
      busy.push(d.busy);
      demand.push(d.demand);
    }
  }

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

  const meta: DatasetMeta = {
    name: 'Viet Nam 2025 (SYNTHETIC workload and headcount on the real unit registry)',
    synthetic: true,
    source:
      'Units, codes, names and provinces: NSO Official Letter 1027/CTK-CSCL (25 June 2025) and 915/CTK-CSCL, via dvhcvn/20250701. ' +
      `Population, area, coordinates, terrain, headcount and volumes are SYNTHETIC (@canbang/data-vn generateVietNam, seed ${seed}), ` +
      'calibrated to published national figures (about 7 million dossiers in Q3 2025; Dispatch 09/CV-BCĐ staffing norms).' +
      (options.dataDir === undefined ? '' : ` Data files found in ${options.dataDir} replace the package's.`),
    seed,
    period: VN_PERIOD,
    periodsPerYear: 4,
  };
  return {
    units,
    headcount,
    volumes,
    standards: standards.map(({ field, activity, kind, minutes_per_case, share, hours }): StandardRow => ({ field, activity, kind, minutes_per_case, share, hours })),
    provinces: registry.provinces.map(({ province_code, province_name }) => ({ province_code, province_name })),
    fields: loadFields(data),
    meta,
  };
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
