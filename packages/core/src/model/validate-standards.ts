// Internal to the model: the standards table of validateDatasetRows, whose columns depend on the activity kind.
import type { ActivityKind, DatasetRows } from './types.ts';
import { checkColumns, fail, isGiven, requireEmpty, requireNumber, type Row } from './row-checks.ts';
import { tableSchema } from './schema.ts';

/** What the other tables need to know about the standards. */
export interface StandardsIndex {
  /** Kind of each activity, keyed `field\u0000activity`. */
  activityKind: ReadonlyMap<string, ActivityKind>;
  /** Additional activities whose hours are per staff member doing them (`staff_doing` set). */
  perStaffActivities: ReadonlySet<string>;
  /** Fields that have time standards. */
  fields: ReadonlySet<string>;
}

export function validateStandards(rows: DatasetRows['standards'], source: string): StandardsIndex {
  const activityKind = new Map<string, ActivityKind>();
  const perStaffActivities = new Set<string>();
  const fields = new Set<string>();
  const supportShare = new Map<string, number>();
  const schema = tableSchema('standards');
  rows.forEach((row, i) => {
    checkColumns(row, i, schema, source);
    const { field, activity, kind } = row;
    const key = `${field}\u0000${activity}`;
    if (activityKind.has(key)) fail(source, i, 'activity', activity, `each activity once per field (duplicate in field "${field}")`);
    activityKind.set(key, kind);
    fields.add(field);
    if (kind === 'service') checkService(row, i, source);
    if (kind === 'additional' && checkAdditional(row, i, source)) perStaffActivities.add(key);
    if (kind === 'support') {
      const share = checkSupport(row, i, source);
      const total = (supportShare.get(field) ?? 0) + share;
      if (total >= 100) fail(source, i, 'share', share, `support shares of field "${field}" to add up to less than 100 (now ${total})`);
      supportShare.set(field, total);
    }
  });
  return { activityKind, perStaffActivities, fields };
}

// A service activity: minutes per countable case.
function checkService(row: Row, i: number, source: string): void {
  requireNumber(row, i, 'minutes_per_case', source, { min: 0, exclusiveMin: true });
  for (const column of ['per', 'staff_doing'] as const) requireEmpty(row, i, column, source, 'empty for a service activity (its time is minutes_per_case)');
}

// An individual allowance: hours for the unit x field, or per staff member doing it. True when per staff member.
function checkAdditional(row: Row, i: number, source: string): boolean {
  requireNumber(row, i, 'hours', source, { min: 0 });
  return isGiven(row, 'staff_doing');
}

// A category allowance: a percentage of working time, or actual time per staff member (converted against each
// unit's AWT). Returns the share it adds to its field (0 when given as hours).
function checkSupport(row: Row, i: number, source: string): number {
  requireEmpty(row, i, 'staff_doing', source, 'empty for a support activity (everyone in the field does it)');
  if (isGiven(row, 'hours')) {
    requireEmpty(row, i, 'share', source, 'empty when hours are given (a support activity has a share or hours, not both)');
    return 0;
  }
  requireEmpty(row, i, 'per', source, 'empty when share is given (per goes with hours)');
  return requireNumber(row, i, 'share', source, { min: 0, max: 100, exclusiveMax: true });
}
