// Internal to the model: the tables of validateDatasetRows whose rows name a unit and a field (headcount,
// volumes, working_time, individual_allowances), checked against the units and the standards.
import type { DatasetRows } from './types.ts';
import { checkColumns, fail, isGiven, requireEmpty, valueOf, type Row } from './row-checks.ts';
import { tableSchema, type TableName } from './schema.ts';
import type { StandardsIndex } from './validate-standards.ts';

/** The units and standards the rows refer to. */
export interface Known extends StandardsIndex {
  unitCodes: ReadonlySet<string>;
}

// Each table's rows name a known unit and a field that has time standards; each key occurs once.
function eachRow<R extends Row & { field: string }>(
  table: TableName,
  rows: readonly R[] | undefined,
  known: Known,
  source: string,
  check: (row: R, i: number) => string,
): void {
  const schema = tableSchema(table);
  const seen = new Set<string>();
  rows?.forEach((row, i) => {
    checkColumns(row, i, schema, source);
    const unit = (row as { unit_code?: string | null }).unit_code;
    if (isGiven(row, 'unit_code') && !known.unitCodes.has(unit!)) {
      fail(source, i, 'unit_code', unit, `a unit code listed in the units table${table === 'working_time' ? ', or empty for every unit' : ''}`);
    }
    if (!known.fields.has(row.field)) fail(source, i, 'field', row.field, `a field that has time standards (${[...known.fields].join(', ')})`);
    const key = check(row, i);
    if (seen.has(key)) duplicate(table, row, i, source, unit ?? '');
    seen.add(key);
  });
}

function duplicate(table: TableName, row: Row & { field: string }, i: number, source: string, unit: string): never {
  if (table === 'headcount') fail(source, i, 'field', row.field, `one headcount row per unit and field (duplicate for unit ${unit})`);
  if (table === 'working_time') {
    fail(source, i, 'field', row.field, `one working_time row per field${unit ? ` and unit (duplicate for unit ${unit})` : ' with an empty unit_code (duplicate)'}`);
  }
  const activity = valueOf(row, 'activity');
  const what = table === 'volumes' ? 'one volume row per unit, field and activity' : 'one row per unit, field and activity';
  return fail(source, i, 'activity', activity, `${what} (duplicate for unit ${unit})`);
}

export function validateHeadcount(rows: DatasetRows['headcount'], known: Known, source: string): void {
  eachRow('headcount', rows, known, source, (row) => `${row.unit_code}\u0000${row.field}`);
}

export function validateVolumes(rows: DatasetRows['volumes'], known: Known, source: string): void {
  eachRow('volumes', rows, known, source, (row, i) => {
    const { field, activity } = row;
    const kind = known.activityKind.get(`${field}\u0000${activity}`);
    if (kind === undefined) fail(source, i, 'activity', activity, `an activity of field "${field}" listed in the standards table`);
    if (kind !== 'service') fail(source, i, 'activity', activity, `a service activity (volumes count cases; "${activity}" is a ${kind} activity)`);
    return `${row.unit_code}\u0000${field}\u0000${activity}`;
  });
}

// working_time: per field, optionally per unit; AWT directly or its components.
export function validateWorkingTime(rows: DatasetRows['working_time'], known: Known, source: string): void {
  const components = ['hours_per_week', 'weeks_per_year', 'hours_per_day', 'leave_days', 'awt_hours'] as const;
  eachRow('working_time', rows, known, source, (row, i) => {
    if (!components.some((c) => isGiven(row, c))) fail(source, i, 'awt_hours', null, 'awt_hours or at least one of hours_per_week, weeks_per_year, hours_per_day, leave_days');
    if (isGiven(row, 'awt_hours')) {
      for (const column of ['weeks_per_year', 'leave_days'] as const) {
        requireEmpty(row, i, column, source, 'empty when awt_hours is given (awt_hours is the available working time itself)');
      }
    }
    return `${isGiven(row, 'unit_code') ? row.unit_code : ''}\u0000${row.field}`;
  });
}

// individual_allowances: per-unit number of staff doing an activity whose standard is per staff member.
export function validateIndividualAllowances(rows: DatasetRows['individual_allowances'], known: Known, source: string): void {
  eachRow('individual_allowances', rows, known, source, (row, i) => {
    const { field, activity } = row;
    const key = `${field}\u0000${activity}`;
    const kind = known.activityKind.get(key);
    if (kind !== 'additional') fail(source, i, 'activity', activity, `an additional activity of field "${field}" in the standards table${kind ? ` ("${activity}" is a ${kind} activity)` : ''}`);
    if (!known.perStaffActivities.has(key)) fail(source, i, 'activity', activity, `an activity whose standards row has staff_doing set (hours per staff member; 0 if only the units listed here do it)`);
    return `${row.unit_code}\u0000${key}`;
  });
}
