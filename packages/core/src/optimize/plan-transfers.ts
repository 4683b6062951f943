import { tableRows } from '../model/typed-table.ts';
import type { Dataset } from '../model/types.ts';
import { balance, type BalanceOptions } from '../indicators/balance.ts';
import { DEFAULT_BANDS, type Bands } from '../indicators/classify.ts';
import { buildTransferProblems, type TransferRow, type TransferUnit } from './build-transfer-problems.ts';
import { resolveTransferOptions, type ResolvedTransferOptions } from './plan-options.ts';
import { evaluateTransfers } from './evaluate-transfers.ts';
import { loadFigures, type LoadFigures } from './load-figures.ts';
import type { PairDistance } from './pair-distance.ts';
import { residualByField, residualShortage, type ResidualByField, type ResidualRow } from './residual-shortage.ts';
import { solveTransferProblem } from './solve-transfer-problem.ts';
import { planUnitStatus, type PlanUnitRow } from './plan-unit-status.ts';
import { staffAfter } from './staff-after.ts';
import { donorSpare } from './donor-spare.ts';
import { unitStaffTotals } from './unit-quota.ts';
import type { Locale } from '../i18n/locale.ts';
import { formatShort } from '../i18n/format-number.ts';
import { translate, type MessageParams } from '../i18n/translate.ts';
import { translateReason } from '../i18n/reason-phrases.ts';
import type { MessageKey } from '../i18n/messages-en.ts';
import { type BlockSolution, type SolveStatus, type SolverName, type TransferObjectives, type TransferOptions, type TransferNode, type TransferProblem } from './types.ts';

export type { PlanUnitRow };

/** One move of a plan. */
export interface PlanMove {
  province_code: string;
  from: string;
  from_name: string;
  to: string;
  to_name: string;
  field: string;
  /** Field of the recipient (differs from `field` for cross-field cover). */
  to_field: string;
  staff: number;
  distance_km: number;
  /** Locked by the planner (fixed move) rather than chosen by the optimiser. */
  fixed: boolean;
  /** Why this recipient, why this donor, and which distance was used. */
  explanation: string;
  /** For a locked move: the rules it breaks (kept as the planner's decision); '' when none. */
  warning: string;
}

/** Result of one block (province, or the country with cross-province moves). */
export interface PlanBlock {
  key: string;
  status: SolveStatus;
  explanation?: string;
  solver: SolverName;
  proven: boolean;
  timeMs: number;
  /** Objectives with no move made (fixed moves excluded). */
  before: TransferObjectives;
  after: TransferObjectives;
  /** Worst-load figures of the block's unit x fields before and after (see `loadFigures`). */
  load: { before: LoadFigures; after: LoadFigures };
}

/** The rules a transfer plan was made under, with their values (shown in the JSON and the workbook's about sheet). */
export interface TransferRules {
  maxDistanceKm: number;
  roadFactor: number;
  maxMinutes: number | null;
  distancesRows: number;
  allowIslandMoves: boolean;
  cap: 'quota' | 'off';
  floor: 'baseline' | 'off' | number;
  keepWithinRequirement: boolean;
  keepLastOfficer: boolean;
  maxMovesOut: number | null;
  maxMovesIn: number | null;
  maxMoves: number | null;
  maxLoad: number | null;
  crossProvince: boolean;
  locks: number;
  bans: number;
}

/** A staff transfer plan. */
export interface TransferPlan {
  kind: 'transfer';
  /** 'optimal' when every block is; otherwise the first non-optimal status. */
  status: SolveStatus;
  /** Explanations of the non-optimal blocks. */
  explanation?: string;
  moves: PlanMove[];
  units: PlanUnitRow[];
  blocks: PlanBlock[];
  /** Totals over blocks: worst load = max, shortage, staff x km and moves = sums. */
  objectives: TransferObjectives;
  /** Worst-load figures over every unit x field of the plan, before and after (see `loadFigures`). */
  load: { before: LoadFigures; after: LoadFigures };
  /** Shortage no transfer closed, per unit x field, as whole people to hire. */
  residual: ResidualRow[];
  /** The residual summed per field. */
  residualByField: ResidualByField[];
  rules: TransferRules;
  timeMs: number;
  synthetic: boolean;
}

