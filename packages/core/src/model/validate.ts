import { ACTIVITY_KINDS, TERRAINS, UNIT_KINDS } from './types.ts';
import type { DatasetRows } from './types.ts';
import { CanbangInputError } from './errors.ts';

/** Where each table came from, so errors can name the file. Defaults to `createDataset(<table>)`. */
export type TableSources = Partial<Record<'units' | 'headcount' | 'volumes' | 'standards' | 'provinces' | 'fields' | 'meta', string>>;

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
  });

  const activityKind = new Map<string, string>();
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
    if (kind === 'service') requireNumber(row, i, 'minutes_per_case', source, { min: 0, exclusiveMin: true });
    if (kind === 'additional') requireNumber(row, i, 'hours', source, { min: 0 });
    if (kind === 'support') {
      const share = requireNumber(row, i, 'share', source, { min: 0, max: 100, exclusiveMax: true });
      const total = (supportShare.get(field) ?? 0) + share;
      if (total >= 100) fail(source, i, 'share', share, `support shares of field "${field}" to add up to less than 100 (now ${total})`);
      supportShare.set(field, total);
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
    requireNumber(row, i, 'staff', source, { min: 0, integer: true });
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
}

function fail(source: string, index: number, column: string, value: unknown, expected: string): never {
  throw new CanbangInputError({ source, row: index + 1, column, value, expected });
}

function requireText(row: Row, index: number, column: string, source: string): string {
  const value = (row as Record<string, unknown>)[column];
  if (typeof value !== 'string' || value.trim() === '') fail(source, index, column, value, 'a non-empty text');
  return value;
}

function requireOneOf<T extends string>(row: Row, index: number, column: string, allowed: readonly T[], source: string): T {
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
