/**
 * The canbang data model: long (tidy) tables, one row per observation.
 *
 * A {@link Dataset} holds arquero tables whose rows have the shapes below. The core is generic:
 * any set of units, fields (job areas) and activities; Viet Nam's 2025 communes are one dataset.
 */
import type { TypedTable } from './typed-table.ts';
import type { InputCheck } from './input-check.ts';
import type { AllowancePeriod } from '../workload/allowance-time.ts';

export type UnitKind = 'commune' | 'ward' | 'special_zone';
export const UNIT_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special_zone'];

export type Terrain = 'plain' | 'mountain' | 'island';
export const TERRAINS: readonly Terrain[] = ['plain', 'mountain', 'island'];

/**
 * How an activity's time standard is expressed (WHO WISN):
 * - `service`: a countable case with `minutes_per_case` (a dossier, a certification);
 * - `support` (category allowance): work every staff member of the field does, as `share` percent of working
 *   time, or as actual time: `hours` per staff member per `per` (day | week | month | year);
 * - `additional` (individual allowance): work only some staff do, as `hours` per `per` (default year) for the
 *   whole unit x field, or, with `staff_doing`, per staff member who does it (see {@link StandardRow}).
 */
export type ActivityKind = 'service' | 'support' | 'additional';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['service', 'support', 'additional'];

export type BalanceStatus = 'overloaded' | 'balanced' | 'underloaded';
export const BALANCE_STATUSES: readonly BalanceStatus[] = ['overloaded', 'balanced', 'underloaded'];

/** One administrative unit (commune, ward or special zone). */
export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  province_code: string;
  population: number;
  area_km2: number;
  /** Degrees; optional (null): only distances (transfer plans, routing) need coordinates. */
  lat: number | null;
  lon: number | null;
  terrain: Terrain;
  /** Optional 0/1 flag: 1 when the unit lies on an island (offshore from the mainland). */
  island?: number | null;
  /** Optional 0/1 flag: 1 when the unit touches a land border with another country. */
  land_border?: number | null;
  /**
   * Optional free-text quality flag on the unit's figures, e.g. `suspect_low(<1000)` or `imputed(...)`:
   * outputs show it wherever a number rests on the unit's population. Null or empty when none.
   */
  pop_flag?: string | null;
  /**
   * Staffing quota assigned to the unit (biên chế được giao), when the input gives it; plans keep every unit at
   * or under it. Absent or null: the norm quota (Dispatch 09/CV-BCĐ, `normQuota`) is used instead.
   */
  quota?: number | null;
}

/**
 * Civil servants of one unit working in one field. `staff` is a number >= 0 in full-time equivalents (FTE):
 * part-time staff and shared posts count as fractions (0.5 = half-time).
 */
export interface HeadcountRow {
  unit_code: string;
  field: string;
  staff: number;
}

/** Cases of one activity handled by one unit in one period (see {@link DatasetMeta.periodsPerYear}). */
export interface VolumeRow {
  unit_code: string;
  field: string;
  activity: string;
  cases: number;
  /** Cases finished on time, when known. */
  on_time?: number | null;
  /** Cases still open at the end of the period, when known. */
  backlog?: number | null;
}

/** Time standard of one activity in one field. Which value is used depends on `kind`. */
export interface StandardRow {
  field: string;
  activity: string;
  kind: ActivityKind;
  /** service: minutes one case takes. */
  minutes_per_case: number | null;
  /** support: percent (0-100) of every staff member's working time (or give `hours` + `per` instead). */
  share: number | null;
  /**
   * support: hours per staff member per `per` (the time form of the category allowance);
   * additional: hours per `per` for the whole unit x field, or per staff member who does it when `staff_doing` is set.
   */
  hours: number | null;
  /** support and additional: the period `hours` is stated per; empty = year. */
  per?: AllowancePeriod | null;
  /**
   * additional: the number of staff members who do the activity in each unit; `hours` is then per staff member
   * and the `individual_allowances` table can give a unit its own number. Empty = `hours` are for the whole unit x field.
   */
  staff_doing?: number | null;
}

/**
 * Working time of one field (staff category), for all units (`unit_code` empty) or for one unit. Values left
 * empty come from the field's row, then from the run's working time. `awt_hours` gives the available working
 * time directly; otherwise AWT = hours_per_week x weeks_per_year - leave_days x hours_per_day.
 */
export interface WorkingTimeRow {
  field: string;
  unit_code?: string | null;
  hours_per_week?: number | null;
  weeks_per_year?: number | null;
  hours_per_day?: number | null;
  /** All days away from work a year (public holidays, annual leave, sickness, training ...). */
  leave_days?: number | null;
  awt_hours?: number | null;
}

/** How many staff members of one unit do one individual-allowance (additional) activity; overrides `staff_doing`. */
export interface IndividualAllowanceRow {
  unit_code: string;
  field: string;
  activity: string;
  /** Staff members (FTE allowed) who do the activity in this unit. */
  staff: number;
}

/** One province: its code (as units give it) and its name, for display. */
export interface ProvinceRow {
  province_code: string;
  province_name: string;
}