export interface PlanTransfersOptions extends TransferOptions {
  /** Staff vs requirement rows to plan on; default `balance(dataset, balanceOptions).byField`. */
  rows?: readonly TransferRow[];
  balanceOptions?: BalanceOptions;
  /** Status bands for the before / after table; default DEFAULT_BANDS. */
  bands?: Bands;
  /** Called after each block, e.g. to print "province k/34" on stderr. */
  onProgress?: (done: number, total: number, key: string) => void;
  /** Language of the move explanations and warnings (default English); machine fields never change. */
  locale?: Locale;
}

/**
 * Optimal integer staff transfers: builds one problem per province (or one national problem), solves each
 * lexicographically (worst load, then shortage, then staff x km) and returns moves with explanations,
 * before / after per unit x field, objective values per block and totals. Never throws for infeasible or
 * timed-out blocks: they carry a status and an explanation and contribute no moves.
 *
 * @example
 * const plan = await planTransfers(dataset, { province: '01', maxDistanceKm: 30 });
 * plan.moves[0]; // { from, to, field, staff, distance_km, explanation, ... }
 */
export async function planTransfers(dataset: Dataset, given: PlanTransfersOptions = {}): Promise<TransferPlan> {
  const start = performance.now();
  const options = resolveTransferOptions(given, { argument: 'planTransfers' });
  const rows = options.rows ?? tableRows(balance(dataset, options.balanceOptions).byField);
  const units: TransferUnit[] = tableRows(dataset.units);
  const problems = buildTransferProblems({ units, rows, unitStaff: unitStaffTotals(dataset) }, options);
  const bands = options.bands ?? DEFAULT_BANDS;
  const locale = options.locale ?? 'en';

  const blocks: PlanBlock[] = [];
  const moves: PlanMove[] = [];
  const unitRows: PlanUnitRow[] = [];
  for (const [k, problem] of problems.entries()) {
    const solved = await solveBlock(problem, options, bands, locale);
    blocks.push(solved.block);
    moves.push(...solved.moves);
    unitRows.push(...solved.units);
    options.onProgress?.(k + 1, problems.length, problem.key);
  }
  const bad = blocks.filter((b) => b.status !== 'optimal');
  const residual = residualShortage(unitRows);
  const stageOne = blocks.filter((b) => !Number.isNaN(b.after.worstLoad));
  return {
    kind: 'transfer',
    status: bad[0]?.status ?? 'optimal',
    ...(bad.length ? { explanation: bad.map((b) => `${b.key}: ${b.explanation ?? translate(locale, `solve.${b.status}`)}`).join('\n') } : {}),
    moves,
    units: unitRows,
    blocks,
    objectives: {
      // Stage-1 values over blocks that have a changeable unit x field; NaN (JSON null) when none has: never 0.
      worstLoad: stageOne.length ? Math.max(...stageOne.map((b) => b.after.worstLoad)) : NaN,
      minRatio: stageOne.length ? Math.min(...stageOne.map((b) => b.after.minRatio)) : NaN,
      shortage: blocks.reduce((s, b) => s + b.after.shortage, 0),
      staffKm: blocks.reduce((s, b) => s + b.after.staffKm, 0),
      moves: blocks.reduce((s, b) => s + b.after.moves, 0),
    },
    load: planLoadFigures(unitRows),
    residual,
    residualByField: residualByField(residual),
    rules: transferRules(options),
    timeMs: performance.now() - start,
    synthetic: dataset.meta.synthetic,
  };
}

