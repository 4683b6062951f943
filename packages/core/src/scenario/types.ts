/**
 * What-if scenarios: a named list of levers applied, in order, to a base dataset.
 * Scenario files (JSON or YAML) have exactly this shape; `parseScenario` validates them.
 */
import type { ColumnTable } from 'arquero';
import type { Dataset, UnitKind } from '../model/types.ts';
import type { AllowancePeriod } from '../workload/allowance-time.ts';
import type { Balance } from '../indicators/balance.ts';
import type { Bands } from '../indicators/classify.ts';
import type { StaffingNorms } from '../indicators/norm-quota.ts';
import type { TransferPlan } from '../optimize/plan-transfers.ts';
import type { TransferOptions } from '../optimize/types.ts';
import type { AllocationPlan } from '../optimize/allocation-plan.ts';
import type { RoutingPlan } from '../optimize/plan-routing.ts';

/**
 * Which rows a lever touches. Every list is optional; a row matches when it matches every list given
 * (an empty selector matches everything). Names are checked against the dataset, so typos are errors.
 */
export interface Selector {
  fields?: readonly string[];
  /** Service activities (volumes and standards only). */
  activities?: readonly string[];
  provinces?: readonly string[];
  kinds?: readonly UnitKind[];
  /** Unit codes. */
  units?: readonly string[];
}

/** Multiply cases (and on_time / backlog) of the matching volume rows by `factor`. */
export interface ScaleVolumesLever {
  type: 'scaleVolumes';
  factor: number;
  where?: Selector;
}

/**
 * Move work from province level down to the matching units: in each province, for each field x activity,
 * `share` x the current volume of the matching units is added to them, spread by population (default) or
 * by current volume. The province-level workload itself is not in the dataset, so only its arrival counts.
 */
export interface DecentraliseLever {
  type: 'decentralise';
  share: number;
  distributeBy?: 'population' | 'volume';
  where?: Selector;
}

/** Multiply minutes_per_case of the matching service standards (0.8 = procedures 20 % faster). */
export interface ChangeStandardsLever {
  type: 'changeStandards';
  factor: number;
  where?: Pick<Selector, 'fields' | 'activities'>;
}

/**
 * Staff who leave and are not replaced: `count` people, or `rate` (0-1) of the matching staff.
 * `by: 'share'` (default) spreads them in proportion to staff (largest remainder, seeded tie-break);
 * `by: 'random'` draws individuals at random with the scenario seed.
 */
export interface RemoveStaffLever {
  type: 'removeStaff';
  count?: number;
  rate?: number;
  by?: 'share' | 'random';
  where?: Omit<Selector, 'activities'>;
}

/** One fixed hire: `staff` people added to `unit_code` in `field`. */
export interface HireAllocation {
  unit_code: string;
  field: string;
  staff: number;
}

/**
 * New hires: a fixed `allocation`, or `count` people placed among the matching unit x field cells
 * `by: 'shortage'` (default: each hire goes to the cell with the largest remaining required - staff)
 * or `by: 'share'` (in proportion to current staff), or `optimised: true`: the optimiser's `planHires`
 * (exact: first minimise the worst load required / staff over the matching cells, then the total shortage).
 */
export interface AddStaffLever {
  type: 'addStaff';
  count?: number;
  allocation?: readonly HireAllocation[];
  by?: 'shortage' | 'share';
  /** Place the `count` hires with `planHires` (not with `by`, not with a fixed allocation). */
  optimised?: boolean;
  /**
   * 'quota' (default): no unit ends above its quota (units column `quota`, else the Dispatch 09 norm quota);
   * placements skip full units, and hires that fit nowhere (or a fixed allocation beyond a unit's room) are an
   * error naming the lever. 'off': no cap.
   */
  quota?: 'quota' | 'off';
  where?: Omit<Selector, 'activities'>;
}

/** Change the staffing norm (quota) used to report `norm_quota`; unset keys keep their value. */
export interface SetNormsLever {
  type: 'setNorms';
  baseline?: number;
  threshold?: number;
  perExtraMountain?: number;
  perExtraOther?: number;
  caps?: Partial<Record<UnitKind, number>>;
}

