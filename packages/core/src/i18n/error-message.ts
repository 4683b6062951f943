import { CanbangInputError, describeValue } from '../model/errors.ts';
import type { Locale } from './locale.ts';
import { translate } from './translate.ts';
import { translateExpected } from './translate-expected.ts';

/**
 * A {@link CanbangInputError} as one line in the reader's language: where (file, row, column), the value
 * read and what was expected. `error.message` stays English for logs and programs.
 *
 * @example
 * inputErrorMessage(new CanbangInputError({ source: 'units.csv', row: 3, column: 'population', value: 'x', expected: 'a number' }), 'vi');
 * // 'units.csv, dòng 3, cột "population": nhận được "x"; cần một số'
 */
export function inputErrorMessage(error: CanbangInputError, locale: Locale): string {
  if (locale === 'en') return error.message;
  const where = [
    error.source,
    error.row === undefined ? '' : translate(locale, error.rowLabel === 'item' ? 'common.item' : 'common.row', { row: String(error.row) }),
    error.column === undefined ? '' : translate(locale, 'common.column', { column: error.column }),
  ].filter(Boolean).join(', ');
  const got = error.value === undefined ? '' : translate(locale, 'common.got', { value: describeValue(error.value) });
  return translate(locale, 'common.inputError', { where, got, expected: translateExpected(error.expected, locale) });
}