/** Optional descriptive row per field (job area), for display. */
export interface FieldInfo {
  field: string;
  name_en: string;
  name_vi: string;
  department: string;
}

export interface DatasetMeta {
  /** Short name shown in reports, e.g. "Viet Nam 2025 (synthetic workload)". */
  name: string;
  /** True when any table was generated rather than observed. Shown wherever results are shown. */
  synthetic: boolean;
  /** Where the data came from, in words (citations for real data, generator and seed for synthetic). */
  source: string;
  /**
   * Data note shown with every output: which figures are real (with source), derived (by which rule) and
   * synthetic. Optional; without it outputs of synthetic data show a generic SYNTHETIC note.
   */
  note?: string;
  /** The data note in Vietnamese, shown instead of `note` in Vietnamese outputs (optional). */
  noteVi?: string;
  /** Where the data came from, in Vietnamese, shown instead of `source` in Vietnamese outputs (optional). */
  sourceVi?: string;
  /** The dataset's name in Vietnamese, shown instead of `name` in Vietnamese outputs (optional). */
  nameVi?: string;
  /** Seed of the generator, for synthetic data. */
  seed?: number;
  /** Label of the period the volumes cover, e.g. "2025-Q3". */
  period: string;
  /** How many such periods make a year (4 for a quarter); volumes are annualised with it. */
  periodsPerYear: number;
}

/**
 * A complete, validated input: arquero tables with the row shapes above.
 * Build one with `createDataset` (validates) or the io readers; never mutate it.
 */
export interface Dataset {
  readonly units: TypedTable<Unit>;
  readonly headcount: TypedTable<HeadcountRow>;
  readonly volumes: TypedTable<VolumeRow>;
  readonly standards: TypedTable<StandardRow>;
  /** province_code, province_name */
  readonly provinces: TypedTable<ProvinceRow>;
  /** field, name_en, name_vi, department (may be empty). */
  readonly fields: TypedTable<FieldInfo>;
  /** Optional working time per field and unit: {@link WorkingTimeRow} columns (may be empty or absent). */
  readonly working_time?: TypedTable<WorkingTimeRow>;
  /** Optional per-unit number of staff doing an individual allowance: {@link IndividualAllowanceRow} columns. */
  readonly individual_allowances?: TypedTable<IndividualAllowanceRow>;
  readonly meta: DatasetMeta;
  /** Plausibility warnings gathered while reading the files (set by `readDataset`; see `inputChecks`). */
  readonly checks?: readonly InputCheck[];
}

/** Plain-row form of a dataset, as read from files or generated. */
export interface DatasetRows {
  units: readonly Unit[];
  headcount: readonly HeadcountRow[];
  volumes: readonly VolumeRow[];
  standards: readonly StandardRow[];
  provinces?: readonly ProvinceRow[];
  fields?: readonly FieldInfo[];
  working_time?: readonly WorkingTimeRow[];
  individual_allowances?: readonly IndividualAllowanceRow[];
  meta: DatasetMeta;
}

/** Balance of one unit in one field (output of `balance`). */
export interface FieldBalanceRow {
  unit_code: string;
  province_code: string;
  kind: UnitKind;
  field: string;
  staff: number;
  /** WISN required staff (FTE, fractional). */
  required: number;
  /** staff - required: negative is a shortage. */
  gap: number;
  /** WISN ratio staff / required; null when required is 0. */
  ratio: number | null;
  /** Deprecated alias of `required_per_staff` (the same value under its old name). */
  load: number | null;
  status: BalanceStatus;
  /** WISN workload pressure 1 - ratio (share of the work current staff cannot cover; negative = surplus); null when ratio is. */
  pressure: number | null;
  /** required / staff (1 = fully loaded); null when staff is 0. */
  required_per_staff: number | null;
  /** Grade of the ratio, only when `balance` was given `grades`. */
  grade?: string | null;
}

/** Balance of one unit over all fields (output of `balance`). */
export interface UnitBalanceRow {
  unit_code: string;
  name: string;
  province_code: string;
  kind: UnitKind;
  terrain: Terrain;
  population: number;
  staff: number;
  required: number;
  gap: number;
  ratio: number | null;
  /** Deprecated alias of `required_per_staff`. */
  load: number | null;
  /** Status of the unit with staff and required pooled over fields (see the per-field counts below). */
  status: BalanceStatus;
  /** Sum over fields of max(0, required - staff): a unit balanced overall can still lack land officers. */
  shortage: number;
  /** Sum over fields of max(0, staff - required). */
  surplus: number;
  /** Positions allowed by the staffing norm (Dispatch 09/CV-BCĐ for Viet Nam). */
  norm_quota: number;
  /** WISN workload pressure 1 - ratio over all fields; null when ratio is. */
  pressure: number | null;
  /** required / staff over all fields; null when staff is 0. */
  required_per_staff: number | null;
  /** Fields (staff categories) whose own status is overloaded, counted and named (comma-separated). */
  overloaded_fields: number;
  underloaded_fields: number;
  overloaded_field_names: string;
  underloaded_field_names: string;
  /** Grade of the ratio, only when `balance` was given `grades`. */
  grade?: string | null;
}
