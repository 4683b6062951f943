import type { BalanceStatus, Dataset } from '../model/types.ts';
import { balance, type BalanceOptions } from '../indicators/balance.ts';
import { DEFAULT_BANDS, type Bands } from '../indicators/classify.ts';
import { buildTransferProblems, label, type TransferRow } from './build-transfer-problems.ts';
import { haversineKm } from './haversine-km.ts';
import { evaluateTransfers } from './evaluate-transfers.ts';
import { solveTransferProblem } from './solve-transfer-problem.ts';
import { planUnitStatus } from './plan-unit-status.ts';
import { staffAfter } from './staff-after.ts';
import { DEFAULT_TRANSFER_OPTIONS, type BlockSolution, type SolveStatus, type SolverName, type TransferObjectives, type TransferOptions, type TransferProblem } from './types.ts';

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
  /** Why this recipient, why this donor. */
  explanation: string;
}

/** Before / after of one unit x field. */
export interface PlanUnitRow {
  unit_code: string;
  unit_name: string;
  province_code: string;
  field: string;
  required: number;
  staff_before: number;
  staff_after: number;
  /** required / staff (null when required is 0; Infinity when staff is 0). */
  load_before: number | null;
  load_after: number | null;
  status_before: BalanceStatus;
  status_after: BalanceStatus;
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
export async function planTransfers(dataset: Dataset, options: PlanTransfersOptions = {}): Promise<TransferPlan> {
  const start = performance.now();
  const rows = options.rows ?? (balance(dataset, options.balanceOptions).byField.objects() as unknown as TransferRow[]);
  const units = dataset.units.objects() as unknown as Parameters<typeof buildTransferProblems>[0]['units'];
  const problems = buildTransferProblems({ units, rows }, options);
  const original = new Map(rows.map((r) => [`${r.unit_code}\u0000${r.field}`, r.staff]));
  const bands = options.bands ?? DEFAULT_BANDS;

  const blocks: PlanBlock[] = [];
  const moves: PlanMove[] = [];
  const unitRows: PlanUnitRow[] = [];
  for (const [k, problem] of problems.entries()) {
    const solution = await solveTransferProblem(problem, options);
    const usable = solution.status === 'optimal' || solution.status === 'timeout';
    const flows = usable ? solution.flows : problem.arcs.map(() => 0);
    // Before = the staff as given, i.e. without the locked moves (already applied to problem.nodes).
    const before = evaluateTransfers(
      { ...problem, fixed: [], nodes: problem.nodes.map((n) => ({ ...n, staff: original.get(`${n.unit_code}\u0000${n.field}`) ?? n.staff })) },
      problem.arcs.map(() => 0),
    );
    blocks.push({
      key: problem.key,
      status: solution.status,
      ...(solution.explanation !== undefined ? { explanation: solution.explanation } : {}),
      solver: solution.solver,
      proven: solution.proven,
      timeMs: solution.timeMs,
      before,
      // A block with no usable solution moves nobody (not even its locked moves): after is before, so the
      // totals, the block table and the move list agree.
      after: usable ? solution.objectives : before,
    });
    const after = staffAfter(problem, flows);
    if (usable) moves.push(...fixedMoves(problem, options.roadFactor ?? DEFAULT_TRANSFER_OPTIONS.roadFactor), ...explainMoves(problem, solution, after));
    problem.nodes.forEach((n, i) => {
      const before = original.get(`${n.unit_code}\u0000${n.field}`) ?? n.staff;
      const staffNow = usable ? after[i]! : before;
      unitRows.push({
        unit_code: n.unit_code,
        unit_name: n.unit_name,
        province_code: n.province_code,
        field: n.field,
        required: n.required,
        staff_before: before,
        staff_after: staffNow,
        ...planUnitStatus(n.required, before, staffNow, bands),
      });
    });
    options.onProgress?.(k + 1, problems.length, problem.key);
  }
  const bad = blocks.filter((b) => b.status !== 'optimal');
  return {
    kind: 'transfer',
    status: bad[0]?.status ?? 'optimal',
    ...(bad.length ? { explanation: bad.map((b) => `${b.key}: ${b.explanation ?? b.status}`).join('\n') } : {}),
    moves,
    units: unitRows,
    blocks,
    objectives: {
      worstLoad: blocks.reduce((m, b) => (Number.isNaN(b.after.worstLoad) ? m : Math.max(m, b.after.worstLoad)), 0),
      minRatio: blocks.reduce((m, b) => (Number.isNaN(b.after.minRatio) ? m : Math.min(m, b.after.minRatio)), Infinity),
      shortage: blocks.reduce((s, b) => s + b.after.shortage, 0),
      staffKm: blocks.reduce((s, b) => s + b.after.staffKm, 0),
      moves: blocks.reduce((s, b) => s + b.after.moves, 0),
    },
    timeMs: performance.now() - start,
    synthetic: dataset.meta.synthetic,
  };
}

function fixedMoves(p: TransferProblem, roadFactor: number): PlanMove[] {
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
      distance_km: Math.round(haversineKm(a, b) * roadFactor * 1000) / 1000,
      fixed: true,
      explanation: 'locked by the planner (fixed move)',
    };
  });
}

/**
 * One move per arc with flow. Recipient: its staff, requirement and load before and after. Donor: its spare
 * staff, distance, and its rank among the recipient's candidate donors by distance, with why nearer ones
 * were not used (no spare staff left, or a per-unit move limit reached). `after` is staffAfter(p, s.flows).
 */
function explainMoves(p: TransferProblem, s: BlockSolution, after: Float64Array): PlanMove[] {
  const inArcs = new Map<number, number[]>();
  p.arcs.forEach((a, k) => (inArcs.get(a.to) ?? inArcs.set(a.to, []).get(a.to)!).push(k));
  const unitOut = new Map<string, number>();
  p.arcs.forEach((a, k) => unitOut.set(p.nodes[a.from]!.unit_code, (unitOut.get(p.nodes[a.from]!.unit_code) ?? 0) + (s.flows[k] ?? 0)));
  const limitOf = new Map(p.unitLimits.map((l) => [l.unit_code, l.maxOut]));
  const spareLeft = (i: number) => {
    const n = p.nodes[i]!;
    return Math.floor((p.keepWithinRequirement ? after[i]! - n.required : after[i]!) + 1e-9);
  };
  const f2 = (x: number) => (Math.round(x * 100) / 100).toString();
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
          ? 'had no spare staff left'
          : (limitOf.get(other.unit_code) ?? Infinity) <= (unitOut.get(other.unit_code) ?? 0)
            ? 'reached the per-unit move limit'
            : (s.flows[c] ?? 0) > 0
              ? 'also sends staff here'
              : 'is kept for the budget or other limits';
      return `${label(other)} at ${f2(p.arcs[c]!.km)} km ${why}`;
    });
    const recipientWhy = `recipient ${label(r)}: ${f2(r.staff)} ${r.field} staff for ${f2(r.required)} required (load ${r.staff > 0 ? f2(r.required / r.staff) : 'inf'}) -> ${f2(after[a.to]!)} after`;
    const donorWhy =
      `donor ${label(d)}: ${f2(d.staff)} ${d.field} staff for ${f2(d.required)} required (${f2(d.staff - d.required)} spare), ${f2(a.km)} km away, ` +
      (rank === 1 ? `the nearest of ${candidates.length} donors in reach` : `#${rank} of ${candidates.length} by distance; nearer: ${nearer.join('; ')}`) +
      (a.efficiency < 1 ? `; covers ${r.field} at ${a.efficiency} FTE per person` : '');
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
    });
  });
  return moves;
}
