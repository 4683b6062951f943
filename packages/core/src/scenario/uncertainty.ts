import { table, type ColumnTable } from 'arquero';
import type { BalanceOptions } from '../indicators/balance.ts';
import { checkBands, classify, type Bands } from '../indicators/classify.ts';
import { SCENARIO_LIMITS } from './scenario-limits.ts';
import { ownValue } from '../model/own-value.ts';
import { CanbangInputError } from '../model/errors.ts';
import type { Dataset } from '../model/types.ts';
import { requirementMatrix, type RequirementMatrix } from '../workload/requirement-matrix.ts';
import { applyLevers } from './apply-levers.ts';
import { leverBalanceOptions } from './lever-options.ts';
import { createScenarioRandom, type Random } from './random.ts';
import type { Scenario } from './types.ts';

export type DistributionType = 'lognormal' | 'normal' | 'triangular' | 'uniform';

/**
 * A multiplicative noise with mean 1 and coefficient of variation `cv` (sd / mean):
 * lognormal (sigma^2 = ln(1 + cv^2)); normal (1 + cv z, cut at 0); symmetric triangular on 1 ± cv√6;
 * uniform on 1 ± cv√3. `byField` overrides the type and/or cv for some fields.
 */
export interface Distribution {
  type: DistributionType;
  cv: number;
  byField?: Readonly<Record<string, { type?: DistributionType; cv: number }>>;
}

/** Volumes: lognormal, cv 0.2 (a quarter's volumes scatter around the forecast, never below 0). */
export const DEFAULT_VOLUME_DISTRIBUTION: Distribution = Object.freeze({ type: 'lognormal', cv: 0.2 });
/** Time standards: triangular, cv 0.1 (expert estimates, bounded at ±24 %). */
export const DEFAULT_STANDARD_DISTRIBUTION: Distribution = Object.freeze({ type: 'triangular', cv: 0.1 });

export interface UncertaintyOptions extends BalanceOptions {
  /** Number of Monte Carlo draws; default 1000. */
  draws?: number;
  /** Seed of the draws; default `scenario.seed`, else 1. */
  seed?: number;
  /** Noise on each volume row (unit x field x activity), independent across rows. */
  volumeDistribution?: Distribution;
  /** Noise on each service time standard (field x activity), shared by every unit in a draw. */
  standardDistribution?: Distribution;
  /** Called every ~1 % of draws with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Scenario file name shown in errors. */
  source?: string;
}

export interface UncertaintyResult {
  scenario: string;
  draws: number;
  seed: number;
  /** The distributions used. */
  volumeDistribution: Distribution;
  standardDistribution: Distribution;
  /**
   * One row per unit: unit_code, province_code, staff, required (no noise), required_p10 / _p50 / _p90,
   * p_overloaded (share of draws in which the unit is overloaded).
   */
  units: ColumnTable;
  /** Rows for metrics required, shortage, overloaded (units): point (no noise), mean, p10, p50, p90. */
  national: ColumnTable;
}

/**
 * Monte Carlo over volumes and time standards around a scenario (seeded: same inputs and seed, identical
 * bands). Each draw multiplies every volume row and every service standard by its own noise, recomputes
 * required staff with the typed-array {@link requirementMatrix} form and classifies units in place.
 * Quantiles are linear interpolation between order statistics (type 7). With cv 0 every draw equals
 * `balance` of the scenario exactly. Memory: every unit's requirement in every draw is kept for its
 * quantiles, 8 bytes x units x draws (27 MB for 3,321 units and 1,000 draws).
 *
 * @example
 * const u = uncertainty(ds, scenario, { draws: 1000, seed: 7, volumeDistribution: { type: 'lognormal', cv: 0.25 } });
 * u.units.orderby(aq.desc('p_overloaded')).objects({ limit: 10 });
 */
