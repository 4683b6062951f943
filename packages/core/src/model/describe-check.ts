import { describeLocation } from './errors.ts';
import type { InputCheck } from './input-check.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import { checkMessage } from '../i18n/check-message.ts';
import { localLocation } from '../i18n/error-message.ts';

/**
 * One line for a warning: where (file, row, column), the value, what looks wrong, and its code, in `locale`
 * (the code stays as it is).
 *
 * @example
 * describeCheck({ code: 'population_low', source: 'units.csv', row: 3, column: 'population', value: '98', message: 'commune ... has 98 residents' });
 * // 'units.csv, row 3, column "population": got "98"; commune ... has 98 residents [population_low]'
 */
export function describeCheck(check: InputCheck, locale: Locale = 'en'): string {
  if (locale === 'en') {
    const got = check.value !== undefined ? `: got ${JSON.stringify(check.value)}` : '';
    return `${describeLocation(check)}${got}; ${check.message} [${check.code}]`;
  }
  const got = check.value !== undefined ? translate(locale, 'common.got', { value: JSON.stringify(check.value) }) : '';
  return `${localLocation(check, locale)}${got}; ${checkMessage(check, locale)} [${check.code}]`;
}
