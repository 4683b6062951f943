import { ACTIVITY_KINDS, TERRAINS, UNIT_KINDS } from './types.ts';
import { ALLOWANCE_PERIODS } from '../workload/allowance-time.ts';
import type { DatasetRows } from './types.ts';
import { CanbangInputError } from './errors.ts';

/** Where each table came from, so errors can name the file. Defaults to `createDataset(<table>)`. */
export type TableSources = Partial<Record<'units' | 'headcount' | 'volumes' | 'standards' | 'provinces' | 'fields' | 'working_time' | 'individual_allowances' | 'meta', string>>;

// Rows are typed by the caller but may hold anything when they come from files or scripts.
type Row = object;

/**
 * Checks a dataset in plain-row form and throws a {@link CanbangInputError} at the first problem:
 * missing or ill-typed values, unknown unit codes / fields / activities, duplicates, support shares
 * that leave no time for services, and a meta without text name / source / period, a boolean synthetic
 * flag and a finite periodsPerYear > 0. Pure: it never changes its input.
 *
 * @example
 * validateDatasetRows(rows, { units: 'data/units.csv' });
 */
export function validateDatasetRows(rows: DatasetRows, sources: TableSources = {}): void {
  const src = (table: keyof TableSources) => sources[table] ?? `createDataset(${table})`;

  // meta: the engine annualises volumes with periodsPerYear and every output shows the synthetic flag.
  const metaSource = sources.meta ?? 'createDataset(meta)';
  if (rows.meta === null || typeof rows.meta !== 'object') {
    throw new CanbangInputError({ source: metaSource, value: rows.meta, expected: 'a meta object { name, synthetic, source, period, periodsPerYear }' });
  }
  const meta = rows.meta as unknown as Readonly<Record<string, unknown>>;
  for (const key of ['name', 'source', 'period'] as const) {
    if (typeof meta[key] !== 'string') throw new CanbangInputError({ source: metaSource, column: key, value: meta[key], expected: 'a text' });
  }
  if (meta.note !== undefined && typeof meta.note !== 'string') throw new CanbangInputError({ source: metaSource, column: 'note', value: meta.note, expected: 'a text (or no note)' });
  if (typeof meta.synthetic !== 'boolean') throw new CanbangInputError({ source: metaSource, column: 'synthetic', value: meta.synthetic, expected: 'true or false' });
  const periods = meta.periodsPerYear;
  if (typeof periods !== 'number' || !Number.isFinite(periods) || periods <= 0) {
    throw new CanbangInputError({ source: metaSource, column: 'periodsPerYear', value: periods, expected: 'a finite number > 0 (4 for quarterly volumes)' });
  }

  const provinceCodes = rows.provinces ? new Set<string>() : undefined;
  rows.provinces?.forEach((row, i) => {
    const code = requireText(row, i, 'province_code', src('provinces'));
    requireText(row, i, 'province_name', src('provinces'));
    if (provinceCodes!.has(code)) fail(src('provinces'), i, 'province_code', code, 'each province code once (duplicate)');
    provinceCodes!.add(code);
  });

  const unitCodes = new Set<string>();
  rows.units.forEach((row, i) => {
    const source = src('units');
    const code = requireText(row, i, 'code', source);
    if (unitCodes.has(code)) fail(source, i, 'code', code, 'each unit code once (duplicate unit)');
    unitCodes.add(code);
    requireText(row, i, 'name', source);
    requireOneOf(row, i, 'kind', UNIT_KINDS, source);
    const province = requireText(row, i, 'province_code', source);
    if (provinceCodes && !provinceCodes.has(province)) {
      fail(source, i, 'province_code', province, 'a province code listed in the provinces table');
    }
    requireNumber(row, i, 'population', source, { min: 0 });
    requireNumber(row, i, 'area_km2', source, { min: 0 });
    // Coordinates are optional (only distances need them), but both or neither, and in range.
    const hasLat = row.lat !== null && row.lat !== undefined;
    const hasLon = row.lon !== null && row.lon !== undefined;
    if (hasLat) requireNumber(row, i, 'lat', source, { min: -90, max: 90 });
    if (hasLon) requireNumber(row, i, 'lon', source, { min: -180, max: 180 });
    if (hasLat !== hasLon) fail(source, i, hasLat ? 'lon' : 'lat', null, 'lat and lon both given or both left empty');
    requireOneOf(row, i, 'terrain', TERRAINS, source);
    for (const flag of ['island', 'land_border'] as const) {
      if (present(row, flag)) requireOneOf(row, i, flag, [0, 1], source);
    }
    if (present(row, 'pop_flag')) requireText(row, i, 'pop_flag', source);
    // Optional staffing quota (biên chế được giao): a whole number of positions when given.
    const quota = (row as unknown as Record<string, unknown>).quota;
    if (quota !== undefined && quota !== null) requireNumber(row, i, 'quota', source, { integer: true, min: 0 });
  });

  const activityKind = new Map<string, string>();
  const perStaffActivities = new Set<string>();
  const fields = new Set<string>();
  const supportShare = new Map<string, number>();
  rows.standards.forEach((row, i) => {
    const source = src('standards');
    const field = requireText(row, i, 'field', source);
    const activity = requireText(row, i, 'activity', source);
    const kind = requireOneOf(row, i, 'kind', ACTIVITY_KINDS, source);
    const key = `${field}\u0000${activity}`;
    if (activityKind.has(key)) fail(source, i, 'activity', activity, `each activity once per field (duplicate in field "${field}")`);
    activityKind.set(key, kind);
    fields.add(field);
    if (kind === 'service') {
      requireNumber(row, i, 'minutes_per_case', source, { min: 0, exclusiveMin: true });
      for (const column of ['per', 'staff_doing'] as const) requireEmpty(row, i, column, source, 'empty for a service activity (its time is minutes_per_case)');
    } else if (isGiven(row, 'per')) {
      requireOneOf(row, i, 'per', ALLOWANCE_PERIODS, source);
    }
    if (kind === 'additional') {
      requireNumber(row, i, 'hours', source, { min: 0 });
      if (isGiven(row, 'staff_doing')) {
        requireNumber(row, i, 'staff_doing', source, { min: 0 });
        perStaffActivities.add(key);
      }
    }
    if (kind === 'support') {
      requireEmpty(row, i, 'staff_doing', source, 'empty for a support activity (everyone in the field does it)');
      // Category allowance: a percentage, or actual time per staff member (converted against each unit's AWT).
      if (isGiven(row, 'hours')) {
        requireEmpty(row, i, 'share', source, 'empty when hours are given (a support activity has a share or hours, not both)');
        requireNumber(row, i, 'hours', source, { min: 0 });
      } else {
        requireEmpty(row, i, 'per', source, 'empty when share is given (per goes with hours)');
        const share = requireNumber(row, i, 'share', source, { min: 0, max: 100, exclusiveMax: true });
        const total = (supportShare.get(field) ?? 0) + share;
        if (total >= 100) fail(source, i, 'share', share, `support shares of field "${field}" to add up to less than 100 (now ${total})`);
        supportShare.set(field, total);
      }
    }
  });

  const fieldInfo = new Set<string>();
  rows.fields?.forEach((row, i) => {
    const field = requireText(row, i, 'field', src('fields'));
    if (fieldInfo.has(field)) fail(src('fields'), i, 'field', field, 'each field once (duplicate)');
    fieldInfo.add(field);
  });

  // headcount and volumes rows name a known unit and a field that has time standards.
  const requireUnitField = (row: Row, i: number, source: string) => {
    const unit = requireText(row, i, 'unit_code', source);
    if (!unitCodes.has(unit)) fail(source, i, 'unit_code', unit, 'a unit code listed in the units table');
    const field = requireText(row, i, 'field', source);
    if (!fields.has(field)) fail(source, i, 'field', field, `a field that has time standards (${[...fields].join(', ')})`);
    return { unit, field };
  };

  const staffed = new Set<string>();
  rows.headcount.forEach((row, i) => {
    const source = src('headcount');
    const { unit, field } = requireUnitField(row, i, source);
    requireNumber(row, i, 'staff', source, { min: 0 }); // FTE: part-time staff count as fractions
    const key = `${unit}\u0000${field}`;
    if (staffed.has(key)) fail(source, i, 'field', field, `one headcount row per unit and field (duplicate for unit ${unit})`);
    staffed.add(key);
  });

  const counted = new Set<string>();
  rows.volumes.forEach((row, i) => {
    const source = src('volumes');
    const { unit, field } = requireUnitField(row, i, source);
    const activity = requireText(row, i, 'activity', source);
    const kind = activityKind.get(`${field}\u0000${activity}`);
    if (kind === undefined) fail(source, i, 'activity', activity, `an activity of field "${field}" listed in the standards table`);
    if (kind !== 'service') fail(source, i, 'activity', activity, `a service activity (volumes count cases; "${activity}" is a ${kind} activity)`);
    requireNumber(row, i, 'cases', source, { min: 0 });
    for (const optional of ['on_time', 'backlog'] as const) {
      if (row[optional] !== undefined && row[optional] !== null) requireNumber(row, i, optional, source, { min: 0 });
    }
    const key = `${unit}\u0000${field}\u0000${activity}`;
    if (counted.has(key)) fail(source, i, 'activity', activity, `one volume row per unit, field and activity (duplicate for unit ${unit})`);
    counted.add(key);
  });

  // working_time: per field, optionally per unit; AWT directly or its components.
  const timed = new Set<string>();
  rows.working_time?.forEach((row, i) => {
    const source = src('working_time');
    const field = requireText(row, i, 'field', source);
    if (!fields.has(field)) fail(source, i, 'field', field, `a field that has time standards (${[...fields].join(', ')})`);
    const unit = isGiven(row, 'unit_code') ? requireText(row, i, 'unit_code', source) : '';
    if (unit !== '' && !unitCodes.has(unit)) fail(source, i, 'unit_code', unit, 'a unit code listed in the units table, or empty for every unit');
    const key = `${unit}\u0000${field}`;
    if (timed.has(key)) fail(source, i, 'field', field, `one working_time row per field${unit ? ` and unit (duplicate for unit ${unit})` : ' with an empty unit_code (duplicate)'}`);
    timed.add(key);
    const limits = { hours_per_week: 168, weeks_per_year: 53, hours_per_day: 24, leave_days: 366, awt_hours: 8784 } as const;
    let given = 0;
    for (const [column, max] of Object.entries(limits)) {
      if (!isGiven(row, column)) continue;
      given++;
      requireNumber(row, i, column, source, column === 'leave_days' ? { min: 0, max } : { min: 0, exclusiveMin: true, max });
    }
    if (given === 0) fail(source, i, 'awt_hours', null, 'awt_hours or at least one of hours_per_week, weeks_per_year, hours_per_day, leave_days');
    if (isGiven(row, 'awt_hours')) {
      for (const column of ['weeks_per_year', 'leave_days'] as const) {
        requireEmpty(row, i, column, source, 'empty when awt_hours is given (awt_hours is the available working time itself)');
      }
    }
  });

  // individual_allowances: per-unit number of staff doing an activity whose standard is per staff member.
  const allowed = new Set<string>();
  rows.individual_allowances?.forEach((row, i) => {
    const source = src('individual_allowances');
    const { unit, field } = requireUnitField(row, i, source);
    const activity = requireText(row, i, 'activity', source);
    const key = `${field}\u0000${activity}`;
    const kind = activityKind.get(key);
    if (kind !== 'additional') fail(source, i, 'activity', activity, `an additional activity of field "${field}" in the standards table${kind ? ` ("${activity}" is a ${kind} activity)` : ''}`);
    if (!perStaffActivities.has(key)) fail(source, i, 'activity', activity, `an activity whose standards row has staff_doing set (hours per staff member; 0 if only the units listed here do it)`);
    requireNumber(row, i, 'staff', source, { min: 0 });
    const unitKey = `${unit}\u0000${key}`;
    if (allowed.has(unitKey)) fail(source, i, 'activity', activity, `one row per unit, field and activity (duplicate for unit ${unit})`);
    allowed.add(unitKey);
  });
}

