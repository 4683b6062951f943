import type { StaffingNorms } from '../indicators/norm-quota.ts';
import type { DistanceRow, PairDistance } from './pair-distance.ts';

/**
 * Types of the optimiser: the transfer problem (one province, or the whole country with cross-province
 * moves), the solver-neutral linear model built by `formulate`, solver results and plans.
 */

/** Role of one unit x field in a transfer problem. */
export type TransferRole = 'donor' | 'recipient' | 'none';

/** One unit x field of a transfer problem (staff already includes fixed moves). */
export interface TransferNode {
  unit_code: string;
  unit_name: string;
  /** "code (name)", as every message names the unit. */
  label: string;
  province_code: string;
  field: string;
  /** Staff as given, before the fixed (locked) moves: the plan's "before". */
  staffBefore: number;
  /** Staff after the fixed (locked) moves, before optimisation. */
  staff: number;
  /** WISN required staff (FTE). */
  required: number;
  /** donor: staff > required; recipient: staff < required; none otherwise. */
  role: TransferRole;
  /** null when the units table gives none (distances then refuse, naming the unit). */
  lat: number | null;
  lon: number | null;
}

/** A candidate move from a donor node to a recipient node (indices into `nodes`). */
export interface TransferArc {
  from: number;
  to: number;
  /** Great-circle km x road factor, rounded to metres so every backend sees the same cost. */
  km: number;
  /** FTE one moved person adds to the recipient (1 within a field, < 1 for cross-field cover). */
  efficiency: number;
  /** Where the km came from (distances table or great-circle estimate) and the travel minutes, if known. */
  distance?: PairDistance;
}

/** Remaining move limits of one unit (after fixed moves), when the user set per-unit limits. */
export interface UnitLimit {
  unit_code: string;
  /** Node indices of this unit. */
  nodes: number[];
  maxOut: number;
  maxIn: number;
}

/** A move the planner locked in (auto vs final override). */
export interface FixedMove {
  from: string;
  to: string;
  field: string;
  /** Field of the recipient when it differs (cross-field cover). */
  toField?: string;
  staff: number;
  /** Where the planner wrote it (flag or file and row), named in errors, e.g. "--lock 00229:00103:office:1". */
  source?: string;
}

/** A locked move as applied to a problem: its distance and the rules it breaks (kept as the planner's decision). */
export interface AppliedFixedMove extends FixedMove {
  km: number;
  distance: PairDistance;
  /** Plain-language warnings: distance or time limit, ban, island rule, WISN+POA rule, quota, move limits. */
  warnings: string[];
}

/** A move the planner banned; `field` omitted bans the pair in every field. */
export interface ForbiddenPair {
  from: string;
  to: string;
  field?: string;
  /** Where the planner wrote it, named in errors. */
  source?: string;
}

/** Cross-field cover: staff of `from` may cover work of `to` at `efficiency` FTE per person. */
export interface CrossFieldCover {
  from: string;
  to: string;
  efficiency: number;
  /** Where it was written (e.g. "canbang plan --cross-field finance:accounting:0.8"), named in errors. */
  source?: string;
}

/** One independent block of the transfer problem: a province (or the country when cross-province). */
export interface TransferProblem {
  /** Province code, or "national" when moves may cross provinces. */
  key: string;
  /** Every unit x field of the block (also those that cannot change, for reporting and `maxLoad`). */
  nodes: TransferNode[];
  arcs: TransferArc[];
  /** Indices of the nodes with at least one arc (ascending): the cells a plan can change, over which the worst load is taken. */
  reachable: number[];
  /** Per-unit move limits; empty when the user set none. */
  unitLimits: UnitLimit[];
  /** Remaining total moves allowed (after fixed moves); null = no budget. */
  budget: number | null;
  /** WISN+POA rule: donors never below, recipients never above their requirement. */
  keepWithinRequirement: boolean;
  /** With the rule relaxed: a donor keeps one officer where its field has work (see `donorKeeps`). */
  keepLastOfficer: boolean;
  /** Road km = great-circle km x this, where no distances row gives the km (see `describeDistance`). */
  roadFactor: number;
  /** Hard floor on staff/required for every node with required > 0 (from `maxLoad`); null = none. */
  minRatio: number | null;
  /** Fixed moves already applied to `staff`, with their distance and warnings. */
  fixed: AppliedFixedMove[];
  /** Set when the fixed moves or `maxLoad` make the block infeasible before any solve: the reason. */
  infeasibleReason: string | null;
}

/** A variable of a {@link Model}. `upper: null` means unbounded above. */
export interface ModelVariable {
  name: string;
  lower: number;
  upper: number | null;
  integer: boolean;
}

/** A linear constraint `lower <= sum(terms) <= upper` (null side = none). */
export interface ModelConstraint {
  name: string;
  terms: Record<string, number>;
  lower: number | null;
  upper: number | null;
}

/** A mixed-integer linear model as plain, JSON-serialisable data. */
export interface Model {
  name: string;
  sense: 'max' | 'min';
  objective: Record<string, number>;
  variables: ModelVariable[];
  constraints: ModelConstraint[];
}

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'timeout' | 'error';

