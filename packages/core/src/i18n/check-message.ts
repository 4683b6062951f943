import type { InputCheck } from '../model/input-check.ts';
import type { Locale } from './locale.ts';
import type { MessageKey } from './messages-en.ts';
import { codeLabel, translate, type MessageParams } from './translate.ts';

/**
 * The message fields of an {@link InputCheck}: its English `message` and what renders it in another language
 * (`messageKey`, `params`), from one catalogue text, so the English and Vietnamese words cannot drift apart.
 *
 * @example
 * checkText('check.no_headcount', { name: '00004 (Phường Ba Đình)' }).message;
 * // 'unit 00004 (Phường Ba Đình) has no headcount row, so it is computed with 0 staff in every field; ...'
 */
export function checkText(messageKey: MessageKey, params: MessageParams): Pick<InputCheck, 'message' | 'messageKey' | 'params'> {
  return { message: renderCheck('en', messageKey, params), messageKey, params };
}

/**
 * A check's message in `locale`: rendered from its catalogue key when it has one, else its `message` as
 * written (a check made by other code). Codes stay as they are: only the words around them change.
 *
 * @example
 * checkMessage(inputChecks(dataset)[0], 'vi'); // 'xã 00004 (...) có 98 người dân (dưới 1.000); ...'
 */
export function checkMessage(check: InputCheck, locale: Locale): string {
  return check.messageKey === undefined || check.params === undefined ? check.message : renderCheck(locale, check.messageKey, check.params);
}

function renderCheck(locale: Locale, key: MessageKey, params: MessageParams): string {
  // `kind` is a unit kind code (commune, ward, special_zone): shown as the reader's word for it.
  const kind = params.kind;
  return translate(locale, key, typeof kind === 'string' ? { ...params, kind: locale === 'en' ? kind : codeLabel(locale, 'kind', kind) } : params);
}
