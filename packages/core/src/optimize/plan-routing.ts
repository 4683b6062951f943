import type { Dataset } from '../model/types.ts';
import { ownValue } from '../model/own-value.ts';
import { CanbangInputError } from '../model/errors.ts';
import { requirementMatrix, type RequirementMatrix, type RequirementOptions } from '../workload/requirement-matrix.ts';
import { haversineKm } from './haversine-km.ts';
import { MODEL_SOLVERS } from './solve-transfer-problem.ts';
import { checkPlanOptions } from './plan-options.ts';
import { DEFAULT_TRANSFER_OPTIONS, type Model, type ModelConstraint, type ModelVariable, type SolveResult, type SolveStatus } from './types.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import { translateReason } from '../i18n/reason-phrases.ts';

export interface PlanRoutingOptions extends RequirementOptions {
  /**
   * Share (0-1) of work that can be handled by another service centre of the province (online and
   * non-territorial dossiers). Keys: "field/activity", an activity, or a field (most specific wins).
   */
  transferableShare: Readonly<Record<string, number>>;
  /** Where the shares were written (e.g. "canbang plan --share"), named in errors. */
  shareSource?: string;
  province?: string;
  /** LP backend; default 'highs'. */
  solver?: 'highs' | 'lpsolve';
  timeLimitMs?: number;
  /** Called after each province, e.g. to print "province k/34" on stderr. */
  onProgress?: (done: number, total: number, key: string) => void;
  /** Language of the flow explanations and of why a block is not optimal (default English); codes never change. */
  locale?: Locale;
}

/** Work routed from one unit to another (FTE of required staff). */
export interface RoutedWork {
  province_code: string;
  field: string;
  from: string;
  from_name: string;
  to: string;
  to_name: string;
  fte: number;
  distance_km: number;
  /** The routed work as dossiers per period (meta period): fte x the sender's transferable dossiers per FTE. */
  dossiers_per_period: number;
  /** Why this flow: who sends, who receives and why that receiver (nearest with spare capacity). */
  explanation: string;
}

export interface RoutingBlock {
  /** "province/field". */
  key: string;
  status: SolveStatus;
  explanation?: string;
  /** Stage 1: max required / staff over units with staff (after routing). */
  worstLoadBefore: number;
  worstLoadAfter: number;
  /** Stage 2: sum of max(0, required - staff). */
  shortageBefore: number;
  shortageAfter: number;
  /** Stage 3: total FTE of work routed. */
  routedFte: number;
}

export interface RoutingPlan {
  kind: 'route';
  status: SolveStatus;
  explanation?: string;
  flows: RoutedWork[];
  blocks: RoutingBlock[];
  /** Required FTE per unit x field before and after routing (staff unchanged). */
  units: { unit_code: string; field: string; staff: number; required_before: number; required_after: number; transferable: number }[];
  timeMs: number;
  synthetic: boolean;
}

const TOL = 1e-7;

/**
 * Balances load without moving people: routes transferable work (continuous FTE) between the service centres
 * of a province, per field. Lexicographic LP per province x field: (1) minimise the worst load
 * max (required - out + in) / staff, (2) minimise total shortage, (3) minimise the FTE routed. A unit sends at
 * most its transferable work; a unit without staff receives none. Net flows are paired nearest-first.
 *
 * @example
 * const plan = await planRouting(dataset, { transferableShare: { one_stop: 0.7, civil_status: 0.3 }, province: '01' });
 * plan.blocks[0].worstLoadAfter; // <= worstLoadBefore
 */
