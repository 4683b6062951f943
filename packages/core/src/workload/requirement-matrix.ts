import { CanbangInputError } from '../model/errors.ts';
import type { Dataset } from '../model/types.ts';
import { availableWorkingTime, VN_WORKING_TIME, type WorkingTime } from './working-time.ts';
import { categoryAllowanceFactor } from './category-allowance-factor.ts';
import { individualAllowanceFactor } from './individual-allowance-factor.ts';
import { allowanceHoursPerYear, allowancePercent, type AllowancePeriod } from './allowance-time.ts';
import { cellWorkingTime, workingTimeAt } from './cell-working-time.ts';
import { serviceFte as serviceFteOf } from './service-fte.ts';
import { compositeKey } from '../model/composite-key.ts';

export interface RequirementOptions {
  /** Default {@link VN_WORKING_TIME}; the dataset's `working_time` table overrides it per field and unit. */
  workingTime?: WorkingTime;
  /** Periods per year the volumes cover; default `dataset.meta.periodsPerYear`. */
  periodsPerYear?: number;
}

/**
 * Required staff for every unit x field as flat typed arrays, row-major: index `u * fields.length + f`.
 * This is the fast form used by the optimiser and Monte Carlo; {@link requiredStaff} is the table form.
 */
export interface RequirementMatrix {
  unitCodes: string[];
  fields: string[];
  /** Sum over service activities of annual cases / standard workload (FTE, before allowances): the sum of `volumeRows.serviceFte` per cell. */
  serviceFte: Float64Array;
  /** The service standards (activities with minutes per case) in the standards table's order. */
  serviceStandards: { field: string; activity: string; minutesPerCase: number }[];
  /**
   * The per-row decomposition of `serviceFte`, one entry per volumes row in table order: the cell it counts in
   * (`u * fields.length + f`), its service standard (index into `serviceStandards`) and its service FTE
   * (`serviceFte(cases x periods per year, minutes per case, AWT of the cell)`). Monte Carlo and work routing
   * scale these rows instead of restating the WISN formula.
   */
  volumeRows: { cell: Int32Array; standard: Int32Array; serviceFte: Float64Array; cases: Float64Array };
  /**
   * Category allowance factor per unit x field. It is the same in every unit unless a field states support
   * time as hours and units differ in working time.
   */
  caf: Float64Array;
  /** Individual allowance factor (FTE) per unit x field. */
  iaf: Float64Array;
  /** serviceFte x caf + iaf. */
  required: Float64Array;
  /** Current staff (FTE) per unit x field (0 where the headcount table has no row). */
  staff: Float64Array;
  /** Available working time per unit x field, hours per year (the `working_time` table, else `awtHours`). */
  awt: Float64Array;
  /** Available working time of the run's default working time, hours per year. */
  awtHours: number;
}

interface StandardsRow {
  field: string;
  activity: string;
  kind: string;
  minutes_per_case: number;
  share: number | null;
  hours: number | null;
  per?: AllowancePeriod | null;
  staff_doing?: number | null;
}

/**
 * Computes WHO WISN required staff for every unit and field of a dataset:
 * required = sum(annual cases x minutes per case / (AWT x 60)) x CAF + IAF, with AWT per unit x field.
 * Annual cases = cases per period x periods per year.
 * - CAF = 1 / (1 - total category allowance / 100); allowances stated as time are converted to a percentage of
 *   the cell's AWT ({@link allowancePercent}).
 * - IAF = sum of individual allowance hours a year / AWT, where an allowance per staff member counts once per
 *   staff member doing it (the unit's `individual_allowances` row, else the standard's `staff_doing`).
 *   Rule for empty cells: an individual allowance applies to a unit x field only when it has service cases or
 *   staff, or when an `individual_allowances` row names that unit with staff > 0.
 *
 * @example
 * const m = requirementMatrix(dataset);
 * m.required[0 * m.fields.length + m.fields.indexOf('land')]; // land officers needed by the first unit
 */