/** One block solved: its objectives and worst-load figures before and after, its moves and its unit x field rows. */
async function solveBlock(problem: TransferProblem, options: ResolvedTransferOptions, bands: Bands, locale: Locale): Promise<{ block: PlanBlock; moves: PlanMove[]; units: PlanUnitRow[] }> {
  const solution = await solveTransferProblem(problem, options);
  const usable = solution.status === 'optimal' || solution.status === 'timeout';
  const flows = usable ? solution.flows : problem.arcs.map(() => 0);
  const reachable = new Set(problem.reachable);
  const after = staffAfter(problem, flows);
  const cells = problem.nodes.map((n, i) => ({ required: n.required, before: n.staffBefore, after: usable ? after[i]! : n.staff, reachable: reachable.has(i) }));
  // Before = the staff as given, i.e. without the locked moves (already applied to problem.nodes).
  const before = evaluateTransfers(
    { ...problem, fixed: [], nodes: problem.nodes.map((n) => ({ ...n, staff: n.staffBefore })) },
    problem.arcs.map(() => 0),
  );
  const block: PlanBlock = {
    key: problem.key,
    status: solution.status,
    ...(solution.explanation !== undefined ? { explanation: translateReason(solution.explanation, locale) } : {}),
    solver: solution.solver,
    proven: solution.proven,
    timeMs: solution.timeMs,
    before,
    // A block with no usable solution moves nobody (not even its locked moves): after is before, so the
    // totals, the block table and the move list agree.
    after: usable ? solution.objectives : before,
    load: {
      before: loadFigures(cells.map((c) => ({ required: c.required, staff: c.before, reachable: c.reachable }))),
      after: loadFigures(cells.map((c) => ({ required: c.required, staff: usable ? c.after : c.before, reachable: c.reachable }))),
    },
  };
  // A block with no usable solution contributes no move, locked ones included: its figures stay unchanged.
  const moves = usable ? [...fixedMoves(problem, locale), ...explainMoves(problem, solution, after, locale)] : [];
  const units = problem.nodes.map((n, i): PlanUnitRow => {
    const before = cells[i]!.before;
    const staffNow = usable ? after[i]! : before;
    return {
      unit_code: n.unit_code,
      unit_name: n.unit_name,
      province_code: n.province_code,
      field: n.field,
      required: n.required,
      staff_before: before,
      staff_after: staffNow,
      ...planUnitStatus(n.required, before, staffNow, bands),
      reachable: reachable.has(i),
    };
  });
  return { block, moves, units };
}

/**
 * The worst-load figures of a plan's unit x field rows, before and after: the one function behind every
 * output's worst-load numbers (a province's part of a plan: pass its rows only).
 *
 * @example
 * planLoadFigures(plan.units.filter((u) => u.province_code === '79')).after.worstLoad;
 */
export function planLoadFigures(units: readonly PlanUnitRow[]): { before: LoadFigures; after: LoadFigures } {
  return {
    before: loadFigures(units.map((u) => ({ required: u.required, staff: u.staff_before, reachable: u.reachable ?? false }))),
    after: loadFigures(units.map((u) => ({ required: u.required, staff: u.staff_after, reachable: u.reachable ?? false }))),
  };
}

/** The rules a plan runs under, defaults filled in. */
function transferRules(o: ResolvedTransferOptions): TransferRules {
  return {
    maxDistanceKm: o.maxDistanceKm,
    roadFactor: o.roadFactor,
    maxMinutes: Number.isFinite(o.maxMinutes) ? o.maxMinutes : null,
    distancesRows: o.distances?.length ?? 0,
    allowIslandMoves: o.allowIslandMoves,
    cap: o.cap,
    floor: o.floor,
    keepWithinRequirement: o.keepWithinRequirement,
    keepLastOfficer: o.keepLastOfficer,
    maxMovesOut: o.maxMovesOut ?? null,
    maxMovesIn: o.maxMovesIn ?? null,
    maxMoves: o.maxMoves ?? null,
    maxLoad: o.maxLoad ?? null,
    crossProvince: o.crossProvince,
    locks: o.fixedMoves?.length ?? 0,
    bans: o.forbidden?.length ?? 0,
  };
}

/**
 * Which distance a move used, in words: the distances input, or the great-circle estimate x road factor
 * (the problem's `roadFactor`; without it, read back from the rounded km).
 *
 * @example
 * describeDistance({ km: 13, minutes: null, source: 'estimate', greatCircleKm: 10 }); // '13 km (great-circle 10 km x road factor 1.3)'
 */
export function describeDistance(d: PairDistance, locale: Locale = 'en', roadFactor?: number): string {
  const f2 = (x: number) => formatShort(x, locale);
  const km =
    d.source === 'table'
      ? translate(locale, 'explain.kmTable', { km: f2(d.km) })
      : translate(locale, 'explain.kmEstimate', { km: f2(d.km), greatCircle: f2(d.greatCircleKm!), factor: f2(roadFactor ?? d.km / d.greatCircleKm!) });
  return d.minutes !== null ? translate(locale, 'explain.minutes', { km, minutes: f2(d.minutes) }) : km;
}

function fixedMoves(p: TransferProblem, locale: Locale): PlanMove[] {
  const byUnit = new Map(p.nodes.map((n) => [n.unit_code, n]));
  return p.fixed.map((m) => {
    const a = byUnit.get(m.from)!;
    const b = byUnit.get(m.to)!;
    return {
      province_code: a.province_code,
      from: m.from,
      from_name: a.unit_name,
      to: m.to,
      to_name: b.unit_name,
      field: m.field,
      to_field: m.toField ?? m.field,
      staff: m.staff,
      distance_km: m.km,
      fixed: true,
      explanation: translate(locale, 'explain.locked', { distance: describeDistance(m.distance, locale, p.roadFactor) }),
      warning: m.warnings.length ? translate(locale, 'explain.keptAlthough', { warnings: translateReason(m.warnings.join('; '), locale) }) : '',
    };
  });
}