export async function planRouting(dataset: Dataset, options: PlanRoutingOptions): Promise<RoutingPlan> {
  const start = performance.now();
  const fn = 'planRouting';
  checkPlanOptions('route', options, { argument: fn });
  checkShareKeys(dataset, options, fn);
  const locale = options.locale ?? 'en';
  const m = requirementMatrix(dataset, options);
  const nF = m.fields.length;
  const unitRows = dataset.units.objects() as { code: string; name: string; province_code: string; lat: number; lon: number }[];
  if (options.province !== undefined && !unitRows.some((u) => u.province_code === options.province)) {
    throw new CanbangInputError({ source: fn, column: 'province', value: options.province, expected: 'a province code with at least one unit' });
  }

  const { transferable, transferableCases } = transferableWork(m, options.transferableShare);

  const byProvince = new Map<string, number[]>();
  unitRows.forEach((u, i) => {
    if (options.province !== undefined && u.province_code !== options.province) return;
    (byProvince.get(u.province_code) ?? byProvince.set(u.province_code, []).get(u.province_code)!).push(i);
  });
  const run = MODEL_SOLVERS[options.solver === 'lpsolve' ? 'lpsolve' : 'highs'];
  const solve = (model: Model): Promise<SolveResult> | SolveResult => run(model, { timeLimitMs: options.timeLimitMs ?? DEFAULT_TRANSFER_OPTIONS.timeLimitMs });

  const flows: RoutedWork[] = [];
  const blocks: RoutingBlock[] = [];
  const units: RoutingPlan['units'] = [];
  const provinces = [...byProvince].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [k, [province, members]] of provinces.entries()) {
    for (let f = 0; f < nF; f++) {
      const field = m.fields[f]!;
      const idx = members.map((u) => u * nF + f);
      const r = idx.map((i) => m.required[i]!);
      const s = idx.map((i) => m.staff[i]!);
      const tau = idx.map((i) => Math.min(transferable[i]!, m.required[i]!));
      const before = { worst: worstLoad(r, s), shortage: shortage(r, s) };
      let after = r.slice();
      let status: SolveStatus = 'optimal';
      let explanation: string | undefined;
      if (tau.some((t) => t > TOL) && s.some((x) => x > 0)) {
        const res = await routeBlock(r, s, tau, solve);
        status = res.status;
        explanation = res.explanation === undefined ? undefined : translateReason(res.explanation, locale);
        if (res.out && res.in) {
          after = r.map((x, k) => x - res.out![k]! + res.in![k]!);
          const dossiersPerFte = idx.map((i) => (transferable[i]! > 0 ? transferableCases[i]! / transferable[i]! : 0));
          flows.push(...pairFlows(res.out, res.in, members.map((u) => unitRows[u]!), province, field, dossiersPerFte, locale));
        }
      }
      blocks.push({
        key: `${province}/${field}`,
        status,
        ...(explanation !== undefined ? { explanation } : {}),
        worstLoadBefore: before.worst,
        worstLoadAfter: worstLoad(after, s),
        shortageBefore: before.shortage,
        shortageAfter: shortage(after, s),
        routedFte: after.reduce((acc, x, k) => acc + Math.max(0, r[k]! - x), 0),
      });
      members.forEach((u, j) => units.push({ unit_code: m.unitCodes[u]!, field, staff: s[j]!, required_before: r[j]!, required_after: after[j]!, transferable: tau[j]! }));
    }
    options.onProgress?.(k + 1, provinces.length, province);
  }
  const bad = blocks.filter((b) => b.status !== 'optimal');
  return {
    kind: 'route',
    status: bad[0]?.status ?? 'optimal',
    ...(bad.length ? { explanation: bad.map((b) => `${b.key}: ${b.explanation ?? translate(locale, `solve.${b.status}`)}`).join('\n') } : {}),
    flows,
    blocks,
    units,
    timeMs: performance.now() - start,
    synthetic: dataset.meta.synthetic,
  };
}

// A key names a field, an activity, or field/activity of the standards: a typo must not route nothing silently.
function checkShareKeys(dataset: Dataset, options: PlanRoutingOptions, fn: string): void {
  const standards = dataset.standards.objects() as { field: string; activity: string }[];
  const known = new Set(standards.flatMap((s) => [s.field, s.activity, `${s.field}/${s.activity}`]));
  for (const key of Object.keys(options.transferableShare)) {
    if (!known.has(key)) {
      const fields = [...new Set(standards.map((s) => s.field))].join(', ');
      throw new CanbangInputError({ source: options.shareSource ?? `${fn}(options.transferableShare)`, column: key, value: key, expected: `a field (${fields}), an activity or field/activity of the standards table` });
    }
  }
}

/**
 * Transferable FTE per unit x field: share x each volume row's service FTE (the requirement matrix's own
 * decomposition), times the cell's CAF; and the same work in dossiers per period. The most specific share key
 * wins: "field/activity", then the activity, then the field.
 */
function transferableWork(m: RequirementMatrix, shares: Readonly<Record<string, number>>): { transferable: Float64Array; transferableCases: Float64Array } {
  const transferable = new Float64Array(m.required.length);
  const transferableCases = new Float64Array(m.required.length);
  const share = (field: string, activity: string) => ownValue(shares, `${field}/${activity}`) ?? ownValue(shares, activity) ?? ownValue(shares, field) ?? 0;
  const rows = m.volumeRows;
  for (let r = 0; r < rows.cell.length; r++) {
    const standard = m.serviceStandards[rows.standard[r]!]!;
    const s = share(standard.field, standard.activity);
    if (s === 0) continue;
    const c = rows.cell[r]!;
    transferable[c]! += s * rows.serviceFte[r]! * m.caf[c]!;
    transferableCases[c]! += s * rows.cases[r]!;
  }
  return { transferable, transferableCases };
}

function worstLoad(r: readonly number[], s: readonly number[]): number {
  let w = 0;
  r.forEach((x, k) => {
    if (s[k]! > 0) w = Math.max(w, x / s[k]!);
  });
  return w;
}

