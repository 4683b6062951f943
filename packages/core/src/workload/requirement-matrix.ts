import { CanbangInputError } from '../model/errors.ts';
import type { Dataset } from '../model/types.ts';
import { availableWorkingTime, VN_WORKING_TIME, type WorkingTime } from './working-time.ts';
import { categoryAllowanceFactor } from './category-allowance-factor.ts';
import { individualAllowanceFactor } from './individual-allowance-factor.ts';

export interface RequirementOptions {
  /** Default {@link VN_WORKING_TIME}. */
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
  /** Sum over service activities of annual cases / standard workload (FTE, before allowances). */
  serviceFte: Float64Array;
  /** Category allowance factor per field (length fields.length). */
  caf: Float64Array;
  /** Individual allowance factor (FTE) per unit x field. */
  iaf: Float64Array;
  /** serviceFte x caf + iaf. */
  required: Float64Array;
  /** Current staff per unit x field (0 where the headcount table has no row). */
  staff: Float64Array;
  /** Available working time used, hours per year. */
  awtHours: number;
}

/**
 * Computes WHO WISN required staff for every unit and field of a dataset:
 * required = sum(annual cases x minutes per case / (AWT x 60)) x CAF + IAF.
 * Annual cases = cases per period x periods per year.
 *
 * @example
 * const m = requirementMatrix(dataset);
 * m.required[0 * m.fields.length + m.fields.indexOf('land')]; // land officers needed by the first unit
 */
export function requirementMatrix(dataset: Dataset, options: RequirementOptions = {}): RequirementMatrix {
  const awtHours = availableWorkingTime(options.workingTime ?? VN_WORKING_TIME);
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

  // Per field: support shares (-> CAF) and additional hours (-> IAF, the same for every unit).
  // Per service activity: minutes per case.
  const supportShares: number[][] = fields.map(() => []);
  const additionalHours: number[][] = fields.map(() => []);
  const minutesPerCase = new Map<string, number>();
  dataset.standards.objects().forEach((row) => {
    const s = row as { field: string; activity: string; kind: string; minutes_per_case: number; share: number; hours: number };
    const f = fieldIndex.get(s.field)!;
    if (s.kind === 'support') supportShares[f]!.push(s.share);
    else if (s.kind === 'additional') additionalHours[f]!.push(s.hours);
    else minutesPerCase.set(`${s.field}\u0000${s.activity}`, s.minutes_per_case);
  });
  const caf = Float64Array.from(supportShares, (shares) => categoryAllowanceFactor(shares));
  const iafByField = Float64Array.from(additionalHours, (hours) => individualAllowanceFactor(hours, awtHours));

  // Service FTE = annual minutes of casework / minutes a full-time worker has in a year.
  const serviceFte = new Float64Array(cells);
  const minutesPerFte = awtHours * 60;
  const volumeUnits = dataset.volumes.array('unit_code') as string[];
  const volumeFields = dataset.volumes.array('field') as string[];
  const volumeActivities = dataset.volumes.array('activity') as string[];
  const volumeCases = dataset.volumes.array('cases') as number[];
  for (let r = 0; r < volumeUnits.length; r++) {
    const minutes = minutesPerCase.get(`${volumeFields[r]}\u0000${volumeActivities[r]}`);
    const u = unitIndex.get(volumeUnits[r]!);
    const f = fieldIndex.get(volumeFields[r]!);
    if (minutes === undefined || u === undefined || f === undefined) {
      // createDataset rejects these rows; a hand-built Dataset that skipped validation must not pass silently.
      const [column, value, expected] =
        u === undefined ? ['unit_code', volumeUnits[r], 'a unit code of the units table']
        : f === undefined ? ['field', volumeFields[r], 'a field that has time standards']
        : ['activity', volumeActivities[r], `a service activity of field "${volumeFields[r]}" in the standards table`];
      throw new CanbangInputError({ source: 'requirementMatrix(dataset.volumes)', row: r + 1, column, value, expected: `${expected} (build datasets with createDataset)` });
    }
    serviceFte[u * nFields + f]! += (volumeCases[r]! * periodsPerYear * minutes) / minutesPerFte;
  }

  const iaf = new Float64Array(cells);
  const required = new Float64Array(cells);
  for (let u = 0; u < unitCodes.length; u++) {
    for (let f = 0; f < nFields; f++) {
      const i = u * nFields + f;
      iaf[i] = iafByField[f]!;
      required[i] = serviceFte[i]! * caf[f]! + iaf[i]!;
    }
  }

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
      throw new CanbangInputError({ source: 'requirementMatrix(dataset.headcount)', row: r + 1, column, value, expected: `${expected} (build datasets with createDataset)` });
    }
    staff[u * nFields + f] = staffCounts[r]!;
  }

  return { unitCodes, fields, serviceFte, caf, iaf, required, staff, awtHours };
}
