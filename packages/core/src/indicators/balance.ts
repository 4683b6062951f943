import { table } from 'arquero';
import type { BalanceStatus, Dataset, FieldBalanceRow, Terrain, UnitBalanceRow, UnitKind } from '../model/types.ts';
import type { TypedTable } from '../model/typed-table.ts';
import { requirementMatrix, type RequirementOptions } from '../workload/requirement-matrix.ts';
import { checkBands, classify, DEFAULT_BANDS, type Bands } from './classify.ts';
import { requiredPerStaff } from './required-per-staff.ts';
import { checkGrades, gradeRatio, workloadPressure, type RatioGrades } from './band-presets.ts';
import { normQuota, VN_STAFFING_NORMS, type StaffingNorms } from './norm-quota.ts';

export interface BalanceOptions extends RequirementOptions {
  /** Status bands on the WISN ratio; default {@link DEFAULT_BANDS}. */
  bands?: Bands;
  /** Staffing norm for `norm_quota`; default {@link VN_STAFFING_NORMS}. */
  norms?: StaffingNorms;
  /** Graded reading of the ratio (e.g. `GRADED_QUARTERS`): adds a `grade` column to both tables. Default none. */
  grades?: RatioGrades;
}

export interface Balance {
  /** One row per unit x field: FieldBalanceRow columns. */
  byField: TypedTable<FieldBalanceRow>;
  /** One row per unit: UnitBalanceRow columns. */
  byUnit: TypedTable<UnitBalanceRow>;
}

/**
 * Workload vs headcount balance per unit x field and per unit: staff (FTE), WISN required, gap = staff - required,
 * ratio = staff / required (the WISN ratio), pressure = 1 - ratio (WISN workload pressure),
 * required_per_staff = required / staff (`load` is the same value under its old name, kept as a deprecated
 * alias), status, and per unit: shortage, surplus, norm quota and the per-field statuses beside the pooled one
 * (overloaded_fields / underloaded_fields counted and named). The per-unit status pools staff and required
 * over fields; WISN reads each staff category (field) on its own, so a unit balanced overall can have an
 * overloaded field.
 *
 * @example
 * const { byUnit } = balance(dataset);
 * byUnit.filter((d) => d.status === 'overloaded').numRows();
 */
export function balance(dataset: Dataset, options: BalanceOptions = {}): Balance {
  const bands = options.bands ?? DEFAULT_BANDS;
  checkBands(bands, 'balance');
  const norms = options.norms ?? VN_STAFFING_NORMS;
  const m = requirementMatrix(dataset, options);
  const nUnits = m.unitCodes.length;
  const nFields = m.fields.length;

  const names = dataset.units.array('name') as string[];
  const provinces = dataset.units.array('province_code') as string[];
  const kinds = dataset.units.array('kind') as UnitKind[];
  const terrains = dataset.units.array('terrain') as Terrain[];
  const populations = dataset.units.array('population') as number[];

  const cells = nUnits * nFields;
  const f = fieldColumns(cells);
  const u = {
    unit_code: m.unitCodes,
    name: names,
    province_code: provinces,
    kind: kinds,
    terrain: terrains,
    population: populations,
    staff: new Float64Array(nUnits),
    required: new Float64Array(nUnits),
    gap: new Float64Array(nUnits),
    ratio: new Array<number | null>(nUnits),
    load: new Array<number | null>(nUnits),
    status: new Array<BalanceStatus>(nUnits),
    shortage: new Float64Array(nUnits),
    surplus: new Float64Array(nUnits),
    norm_quota: new Float64Array(nUnits),
    pressure: new Array<number | null>(nUnits),
    required_per_staff: new Array<number | null>(nUnits),
    overloaded_fields: new Int32Array(nUnits),
    underloaded_fields: new Int32Array(nUnits),
    overloaded_field_names: new Array<string>(nUnits),
    underloaded_field_names: new Array<string>(nUnits),
  };

  for (let i = 0; i < nUnits; i++) {
    let staff = 0;
    let required = 0;
    const over: string[] = [];
    const under: string[] = [];
    for (let j = 0; j < nFields; j++) {
      const c = i * nFields + j;
      const s = m.staff[c]!;
      const r = m.required[c]!;
      f.unit_code[c] = m.unitCodes[i]!;
      f.province_code[c] = provinces[i]!;
      f.kind[c] = kinds[i]!;
      f.field[c] = m.fields[j]!;
      setBalance(f, c, s, r, bands);
      if (f.status[c] === 'overloaded') over.push(m.fields[j]!);
      else if (f.status[c] === 'underloaded') under.push(m.fields[j]!);
      if (s < r) u.shortage[i]! += r - s;
      else u.surplus[i]! += s - r;
      staff += s;
      required += r;
    }
    setBalance(u, i, staff, required, bands);
    u.overloaded_fields[i] = over.length;
    u.underloaded_fields[i] = under.length;
    u.overloaded_field_names[i] = over.join(', ');
    u.underloaded_field_names[i] = under.join(', ');
    u.norm_quota[i] = normQuota({ kind: kinds[i]!, terrain: terrains[i]!, population: populations[i]! }, norms);
  }

  return withGrades(f, u, options.grades);
}

// The per unit x field columns, empty, for `cells` rows.
function fieldColumns(cells: number) {
  return {
    unit_code: new Array<string>(cells),
    province_code: new Array<string>(cells),
    kind: new Array<UnitKind>(cells),
    field: new Array<string>(cells),
    staff: new Float64Array(cells),
    required: new Float64Array(cells),
    gap: new Float64Array(cells),
    ratio: new Array<number | null>(cells),
    load: new Array<number | null>(cells),
    status: new Array<BalanceStatus>(cells),
    // Columns added by issue 17 go last, so positional readers of the old columns keep working.
    pressure: new Array<number | null>(cells),
    required_per_staff: new Array<number | null>(cells),
  };
}

/** The balance columns every row has, per unit x field and per unit alike: one rule for both. */
interface BalanceColumns {
  staff: Float64Array;
  required: Float64Array;
  gap: Float64Array;
  ratio: (number | null)[];
  load: (number | null)[];
  status: BalanceStatus[];
  pressure: (number | null)[];
  required_per_staff: (number | null)[];
}

// Staff, requirement, gap, WISN ratio, pressure, load (and its deprecated alias) and status of row i.
function setBalance(t: BalanceColumns, i: number, staff: number, required: number, bands: Bands): void {
  t.staff[i] = staff;
  t.required[i] = required;
  t.gap[i] = staff - required;
  t.ratio[i] = ratioOf(staff, required);
  t.pressure[i] = workloadPressure(t.ratio[i]!);
  t.required_per_staff[i] = requiredPerStaff(required, staff);
  t.load[i] = t.required_per_staff[i]!;
  t.status[i] = classify(staff, required, bands);
}

// The tables, with a grade column (from the WISN ratio) when grades are asked for.
function withGrades(f: Record<string, unknown> & { ratio: (number | null)[] }, u: Record<string, unknown> & { ratio: (number | null)[] }, grades: RatioGrades | undefined): Balance {
  if (!grades) return { byField: table(f), byUnit: table(u) };
  checkGrades(grades, 'balance');
  return {
    byField: table({ ...f, grade: f.ratio.map((r) => gradeRatio(r, grades)) }),
    byUnit: table({ ...u, grade: u.ratio.map((r) => gradeRatio(r, grades)) }),
  };
}

// A ratio with a zero denominator is undefined (null), not Infinity: it stays valid JSON and CSV.
function ratioOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