function shortage(r: readonly number[], s: readonly number[]): number {
  return r.reduce((acc, x, k) => acc + Math.max(0, x - s[k]!), 0);
}

/** The three-stage LP of one province x field: variables o<k> (work sent), i<k> (received), L, h<k> (shortage). */
async function routeBlock(
  r: number[],
  s: number[],
  tau: number[],
  solve: (model: Model) => Promise<SolveResult> | SolveResult,
): Promise<{ status: SolveStatus; explanation?: string; out?: number[]; in?: number[] }> {
  const n = r.length;
  const variables: ModelVariable[] = [{ name: 'L', lower: 0, upper: null, integer: false }];
  const constraints: ModelConstraint[] = [];
  const balance: Record<string, number> = {};
  for (let k = 0; k < n; k++) {
    variables.push({ name: `o${k}`, lower: 0, upper: tau[k]!, integer: false });
    variables.push({ name: `i${k}`, lower: 0, upper: s[k]! > 0 ? null : 0, integer: false });
    variables.push({ name: `h${k}`, lower: 0, upper: null, integer: false });
    balance[`o${k}`] = 1;
    balance[`i${k}`] = -1;
    // required - out + in <= L x staff (units with staff), shortage h >= required - out + in - staff
    if (s[k]! > 0) constraints.push({ name: `load${k}`, terms: { [`o${k}`]: -1, [`i${k}`]: 1, L: -s[k]! }, lower: null, upper: -r[k]! });
    constraints.push({ name: `sh${k}`, terms: { [`h${k}`]: 1, [`o${k}`]: 1, [`i${k}`]: -1 }, lower: r[k]! - s[k]!, upper: null });
  }
  constraints.push({ name: 'conserve', terms: balance, lower: 0, upper: 0 });
  const hTerms = Object.fromEntries(r.map((_, k) => [`h${k}`, 1]));
  const oTerms = Object.fromEntries(r.map((_, k) => [`o${k}`, 1]));
  const model = (name: string, objective: Record<string, number>, extra: ModelConstraint[]): Model => ({
    name,
    sense: 'min',
    objective,
    variables,
    constraints: [...constraints, ...extra],
  });
  const s1 = await solve(model('route-1', { L: 1 }, []));
  if (s1.status !== 'optimal') return { status: s1.status, explanation: `stage 1: ${s1.explanation ?? s1.status}` };
  const hold1 = { name: 'hold_L', terms: { L: 1 }, lower: null, upper: s1.objective + 1e-7 };
  const s2 = await solve(model('route-2', hTerms, [hold1]));
  if (s2.status !== 'optimal') return { status: s2.status, explanation: `stage 2: ${s2.explanation ?? s2.status}` };
  const s3 = await solve(model('route-3', oTerms, [hold1, { name: 'hold_h', terms: hTerms, lower: null, upper: s2.objective + 1e-7 }]));
  if (s3.status !== 'optimal') return { status: s3.status, explanation: `stage 3: ${s3.explanation ?? s3.status}` };
  // Net flows: a unit both sending and receiving only nets out.
  const out = r.map((_, k) => Math.max(0, (s3.values[`o${k}`] ?? 0) - (s3.values[`i${k}`] ?? 0)));
  const inn = r.map((_, k) => Math.max(0, (s3.values[`i${k}`] ?? 0) - (s3.values[`o${k}`] ?? 0)));
  return { status: 'optimal', out, in: inn };
}

/** Pairs senders with receivers, nearest first, so each routed FTE has a destination. */
function pairFlows(
  out: number[],
  inn: number[],
  units: { code: string; name: string; lat: number; lon: number }[],
  province: string,
  field: string,
  dossiersPerFte: readonly number[],
  locale: Locale,
): RoutedWork[] {
  const left = inn.slice();
  const flows: RoutedWork[] = [];
  out.forEach((amount, a) => {
    let rest = amount;
    if (rest <= TOL) return;
    const order = left.map((_, b) => b).filter((b) => left[b]! > TOL).sort((x, y) => haversineKm(units[a]!, units[x]!) - haversineKm(units[a]!, units[y]!));
    for (const b of order) {
      if (rest <= TOL) break;
      const fte = Math.min(rest, left[b]!);
      left[b]! -= fte;
      rest -= fte;
      flows.push({
        province_code: province,
        field,
        from: units[a]!.code,
        from_name: units[a]!.name,
        to: units[b]!.code,
        to_name: units[b]!.name,
        fte,
        distance_km: Math.round(haversineKm(units[a]!, units[b]!) * 1000) / 1000,
        dossiers_per_period: fte * dossiersPerFte[a]!,
        explanation: translate(locale, 'explain.route', { field, from: units[a]!.name, to: units[b]!.name }),
      });
    }
  });
  return flows;
}