function isGiven(row: Row, column: string): boolean {
  const value = (row as Record<string, unknown>)[column];
  return value !== undefined && value !== null && value !== '';
}

function requireEmpty(row: Row, index: number, column: string, source: string, expected: string): void {
  if (isGiven(row, column)) fail(source, index, column, (row as Record<string, unknown>)[column], expected);
}

function fail(source: string, index: number, column: string, value: unknown, expected: string): never {
  throw new CanbangInputError({ source, row: index + 1, rowLabel: 'item', column, value, expected });
}

function requireText(row: Row, index: number, column: string, source: string): string {
  const value = (row as Record<string, unknown>)[column];
  if (typeof value !== 'string' || value.trim() === '') fail(source, index, column, value, 'a non-empty text');
  return value;
}

// Optional columns may be absent, null or (from spreadsheets) empty.
function present(row: Row, column: string): boolean {
  const value = (row as Record<string, unknown>)[column];
  return value !== undefined && value !== null && value !== '';
}

function requireOneOf<T extends string | number>(row: Row, index: number, column: string, allowed: readonly T[], source: string): T {
  const value = (row as Record<string, unknown>)[column];
  if (!allowed.includes(value as T)) fail(source, index, column, value, `one of ${allowed.join(' | ')}`);
  return value as T;
}

interface NumberRule {
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  integer?: boolean;
}

function requireNumber(row: Row, index: number, column: string, source: string, rule: NumberRule): number {
  const value = (row as Record<string, unknown>)[column];
  const words = describeRule(rule);
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(source, index, column, value, words);
  if (rule.integer && !Number.isInteger(value)) fail(source, index, column, value, words);
  if (rule.min !== undefined && (rule.exclusiveMin ? value <= rule.min : value < rule.min)) fail(source, index, column, value, words);
  if (rule.max !== undefined && (rule.exclusiveMax ? value >= rule.max : value > rule.max)) fail(source, index, column, value, words);
  return value;
}

function describeRule(rule: NumberRule): string {
  const parts = [rule.integer ? 'a whole number' : 'a finite number'];
  if (rule.min !== undefined) parts.push(`${rule.exclusiveMin ? '>' : '>='} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.exclusiveMax ? '<' : '<='} ${rule.max}`);
  return parts.join(' ');
}