/**
 * One move per arc with flow. Recipient: its staff, requirement and load before and after. Donor: its spare
 * staff, distance, and its rank among the recipient's candidate donors by distance, with why nearer ones
 * were not used (no spare staff left, or a per-unit move limit reached). `after` is staffAfter(p, s.flows).
 */
// Staff are FTE and may be fractional; plans move whole people, so only the whole part of the spare FTE moves.
function fractionalNote(d: TransferNode, keep: boolean, locale: Locale): string {
  const spare = keep ? d.staff - d.required : d.staff;
  if (Number.isInteger(d.staff)) return '';
  return translate(locale, 'explain.wholePeople', { whole: Math.floor(spare + 1e-9), spare: formatShort(spare, locale) });
}

function explainMoves(p: TransferProblem, s: BlockSolution, after: Float64Array, locale: Locale): PlanMove[] {
  const inArcs = new Map<number, number[]>();
  p.arcs.forEach((a, k) => (inArcs.get(a.to) ?? inArcs.set(a.to, []).get(a.to)!).push(k));
  const unitOut = new Map<string, number>();
  p.arcs.forEach((a, k) => unitOut.set(p.nodes[a.from]!.unit_code, (unitOut.get(p.nodes[a.from]!.unit_code) ?? 0) + (s.flows[k] ?? 0)));
  const limitOf = new Map(p.unitLimits.map((l) => [l.unit_code, l.maxOut]));
  const spareLeft = (i: number) => donorSpare(p, { staff: after[i]!, required: p.nodes[i]!.required });
  const f2 = (x: number) => formatShort(x, locale);
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const moves: PlanMove[] = [];
  p.arcs.forEach((a, k) => {
    const x = s.flows[k] ?? 0;
    if (x <= 0) return;
    const d = p.nodes[a.from]!;
    const r = p.nodes[a.to]!;
    const candidates = [...(inArcs.get(a.to) ?? [])].sort((u, v) => p.arcs[u]!.km - p.arcs[v]!.km);
    const rank = candidates.indexOf(k) + 1;
    // The explanation names the two nearest donors passed over; only those need a reason.
    const nearer = candidates.slice(0, Math.min(rank - 1, 2)).map((c) => {
      const other = p.nodes[p.arcs[c]!.from]!;
      const why =
        spareLeft(p.arcs[c]!.from) < 1
          ? tr('explain.noSpareLeft')
          : (limitOf.get(other.unit_code) ?? Infinity) <= (unitOut.get(other.unit_code) ?? 0)
            ? tr('explain.limitReached')
            : (s.flows[c] ?? 0) > 0
              ? tr('explain.alsoSends')
              : tr('explain.keptForLimits');
      return tr('explain.nearer', { unit: other.label, km: f2(p.arcs[c]!.km), why });
    });
    const recipientWhy = tr('explain.recipient', {
      unit: r.label,
      staff: f2(r.staff),
      field: r.field,
      required: f2(r.required),
      load: r.staff > 0 ? f2(r.required / r.staff) : 'inf',
      after: f2(after[a.to]!),
    });
    const donorWhy =
      tr('explain.donor', {
        unit: d.label,
        staff: f2(d.staff),
        field: d.field,
        required: f2(d.required),
        spare: f2(d.staff - d.required),
        distance: a.distance ? describeDistance(a.distance, locale, p.roadFactor) : `${f2(a.km)} km`,
      }) +
      (rank === 1 ? tr('explain.nearest', { n: candidates.length }) : tr('explain.ranked', { rank, n: candidates.length, nearer: nearer.join('; ') })) +
      (a.efficiency < 1 ? tr('explain.covers', { field: r.field, efficiency: f2(a.efficiency) }) : '') +
      fractionalNote(d, p.keepWithinRequirement, locale);
    moves.push({
      province_code: d.province_code,
      from: d.unit_code,
      from_name: d.unit_name,
      to: r.unit_code,
      to_name: r.unit_name,
      field: d.field,
      to_field: r.field,
      staff: x,
      distance_km: a.km,
      fixed: false,
      explanation: `${recipientWhy}; ${donorWhy}`,
      warning: '',
    });
  });
  return moves;
}