/** What every solver adapter returns; never thrown. */
export interface SolveResult {
  status: SolveStatus;
  /** Objective value (NaN unless optimal or timeout with an incumbent). */
  objective: number;
  /** Variable values (variables absent are 0). */
  values: Record<string, number>;
  timeMs: number;
  /** Why the status is not optimal, in words. */
  explanation?: string;
}

export type SolverName = 'flow' | 'highs' | 'lpsolve';

/** Objective values of a solved block, one per lexicographic stage. */
export interface TransferObjectives {
  /** Stage 1: max over changeable unit x fields of required / staff after (Infinity when one has 0 staff). */
  worstLoad: number;
  /** Stage 1 as optimised: min staff after / required over changeable unit x fields. */
  minRatio: number;
  /** Stage 2: sum over all unit x fields of the block of max(0, required - staff after) (FTE). */
  shortage: number;
  /** Stage 3: sum of moved staff x km (locked moves included). */
  staffKm: number;
  /** Total staff moved (including fixed moves). */
  moves: number;
}

/** Solution of one block. `flows[a]` is the number of staff moved along `problem.arcs[a]`. */
export interface BlockSolution {
  key: string;
  status: SolveStatus;
  explanation?: string;
  solver: SolverName;
  flows: number[];
  objectives: TransferObjectives;
  /** True when optimality was certified (flow: dual potentials + min cut; LP: solver status optimal). */
  proven: boolean;
  timeMs: number;
}

/** Options shared by the problem builder, formulate and the solvers. */
export interface TransferOptions {
  /** Only this province (code); default all. */
  province?: string;
  /** Maximum road km between donor and recipient; default 30 (Infinity: no limit). */
  maxDistanceKm?: number;
  /** Multiplies great-circle km to estimate road km where no distances row gives it; default 1.3. */
  roadFactor?: number;
  /** Road distances / travel times per pair of units, overriding the great-circle estimate pair by pair. */
  distances?: readonly DistanceRow[];
  /** File or sheet the distances came from, named in errors; default "distances". */
  distancesSource?: string;
  /** Maximum travel minutes between donor and recipient, for pairs the distances input gives minutes for. */
  maxMinutes?: number;
  /** Allow moves between island and mainland units; default false (islands exchange staff only with islands). */
  allowIslandMoves?: boolean;
  /** Quota cap per unit after the plan (see `QuotaRule`); default 'quota'. */
  cap?: 'quota' | 'off';
  /** Floor per unit after the plan (see `QuotaRule`); default 'baseline'. */
  floor?: 'baseline' | 'off' | number;
  /** Norms for the norm quota and the baseline floor; default Dispatch 09 (VN_STAFFING_NORMS). */
  norms?: StaffingNorms;
  /** With `keepWithinRequirement: false`: never take a field's last officer where the field has work; default true. */
  keepLastOfficer?: boolean;
  /** Maximum staff moved out of one unit (all fields); default none. */
  maxMovesOut?: number;
  /** Maximum staff moved into one unit (all fields); default none. */
  maxMovesIn?: number;
  /** Total moves allowed per block (province); default none. */
  maxMoves?: number;
  /** WISN+POA rule; default true. */
  keepWithinRequirement?: boolean;
  /** Hard limit: after the plan every unit x field must have required / staff <= maxLoad. */
  maxLoad?: number;
  fixedMoves?: readonly FixedMove[];
  forbidden?: readonly ForbiddenPair[];
  /** Allow moves between provinces (one national block); default false. */
  crossProvince?: boolean;
  crossField?: readonly CrossFieldCover[];
  /** 'lexicographic' (default) or one weighted objective. */
  mode?: 'lexicographic' | 'weighted';
  /** Weights of the weighted mode: maximise minRatio x w.minRatio - shortage x w.shortage - staffKm x w.staffKm. */
  weights?: { minRatio: number; shortage: number; staffKm: number };
  /** Backend; default 'flow' when the block is a pure transportation problem, else 'highs'. */
  solver?: SolverName;
  /** Time limit per solver call (ms); default 60 000. */
  timeLimitMs?: number;
}

/**
 * Defaults of {@link TransferOptions}: at most 30 road km between donor and recipient, road km estimated as
 * great-circle km x 1.3 (see README "Travel defaults" for the sources), no island-mainland moves, the quota cap
 * and the Dispatch 09 baseline floor, the WISN+POA rule on, the last officer kept, lexicographic objectives,
 * weights for the weighted mode, 60 s per solver call.
 *
 * @example
 * planTransfers(dataset, { ...DEFAULT_TRANSFER_OPTIONS, maxDistanceKm: 20 });
 */
export const DEFAULT_TRANSFER_OPTIONS = Object.freeze({
  maxDistanceKm: 30,
  roadFactor: 1.3,
  allowIslandMoves: false,
  cap: 'quota' as const,
  floor: 'baseline' as const,
  keepLastOfficer: true,
  keepWithinRequirement: true,
  mode: 'lexicographic' as const,
  weights: Object.freeze({ minRatio: 1000, shortage: 1, staffKm: 0.001 }),
  timeLimitMs: 60_000,
});
