import { CanbangInputError } from './errors.ts';
import { meetsRule } from './row-checks.ts';
import { META_SCHEMA } from './schema.ts';

/**
 * Checks a dataset's meta against `META_SCHEMA`, the one set of meta rules every reader and `createDataset`
 * use: text name / source / period, a boolean synthetic flag, periodsPerYear in (0, 366], optional texts
 * (note, nameVi, sourceVi, noteVi) and a finite seed. Throws a {@link CanbangInputError} naming `source`
 * and the key.
 *
 * @example
 * validateMeta({ name: 'x', synthetic: false, source: 'survey', period: '2025', periodsPerYear: 1 }, 'meta.json'); // passes
 * validateMeta({ name: 'x', synthetic: false, source: 'survey', period: '2025', periodsPerYear: 400 }, 'meta.json'); // throws
 */
export function validateMeta(meta: unknown, source: string): void {
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new CanbangInputError({ source, value: meta, expected: 'a meta object { name, synthetic, source, period, periodsPerYear }' });
  }
  for (const key of META_SCHEMA) {
    const value = (meta as Record<string, unknown>)[key.name];
    if (value === undefined && !key.required) continue;
    const ok = key.type === 'text' ? typeof value === 'string' : key.type === 'boolean' ? typeof value === 'boolean' : meetsRule(value, key.rule);
    if (!ok) throw new CanbangInputError({ source, column: key.name, value, expected: key.expected });
  }
}
