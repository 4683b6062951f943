import { CanbangInputError } from '../model/errors.ts';
import type { Dataset } from '../model/types.ts';
import type { AllowanceWorkingTime } from './allowance-time.ts';
import { availableWorkingTime, type WorkingTime } from './working-time.ts';

/** Working time of every unit x field, row-major like the requirement matrix (index `u * fields + f`). */
export interface CellWorkingTime {
  /** Available working time, hours per year. */
  awt: Float64Array;
  hoursPerDay: Float64Array;
  hoursPerWeek: Float64Array;
}

interface Resolved {
  hoursPerWeek: number;
  weeksPerYear: number;
  hoursPerDay: number;
  leaveDays: number;
  /** Set by a row's awt_hours; cleared by a more specific row that gives components instead. */
  awtHours: number | null;
}

interface WorkingTimeTableRow {
  field: string;
  unit_code: string | null;
  hours_per_week: number | null;
  weeks_per_year: number | null;
  hours_per_day: number | null;
  leave_days: number | null;
  awt_hours: number | null;
}

const COMPONENTS = [
  ['hours_per_week', 'hoursPerWeek'],
  ['weeks_per_year', 'weeksPerYear'],
  ['hours_per_day', 'hoursPerDay'],
  ['leave_days', 'leaveDays'],
] as const;

/**
 * Resolves the dataset's optional `working_time` table into one working time per unit x field:
 * the run's `base` working time, overlaid by the field's row (unit_code empty), overlaid by the unit's row
 * for that field. Each value a row gives replaces the one below it; `awt_hours` sets the AWT directly, else
 * AWT = hours_per_week x weeks_per_year - leave_days x hours_per_day from the overlaid components.
 * Without a `working_time` table every cell gets `base`.
 *
 * @example
 * const t = cellWorkingTime(dataset, VN_WORKING_TIME, unitCodes, fields);
 * t.awt[u * fields.length + f]; // hours a year one full-time worker of field f in unit u is available
 */
export function cellWorkingTime(dataset: Dataset, base: WorkingTime, unitCodes: readonly string[], fields: readonly string[]): CellWorkingTime {
  const baseAwt = availableWorkingTime(base);
  const baseResolved: Resolved = {
    hoursPerWeek: base.hoursPerWeek,
    weeksPerYear: base.weeksPerYear,
    hoursPerDay: base.hoursPerDay,
    leaveDays: Object.values(base.leaveDays).reduce((a, b) => a + b, 0),
    awtHours: baseAwt,
  };
  const cells = unitCodes.length * fields.length;
  const out: CellWorkingTime = {
    awt: new Float64Array(cells).fill(baseAwt),
    hoursPerDay: new Float64Array(cells).fill(base.hoursPerDay),
    hoursPerWeek: new Float64Array(cells).fill(base.hoursPerWeek),
  };
  const rows = (dataset.working_time?.objects() ?? []) as WorkingTimeTableRow[];
  if (rows.length === 0) return out;

  const unitIndex = new Map(unitCodes.map((c, i) => [c, i]));
  const fieldIndex = new Map(fields.map((f, i) => [f, i]));
  const fieldRows = new Map<number, { row: WorkingTimeTableRow; index: number }>();
  const unitRows: { u: number; f: number; row: WorkingTimeTableRow; index: number }[] = [];
  rows.forEach((row, index) => {
    const f = fieldIndex.get(row.field);
    if (f === undefined) throw new CanbangInputError({ source: 'working_time', row: index + 1, rowLabel: 'item', column: 'field', value: row.field, expected: 'a field that has time standards (build datasets with createDataset)' });
    if (!row.unit_code) {
      fieldRows.set(f, { row, index });
      return;
    }
    const u = unitIndex.get(row.unit_code);
    if (u === undefined) throw new CanbangInputError({ source: 'working_time', row: index + 1, rowLabel: 'item', column: 'unit_code', value: row.unit_code, expected: 'a unit code of the units table (build datasets with createDataset)' });
    unitRows.push({ u, f, row, index });
  });

  const fieldResolved = fields.map((_, f) => {
    const r = fieldRows.get(f);
    return r ? overlay(baseResolved, r.row, r.index) : baseResolved;
  });
  for (let f = 0; f < fields.length; f++) {
    if (fieldResolved[f] === baseResolved) continue;
    for (let u = 0; u < unitCodes.length; u++) write(out, u * fields.length + f, fieldResolved[f]!);
  }
  for (const { u, f, row, index } of unitRows) write(out, u * fields.length + f, overlay(fieldResolved[f]!, row, index));
  return out;
}

/** The working-time figures of one cell, for allowance conversions. */
export function workingTimeAt(t: CellWorkingTime, cell: number): AllowanceWorkingTime {
  return { awtHours: t.awt[cell]!, hoursPerDay: t.hoursPerDay[cell]!, hoursPerWeek: t.hoursPerWeek[cell]! };
}

function overlay(below: Resolved, row: WorkingTimeTableRow, index: number): Resolved {
  const next: Resolved = { ...below };
  let components = false;
  for (const [column, key] of COMPONENTS) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    next[key] = value;
    components = true;
  }
  if (row.awt_hours !== null && row.awt_hours !== undefined) next.awtHours = row.awt_hours;
  else if (components) next.awtHours = null;
  if (next.awtHours === null) {
    const hours = next.hoursPerWeek * next.weeksPerYear - next.leaveDays * next.hoursPerDay;
    if (!(hours > 0)) {
      throw new CanbangInputError({
        source: 'working_time', row: index + 1, rowLabel: 'item', column: 'leave_days', value: next.leaveDays,
        expected: `leave that leaves working time: ${next.hoursPerWeek} h/week x ${next.weeksPerYear} weeks - ${next.leaveDays} days x ${next.hoursPerDay} h = ${hours} h; expected > 0`,
      });
    }
    next.awtHours = hours;
  }
  return next;
}

function write(out: CellWorkingTime, cell: number, r: Resolved): void {
  out.awt[cell] = r.awtHours!;
  out.hoursPerDay[cell] = r.hoursPerDay;
  out.hoursPerWeek[cell] = r.hoursPerWeek;
}
