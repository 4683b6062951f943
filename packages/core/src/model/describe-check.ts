import { describeLocation } from './errors.ts';
import type { InputCheck } from './input-check.ts';

/**
 * One line for a warning: where (file, row, column), the value, what looks wrong, and its code.
 *
 * @example
 * describeCheck({ code: 'population_low', source: 'units.csv', row: 3, column: 'population', value: '98', message: 'commune ... has 98 residents' });
 * // 'units.csv, row 3, column "population": got "98"; commune ... has 98 residents [population_low]'
 */
export function describeCheck(check: InputCheck): string {
  const got = check.value !== undefined ? `: got ${JSON.stringify(check.value)}` : '';
  return `${describeLocation(check)}${got}; ${check.message} [${check.code}]`;
}
