import { CanbangInputError, describeValue, type InputErrorLocation } from '../model/errors.ts';
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
  const got = error.value === undefined ? '' : translate(locale, 'common.got', { value: describeValue(error.value) });
  return translate(locale, 'common.inputError', { where: localLocation(error, locale), got, expected: translateExpected(error.expected, locale) });
}

/**
 * "units.csv, dòng 3, cột \"population\"": where a problem is, in the reader's language (as errors and warnings print it).
 *
 * @example
 * localLocation({ source: 'units.csv', row: 3, column: 'population' }, 'vi'); // 'units.csv, dòng 3, cột "population"'
 */
export function localLocation(location: Pick<InputErrorLocation, 'source' | 'row' | 'rowLabel' | 'column'>, locale: Locale): string {
  return [
    location.source,
    location.row === undefined ? '' : translate(locale, location.rowLabel === 'item' ? 'common.item' : 'common.row', { row: String(location.row) }),
    location.column === undefined ? '' : translate(locale, 'common.column', { column: location.column }),
  ].filter(Boolean).join(', ');
}
