/**
 * The unit profile page's numbers for one unit, computed in the engine worker on the dataset in use: how its
 * requirement is built (every volume row through `serviceFte`, the allowance rows behind CAF and IAF, the
 * per-field WISN decomposition of `requirementMatrix`), the planner's cap and floor and its data flags.
 */
import {
  availableWorkingTime, requirementMatrix, serviceFte, tableRows, unitCap, unitFloor, unitQualityFlags, VN_WORKING_TIME,
  type Dataset, type RequirementMatrix,
} from '@canbang/core';

/** One volume row of the unit: annual cases × minutes per case ÷ (working time × 60). */
export interface ActivityRow { field: string; activity: string; cases: number; minutes: number | null; awt: number; fte: number }
/** One support (CAF) or additional (IAF) row of the standards table. */
export interface AllowanceRow { field: string; activity: string; kind: string; share: number | null; hours: number | null; per: string | null; staff_doing: number | null }
/** The WISN decomposition of one unit × field. */
export interface FieldRow { field: string; service: number; caf: number; iaf: number; required: number; staff: number }

/** What {@link unitProfile} returns. */
export interface UnitProfile {
  code: string;
  activities: ActivityRow[];
  allowances: AllowanceRow[];
  fields: FieldRow[];
  cap: number;
  floor: number;
  /** The unit's population flag (doubtful / imputed), or null. */
  populationFlag: string | null;
  workingTime: { hoursPerWeek: number; weeksPerYear: number; hoursPerDay: number; leaveDays: number; awt: number };
}

// One requirement matrix per dataset: the page asks for one unit after another.
const matrices = new WeakMap<Dataset, RequirementMatrix>();
const flagsOf = new WeakMap<Dataset, Map<string, string>>();

/**
 * The profile of unit `code`, or null when the dataset has no such unit.
 * @example
 * unitProfile(loadVietNam(), '00001')?.fields.length; // 9
 */
export function unitProfile(ds: Dataset, code: string): UnitProfile | null {
  let matrix = matrices.get(ds);
  if (!matrix) matrices.set(ds, (matrix = requirementMatrix(ds)));
  let flags = flagsOf.get(ds);
  if (!flags) flagsOf.set(ds, (flags = unitQualityFlags(ds)));
  const ui = matrix.unitCodes.indexOf(code);
  if (ui < 0) return null;
  const nf = matrix.fields.length;
  const unit = tableRows(ds.units)[ui]!;

  const standards = tableRows(ds.standards);
  const minutes = new Map(standards.filter((s) => s.kind === 'service').map((s) => [`${s.field}|${s.activity}`, s.minutes_per_case ?? null]));
  // Column arrays: the national volumes table has hundreds of thousands of rows.
  const vu = ds.volumes.array('unit_code') as ArrayLike<string>;
  const vf = ds.volumes.array('field') as ArrayLike<string>;
  const va = ds.volumes.array('activity') as ArrayLike<string>;
  const vc = ds.volumes.array('cases') as ArrayLike<number>;
  const activities: ActivityRow[] = [];
  for (let r = 0; r < vu.length; r++) {
    if (vu[r] !== code) continue;
    const awt = matrix.awt[ui * nf + matrix.fields.indexOf(vf[r]!)]!;
    const annual = vc[r]! * ds.meta.periodsPerYear;
    const perCase = minutes.get(`${vf[r]}|${va[r]}`) ?? null;
    activities.push({ field: vf[r]!, activity: va[r]!, cases: annual, minutes: perCase, awt, fte: perCase === null ? 0 : serviceFte(annual, perCase, awt) });
  }
  const allowances = standards.filter((s) => s.kind !== 'service').map((s) => ({
    field: s.field, activity: s.activity, kind: s.kind, share: s.share ?? null, hours: s.hours ?? null,
    per: s.hours === null || s.hours === undefined ? null : (s.per ?? 'year'), staff_doing: s.staff_doing ?? null,
  }));
  const fields = matrix.fields.map((field, f) => {
    const c = ui * nf + f;
    return { field, service: matrix.serviceFte[c]!, caf: matrix.caf[c]!, iaf: matrix.iaf[c]!, required: matrix.required[c]!, staff: matrix.staff[c]! };
  });
  const staff = fields.reduce((sum, f) => sum + f.staff, 0);
  const wt = VN_WORKING_TIME;
  return {
    code,
    activities,
    allowances,
    fields,
    // The same cap and floor the planner uses (default rule).
    cap: unitCap({ code: unit.code, kind: unit.kind, terrain: unit.terrain, population: unit.population }, {}),
    floor: unitFloor(staff, {}),
    populationFlag: flags.get(code) ?? null,
    workingTime: {
      hoursPerWeek: wt.hoursPerWeek, weeksPerYear: wt.weeksPerYear, hoursPerDay: wt.hoursPerDay,
      leaveDays: Object.values(wt.leaveDays).reduce((s, d) => s + d, 0), awt: availableWorkingTime(wt),
    },
  };
}
