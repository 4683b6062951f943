/**
 * The canbang data model: long (tidy) tables, one row per observation.
 *
 * A {@link Dataset} holds arquero tables whose rows have the shapes below. The core is generic:
 * any set of units, fields (job areas) and activities; Viet Nam's 2025 communes are one dataset.
 */
import type { ColumnTable } from 'arquero';

export type UnitKind = 'commune' | 'ward' | 'special_zone';
export const UNIT_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special_zone'];

export type Terrain = 'plain' | 'mountain' | 'island';
export const TERRAINS: readonly Terrain[] = ['plain', 'mountain', 'island'];

/**
 * How an activity's time standard is expressed (WHO WISN):
 * - `service`: a countable case with `minutes_per_case` (a dossier, a certification);
 * - `support`: work every staff member of the field does, as `share` percent of working time;
 * - `additional`: work only some staff do, as `hours` per year for the whole unit x field.
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
}

/** Civil servants of one unit working in one field. `staff` is an integer >= 0. */
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
  /** support: percent (0-100) of every staff member's working time. */
  share: number | null;
  /** additional: hours per year for the whole unit x field. */
  hours: number | null;
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
  readonly units: ColumnTable;
  readonly headcount: ColumnTable;
  readonly volumes: ColumnTable;
  readonly standards: ColumnTable;
  /** province_code, province_name */
  readonly provinces: ColumnTable;
  /** field, name_en, name_vi, department (may be empty). */
  readonly fields: ColumnTable;
  readonly meta: DatasetMeta;
}

/** Plain-row form of a dataset, as read from files or generated. */
export interface DatasetRows {
  units: readonly Unit[];
  headcount: readonly HeadcountRow[];
  volumes: readonly VolumeRow[];
  standards: readonly StandardRow[];
  provinces?: readonly { province_code: string; province_name: string }[];
  fields?: readonly FieldInfo[];
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
  /** required / staff (1 = fully loaded); null when staff is 0. */
  load: number | null;
  status: BalanceStatus;
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
  load: number | null;
  status: BalanceStatus;
  /** Sum over fields of max(0, required - staff): a unit balanced overall can still lack land officers. */
  shortage: number;
  /** Sum over fields of max(0, staff - required). */
  surplus: number;
  /** Positions allowed by the staffing norm (Dispatch 09/CV-BCĐ for Viet Nam). */
  norm_quota: number;
}