export function requirementMatrix(dataset: Dataset, options: RequirementOptions = {}): RequirementMatrix {
  const base = options.workingTime ?? VN_WORKING_TIME;
  const awtHours = availableWorkingTime(base);
  const periodsPerYear = options.periodsPerYear ?? dataset.meta.periodsPerYear;
  if (!Number.isFinite(periodsPerYear) || periodsPerYear <= 0) {
    throw new RangeError(`requirementMatrix: periodsPerYear is ${periodsPerYear}; expected a finite number > 0`);
  }

  const unitCodes = dataset.units.array('code') as string[];
  const unitIndex = new Map(unitCodes.map((code, i) => [code, i]));
  const fields = [...new Set(dataset.standards.array('field') as string[])];
  const fieldIndex = new Map(fields.map((field, i) => [field, i]));
  const nFields = fields.length;
  const cells = unitCodes.length * nFields;
  const time = cellWorkingTime(dataset, base, unitCodes, fields);

  const { support, additional, serviceStandards } = standardsByKind(dataset, fieldIndex, fields.length);
  const volumeRows = serviceRows(dataset, { unitIndex, fieldIndex, serviceStandards, periodsPerYear, awt: time.awt });
  const serviceFte = new Float64Array(cells);
  for (let r = 0; r < volumeRows.cell.length; r++) serviceFte[volumeRows.cell[r]!]! += volumeRows.serviceFte[r]!;

  const staff = new Float64Array(cells);
  const staffUnits = dataset.headcount.array('unit_code') as string[];
  const staffFields = dataset.headcount.array('field') as string[];
  const staffCounts = dataset.headcount.array('staff') as number[];
  for (let r = 0; r < staffUnits.length; r++) {
    const u = unitIndex.get(staffUnits[r]!);
    const f = fieldIndex.get(staffFields[r]!);
    if (u === undefined || f === undefined) {
      const [column, value, expected] =
        u === undefined ? ['unit_code', staffUnits[r], 'a unit code of the units table'] : ['field', staffFields[r], 'a field that has time standards'];
      throw new CanbangInputError({ source: 'requirementMatrix(dataset.headcount)', row: r + 1, rowLabel: 'item', column, value, expected: `${expected} (build datasets with createDataset)` });
    }
    staff[u * nFields + f] = staffCounts[r]!;
  }

  // Per-unit number of staff doing a per-staff individual allowance.
  const staffDoing = new Map<string, number>();
  for (const a of (dataset.individual_allowances?.objects() ?? []) as { unit_code: string; field: string; activity: string; staff: number }[]) {
    staffDoing.set(compositeKey(a.unit_code, a.field, a.activity), a.staff);
  }

  const caf = new Float64Array(cells);
  const iaf = new Float64Array(cells);
  const required = new Float64Array(cells);
  for (let u = 0; u < unitCodes.length; u++) {
    for (let f = 0; f < nFields; f++) {
      const c = u * nFields + f;
      const t = workingTimeAt(time, c);
      let percent = 0;
      for (const { row, index } of support[f]!) {
        percent += row.hours !== null && row.hours !== undefined ? allowancePercent(row.hours, row.per ?? 'year', t) : row.share!;
        if (percent >= 100) {
          throw new CanbangInputError({
            source: 'standards', row: index + 1, rowLabel: 'item', column: row.hours !== null ? 'hours' : 'share', value: row.hours ?? row.share,
            expected: `support allowances of field "${fields[f]}" to take less than 100 % of working time (unit ${unitCodes[u]}: ${percent.toFixed(2)} % of ${t.awtHours} h)`,
          });
        }
      }
      caf[c] = categoryAllowanceFactor([percent]);
      const worked = serviceFte[c]! > 0 || staff[c]! > 0;
      let hours = 0;
      for (const { row } of additional[f]!) {
        const perYear = allowanceHoursPerYear(row.hours!, row.per ?? 'year', t);
        if (row.staff_doing === null || row.staff_doing === undefined) {
          if (worked) hours += perYear;
          continue;
        }
        const named = staffDoing.get(compositeKey(unitCodes[u]!, fields[f]!, row.activity));
        if (named !== undefined) hours += perYear * named;
        else if (worked) hours += perYear * row.staff_doing;
      }
      iaf[c] = individualAllowanceFactor([hours], t.awtHours);
      required[c] = serviceFte[c]! * caf[c]! + iaf[c]!;
    }
  }

  return { unitCodes, fields, serviceFte, serviceStandards, volumeRows, caf, iaf, required, staff, awt: time.awt, awtHours };
}

type Allowances = { row: StandardsRow; index: number }[][];

// Per field: support rows (-> CAF) and additional rows (-> IAF); the service standards in table order.
function standardsByKind(dataset: Dataset, fieldIndex: ReadonlyMap<string, number>, nFields: number) {
  const support: Allowances = Array.from({ length: nFields }, () => []);
  const additional: Allowances = Array.from({ length: nFields }, () => []);
  const serviceStandards: RequirementMatrix['serviceStandards'] = [];
  (dataset.standards.objects() as StandardsRow[]).forEach((s, index) => {
    const f = fieldIndex.get(s.field)!;
    if (s.kind === 'support') support[f]!.push({ row: s, index });
    else if (s.kind === 'additional') additional[f]!.push({ row: s, index });
    else serviceStandards.push({ field: s.field, activity: s.activity, minutesPerCase: s.minutes_per_case });
  });
  return { support, additional, serviceStandards };
}

// Service FTE per volumes row = annual minutes of casework / minutes a full-time worker of that cell has in a year.
function serviceRows(
  dataset: Dataset,
  at: { unitIndex: ReadonlyMap<string, number>; fieldIndex: ReadonlyMap<string, number>; serviceStandards: RequirementMatrix['serviceStandards']; periodsPerYear: number; awt: Float64Array },
): RequirementMatrix['volumeRows'] {
  const standardIndex = new Map(at.serviceStandards.map((s, i) => [compositeKey(s.field, s.activity), i]));
  const nFields = at.fieldIndex.size;
  const units = dataset.volumes.array('unit_code') as string[];
  const fields = dataset.volumes.array('field') as string[];
  const activities = dataset.volumes.array('activity') as string[];
  const cases = dataset.volumes.array('cases') as number[];
  const rows = { cell: new Int32Array(units.length), standard: new Int32Array(units.length), serviceFte: new Float64Array(units.length), cases: Float64Array.from(cases) };
  for (let r = 0; r < units.length; r++) {
    const s = standardIndex.get(compositeKey(fields[r]!, activities[r]!));
    const u = at.unitIndex.get(units[r]!);
    const f = at.fieldIndex.get(fields[r]!);
    if (s === undefined || u === undefined || f === undefined) {
      // createDataset rejects these rows; a hand-built Dataset that skipped validation must not pass silently.
      const [column, value, expected] =
        u === undefined ? ['unit_code', units[r], 'a unit code of the units table']
        : f === undefined ? ['field', fields[r], 'a field that has time standards']
        : ['activity', activities[r], `a service activity of field "${fields[r]}" in the standards table`];
      throw new CanbangInputError({ source: 'requirementMatrix(dataset.volumes)', row: r + 1, rowLabel: 'item', column, value, expected: `${expected} (build datasets with createDataset)` });
    }
    const c = u * nFields + f;
    rows.cell[r] = c;
    rows.standard[r] = s;
    rows.serviceFte[r] = serviceFteOf(cases[r]! * at.periodsPerYear, at.serviceStandards[s]!.minutesPerCase, at.awt[c]!);
  }
  return rows;
}
