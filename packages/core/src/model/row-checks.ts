// Internal to the model: checks of one value of one row, throwing a CanbangInputError that names the table's
// source, the row (as `item N`, 1-based), the column, the value and what was expected.
import { CanbangInputError } from './errors.ts';
import type { ColumnSchema, NumberRule, TableSchema } from './schema.ts';

/** Rows are typed by the caller but may hold anything when they come from files or scripts. */
export type Row = object;

/** Where one table's rows came from, for error messages. */
export interface RowSource {
  source: string;
}

export function valueOf(row: Row, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

/** A value is given unless absent or null; an empty text is no value either (spreadsheets write it for an empty cell). */
export function isGiven(row: Row, column: string): boolean {
  const value = valueOf(row, column);
  return value !== undefined && value !== null && value !== '';
}

export function fail(source: string, index: number, column: string, value: unknown, expected: string): never {
  throw new CanbangInputError({ source, row: index + 1, rowLabel: 'item', column, value, expected });
}

export function requireEmpty(row: Row, index: number, column: string, source: string, expected: string): void {
  if (isGiven(row, column)) fail(source, index, column, valueOf(row, column), expected);
}

export function requireText(row: Row, index: number, column: string, source: string): string {
  const value = valueOf(row, column);
  if (typeof value !== 'string' || value.trim() === '') fail(source, index, column, value, 'a non-empty text');
  return value;
}

export function requireOneOf<T extends string | number>(row: Row, index: number, column: string, allowed: readonly T[], source: string): T {
  const value = valueOf(row, column);
  if (!allowed.includes(value as T)) fail(source, index, column, value, `one of ${allowed.join(' | ')}`);
  return value as T;
}

export function requireNumber(row: Row, index: number, column: string, source: string, rule: NumberRule): number {
  const value = valueOf(row, column);
  const words = describeRule(rule);
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(source, index, column, value, words);
  if (rule.integer && !Number.isInteger(value)) fail(source, index, column, value, words);
  if (rule.min !== undefined && (rule.exclusiveMin ? value <= rule.min : value < rule.min)) fail(source, index, column, value, words);
  if (rule.max !== undefined && (rule.exclusiveMax ? value >= rule.max : value > rule.max)) fail(source, index, column, value, words);
  return value;
}

/**
 * Whether a number rule holds, without throwing (for values outside tables, e.g. meta).
 */
export function meetsRule(value: unknown, rule: NumberRule): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (rule.integer && !Number.isInteger(value)) return false;
  if (rule.min !== undefined && (rule.exclusiveMin ? value <= rule.min : value < rule.min)) return false;
  return !(rule.max !== undefined && (rule.exclusiveMax ? value >= rule.max : value > rule.max));
}

export function describeRule(rule: NumberRule): string {
  const parts = [rule.integer ? 'a whole number' : 'a finite number'];
  if (rule.min !== undefined) parts.push(`${rule.exclusiveMin ? '>' : '>='} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.exclusiveMax ? '<' : '<='} ${rule.max}`);
  return parts.join(' ');
}

/**
 * Checks every column of a row against the table schema: a required column must hold a value, and any value
 * given must have the column's type, bounds and allowed values. A number column counts an empty text as a
 * value (not a number); text columns read it as empty.
 */
export function checkColumns(row: Row, index: number, table: TableSchema, source: string): void {
  for (const column of table.columns) checkColumn(row, index, column, source);
}

function checkColumn(row: Row, index: number, column: ColumnSchema, source: string): void {
  const value = valueOf(row, column.name);
  const given = column.type === 'number' ? value !== undefined && value !== null : isGiven(row, column.name);
  if (!given && !column.required) return;
  if (column.oneOf) requireOneOf(row, index, column.name, column.oneOf, source);
  else if (column.type === 'number') requireNumber(row, index, column.name, source, column);
  else requireText(row, index, column.name, source);
}