/**
 * Set one allowance standard (a support or additional activity of a field) in either WISN form: a category
 * allowance as `share` percent or as actual time `hours` per `per` (day | week | month | year, default year);
 * an individual allowance as `hours` per `per`, per staff member doing it when `staffDoing` is given.
 */
export interface SetAllowanceLever {
  type: 'setAllowance';
  field: string;
  activity: string;
  share?: number;
  hours?: number;
  per?: AllowancePeriod;
  staffDoing?: number;
}

/** Change the status bands on the WISN ratio; unset keys keep their value. */
export interface SetBandsLever {
  type: 'setBands';
  overloadedBelow?: number;
  underloadedAbove?: number;
}

export type Lever =
  | ScaleVolumesLever
  | DecentraliseLever
  | ChangeStandardsLever
  | RemoveStaffLever
  | AddStaffLever
  | SetNormsLever
  | SetBandsLever
  | SetAllowanceLever;

export type LeverType = Lever['type'];

/**
 * A staff transfer plan run after the levers (`planTransfers` of core/optimize, within each province
 * unless `crossProvince`).
 */
export interface TransferPlanSpec
  extends Pick<
    TransferOptions,
    | 'province'
    | 'maxDistanceKm'
    | 'roadFactor'
    | 'maxMovesOut'
    | 'maxMovesIn'
    | 'maxMoves'
    | 'keepWithinRequirement'
    | 'maxLoad'
    | 'crossProvince'
    | 'solver'
    | 'timeLimitMs'
    | 'maxMinutes'
    | 'keepLastOfficer'
    | 'allowIslandMoves'
    | 'cap'
    | 'floor'
    | 'mode'
  > {
  kind: 'transfer';
  /** Only these fields are planned (default all). */
  fields?: readonly string[];
}

/**
 * A hiring plan run after the levers (`planHires`): where `recruits` new staff should go to minimise the
 * worst load, then the shortage. A number is shared by the planned `fields` (default all); a record gives
 * each field its own number (its keys are the fields, so no `fields` with it).
 */
export interface HirePlanSpec {
  kind: 'hire';
  recruits: number | Readonly<Record<string, number>>;
  fields?: readonly string[];
  province?: string;
  /** 'quota' (default): no unit ends above its quota; 'off': no cap. */
  cap?: 'quota' | 'off';
}

/**
 * A work-routing plan run after the levers (`planRouting`): no one moves, transferable work is routed between
 * the service centres of a province. `transferableShare` keys are "field/activity", an activity or a field
 * (most specific wins), values the share 0-1 of that work another centre can handle.
 */
export interface RoutePlanSpec {
  kind: 'route';
  transferableShare: Readonly<Record<string, number>>;
  province?: string;
  solver?: 'highs' | 'lpsolve';
  timeLimitMs?: number;
}

export type PlanSpec = TransferPlanSpec | HirePlanSpec | RoutePlanSpec;

/** The plan `planScenario` computed: its `kind` is the spec's. */
export type ScenarioPlan = TransferPlan | AllocationPlan | RoutingPlan;

/** A what-if scenario, as read from a scenario file. */
export interface Scenario {
  name: string;
  description?: string;
  /** Seed for the levers that draw at random (removeStaff by random, tie-breaks); default 1. */
  seed?: number;
  levers: readonly Lever[];
  /** Optional plan computed on the scenario's dataset by `planScenario`. */
  plan?: PlanSpec;
}

/** Output of `runScenario`. */
export interface ScenarioResult {
  scenario: Scenario;
  /** The base dataset after the levers. */
  dataset: Dataset;
  balance: Balance;
  /** Bands and norms in force after setBands / setNorms. */
  bands: Bands;
  norms: StaffingNorms;
  /** Set by `planScenario` when the scenario has a `plan`. */
  plan?: ScenarioPlan;
}

/** Output of `compare`: differences scenario - baseline. */
export interface ScenarioComparison {
  /** One row per unit: base and scenario staff, required, load, status, shortage, surplus and their change. */
  units: ColumnTable;
  /** One row per province: counts by status, units that became (or stopped being) overloaded, shortage, surplus, worst load, Gini of load. */
  provinces: ColumnTable;
  /** The same as `provinces` for the whole dataset (one row). */
  national: ColumnTable;
}