export function uncertainty(base: Dataset, scenario: Scenario, options: UncertaintyOptions = {}): UncertaintyResult {
  const source = options.source ?? 'uncertainty';
  const draws = options.draws ?? 1000;
  if (!Number.isInteger(draws) || draws < 1 || draws > SCENARIO_LIMITS.maxDraws) {
    throw new CanbangInputError({ source, column: 'draws', value: draws, expected: `a whole number >= 1 and <= ${SCENARIO_LIMITS.maxDraws}` });
  }
  const seed = options.seed ?? scenario.seed ?? 1;
  const dataset = applyLevers(base, scenario.levers, { ...options, source, seed: scenario.seed ?? 1 });
  const { bands } = leverBalanceOptions(scenario.levers, options);
  checkBands(bands, 'uncertainty');
  const m = requirementMatrix(dataset, options);
  const nUnits = m.unitCodes.length;
  const nFields = m.fields.length;
  const fieldIndex = new Map(m.fields.map((f, i) => [f, i]));
  const random = createScenarioRandom(seed);
  const volumeDistribution = options.volumeDistribution ?? DEFAULT_VOLUME_DISTRIBUTION;
  const standardDistribution = options.standardDistribution ?? DEFAULT_STANDARD_DISTRIBUTION;
  const vol = noiseParams(volumeDistribution, m.fields, source, 'volumeDistribution');
  const std = noiseParams(standardDistribution, m.fields, source, 'standardDistribution');

  const unitStaff = new Float64Array(nUnits);
  for (let c = 0; c < m.staff.length; c++) unitStaff[Math.floor(c / nFields)]! += m.staff[c]!;
  const noise = { random, vol, std, fieldIndex };
  const { required, overloadedDraws, national } = drawRequirements(m, unitStaff, bands, draws, noise, options.onProgress);
  const { pointUnit, pointShortage, pointOverloaded } = pointValues(m, unitStaff, bands);

  const q = { p10: new Float64Array(nUnits), p50: new Float64Array(nUnits), p90: new Float64Array(nUnits) };
  for (let u = 0; u < nUnits; u++) {
    const sorted = required.subarray(u * draws, (u + 1) * draws).sort();
    q.p10[u] = quantileSorted(sorted, 0.1);
    q.p50[u] = quantileSorted(sorted, 0.5);
    q.p90[u] = quantileSorted(sorted, 0.9);
  }
  const pointOf = { required: pointUnit.reduce((a, b) => a + b, 0), shortage: pointShortage, overloaded: pointOverloaded };
  const metrics = ['required', 'shortage', 'overloaded'] as const;
  const summary = metrics.map((metric) => {
    const values = national[metric];
    const mean = values.reduce((a, b) => a + b, 0) / draws;
    const sorted = Float64Array.from(values).sort();
    return { metric, point: pointOf[metric], mean, p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
  });

  return {
    scenario: scenario.name,
    draws,
    seed,
    volumeDistribution,
    standardDistribution,
    units: table({
      unit_code: m.unitCodes,
      province_code: dataset.units.array('province_code') as string[],
      staff: unitStaff,
      required: pointUnit,
      required_p10: q.p10,
      required_p50: q.p50,
      required_p90: q.p90,
      p_overloaded: Float64Array.from(overloadedDraws, (n) => n / draws),
    }),
    national: table(Object.fromEntries(['metric', 'point', 'mean', 'p10', 'p50', 'p90'].map((c) => [c, summary.map((s) => s[c as keyof typeof s])]))),
  };
}

type NoiseParams = ReturnType<typeof noiseParams>;

/**
 * The Monte Carlo draws: per draw, one noise per service standard, then one per volume row (in that order, so a
 * seed gives the same bands), applied to the matrix's per-row service FTE (`volumeRows`, so noise-free draws
 * reproduce requirementMatrix bit for bit); each unit's requirement kept per draw, with national totals.
 */
function drawRequirements(
  m: RequirementMatrix,
  unitStaff: Float64Array,
  bands: Bands,
  draws: number,
  noise: { random: Random; vol: NoiseParams; std: NoiseParams; fieldIndex: ReadonlyMap<string, number> },
  onProgress: ((done: number, total: number) => void) | undefined,
) {
  const { random, vol, std } = noise;
  const nUnits = m.unitCodes.length;
  const nFields = m.fields.length;
  const { cell: rowCell, standard: rowStandard, serviceFte: rowFte } = m.volumeRows;
  const nRows = rowCell.length;
  const rowField = Int32Array.from(rowCell, (c) => c % nFields);
  const standardField = m.serviceStandards.map((s) => noise.fieldIndex.get(s.field)!);
  const required = new Float64Array(nUnits * draws); // unit-major: unit u's draws are contiguous
  const overloadedDraws = new Uint32Array(nUnits);
  const national = { required: new Float64Array(draws), shortage: new Float64Array(draws), overloaded: new Float64Array(draws) };
  const drawFte = new Float64Array(m.serviceFte.length);
  const standardNoise = new Float64Array(standardField.length);
  const step = Math.max(1, Math.floor(draws / 100));

  for (let d = 0; d < draws; d++) {
    for (let s = 0; s < standardNoise.length; s++) {
      const f = standardField[s]!;
      standardNoise[s] = sampleNoise(random, std.kind[f]!, std.a[f]!, std.b[f]!);
    }
    drawFte.fill(0);
    for (let r = 0; r < nRows; r++) {
      const f = rowField[r]!;
      drawFte[rowCell[r]!]! += rowFte[r]! * sampleNoise(random, vol.kind[f]!, vol.a[f]!, vol.b[f]!) * standardNoise[rowStandard[r]!]!;
    }
    let total = 0, shortage = 0, overloaded = 0;
    for (let u = 0; u < nUnits; u++) {
      let req = 0;
      for (let f = 0; f < nFields; f++) {
        const c = u * nFields + f;
        const rc = drawFte[c]! * m.caf[c]! + m.iaf[c]!;
        req += rc;
        if (m.staff[c]! < rc) shortage += rc - m.staff[c]!;
      }
      required[u * draws + d] = req;
      total += req;
      if (classify(unitStaff[u]!, req, bands) === 'overloaded') {
        overloaded++;
        overloadedDraws[u]!++;
      }
    }
    national.required[d] = total;
    national.shortage[d] = shortage;
    national.overloaded[d] = overloaded;
    if ((d + 1) % step === 0 || d + 1 === draws) onProgress?.(d + 1, draws);
  }
  return { required, overloadedDraws, national };
}

// The noise-free values, for reference: each unit's requirement, the national shortage and overloaded units.
function pointValues(m: RequirementMatrix, unitStaff: Float64Array, bands: Bands) {
  const nUnits = m.unitCodes.length;
  const nFields = m.fields.length;
  const pointUnit = new Float64Array(nUnits);
  let pointShortage = 0, pointOverloaded = 0;
  for (let u = 0; u < nUnits; u++) {
    for (let f = 0; f < nFields; f++) {
      const c = u * nFields + f;
      pointUnit[u]! += m.required[c]!;
      if (m.staff[c]! < m.required[c]!) pointShortage += m.required[c]! - m.staff[c]!;
    }
    if (classify(unitStaff[u]!, pointUnit[u]!, bands) === 'overloaded') pointOverloaded++;
  }
  return { pointUnit, pointShortage, pointOverloaded };
}

/**
 * Type-7 quantile of ascending values (linear interpolation between order statistics).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Noise kinds as small integers, for the inlined sampling loop. */
const NONE = 0, LOGNORMAL = 1, NORMAL = 2, TRIANGULAR = 3, UNIFORM = 4;

/**
 * Checked noise parameters per field (internal): `kind` (0 none, 1 lognormal, 2 normal, 3 triangular,
 * 4 uniform) and two numbers `a`, `b` (lognormal: mu, sigma; normal: cv; triangular / uniform: half-width).
 * Throws a CanbangInputError naming the option path.
 *
 * @example
 * noiseParams({ type: 'uniform', cv: 0.1 }, ['land'], 'uncertainty', 'volumeDistribution').a[0]; // 0.1 x sqrt(3)
 */
export function noiseParams(dist: Distribution, fields: readonly string[], source: string, name: string): { kind: Int8Array; a: Float64Array; b: Float64Array } {
  const byField = dist.byField ?? {};
  for (const f of Object.keys(byField)) {
    if (!fields.includes(f)) {
      throw new CanbangInputError({ source, column: `${name}.byField.${f}`, value: f, expected: `a field of the dataset (${fields.join(', ')})` });
    }
  }
  const out = { kind: new Int8Array(fields.length), a: new Float64Array(fields.length), b: new Float64Array(fields.length) };
  fields.forEach((f, i) => {
    const own = ownValue(byField, f);
    const path = own ? `${name}.byField.${f}` : name;
    const type = own?.type ?? dist.type;
    const cv = own?.cv ?? dist.cv;
    if (!['lognormal', 'normal', 'triangular', 'uniform'].includes(type)) {
      throw new CanbangInputError({ source, column: `${path}.type`, value: type, expected: 'one of lognormal | normal | triangular | uniform' });
    }
    if (typeof cv !== 'number' || !Number.isFinite(cv) || cv < 0) {
      throw new CanbangInputError({ source, column: `${path}.cv`, value: cv, expected: 'a finite number >= 0' });
    }
    if (cv === 0) return; // no noise, no random numbers consumed
    if (type === 'lognormal') {
      const sigma = Math.sqrt(Math.log(1 + cv * cv));
      out.kind[i] = LOGNORMAL;
      out.a[i] = -0.5 * sigma * sigma; // mean exp(mu + sigma^2 / 2) = 1
      out.b[i] = sigma;
    } else if (type === 'normal') {
      out.kind[i] = NORMAL;
      out.a[i] = cv;
    } else {
      // sd of a symmetric triangle of half-width h is h / sqrt(6); of a uniform, h / sqrt(3)
      const half = cv * Math.sqrt(type === 'triangular' ? 6 : 3);
      if (half > 1) {
        const most = (1 / Math.sqrt(type === 'triangular' ? 6 : 3)).toFixed(4);
        throw new CanbangInputError({ source, column: `${path}.cv`, value: cv, expected: `at most ${most} for ${type} (values must stay >= 0)` });
      }
      out.kind[i] = type === 'triangular' ? TRIANGULAR : UNIFORM;
      out.a[i] = half;
    }
  });
  return out;
}

/**
 * One multiplier with noise `kind` and parameters `a`, `b` (see {@link noiseParams}); internal, inlined by V8
 * in the draw loop.
 *
 * @example
 * sampleNoise(createScenarioRandom(1), 4, 0.5, 0); // uniform on [0.5, 1.5]
 */
export function sampleNoise(random: Random, kind: number, a: number, b: number): number {
  switch (kind) {
    case LOGNORMAL:
      return Math.exp(a + b * random.normal());
    case NORMAL:
      return Math.max(0, 1 + a * random.normal());
    case TRIANGULAR:
      return 1 + a * (random.uniform() + random.uniform() - 1);
    case UNIFORM:
      return 1 + a * (2 * random.uniform() - 1);
    default:
      return 1;
  }
}

/**
 * One sampler per field (internal; the bench reuses it to draw the same stream on the naive path).
 *
 * @example
 * const [land] = fieldSamplers({ type: 'lognormal', cv: 0.2 }, ['land'], createScenarioRandom(1), 'bench', 'volumeDistribution');
 * land(); // one multiplier, mean 1
 */
export function fieldSamplers(dist: Distribution, fields: readonly string[], random: Random, source: string, name: string): (() => number)[] {
  const p = noiseParams(dist, fields, source, name);
  return fields.map((_, i) => () => sampleNoise(random, p.kind[i]!, p.a[i]!, p.b[i]!));
}
