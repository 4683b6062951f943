import type { Locale } from './locale.ts';
import { EN, type MessageKey } from './messages-en.ts';
import { VI } from './messages-vi.ts';
import { formatNumber } from './format-number.ts';

/** Every catalogue, by locale. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: EN, vi: VI };

/** Values filled into a message: numbers are written as whole numbers in the locale's style. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text of `key` in `locale` with its `{name}` placeholders filled from `params`. A placeholder without a
 * value throws (a silent "{n}" in an output would be a bug).
 *
 * @example
 * translate('vi', 'analyze.done', { count: '45 đơn vị', ms: 1527 }); // 'đã phân tích 45 đơn vị trong 1.527 ms'
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`translate: message "${key}" needs a value for {${name}}`);
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Keys of nouns counted with Intl.PluralRules: `noun.X.one` and `noun.X.other` exist for each. */
export type CountedNoun = MessageKey extends infer K ? (K extends `noun.${infer N}.one` ? N : never) : never;
const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * "1 unit", "3,321 units", "3.321 đơn vị": a count with its noun in the locale's plural form (Intl.PluralRules).
 *
 * @example
 * countText('en', 1, 'unit'); // '1 unit'
 * countText('vi', 3321, 'unit'); // '3.321 đơn vị'
 */
export function countText(locale: Locale, n: number, noun: CountedNoun): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return translate(locale, `noun.${noun}.${form}` as MessageKey, { n });
}

/**
 * A machine code (status, kind, terrain) as a reader's word; an unknown code comes back unchanged.
 *
 * @example
 * codeLabel('vi', 'status', 'overloaded'); // 'quá tải'
 * codeLabel('en', 'kind', 'special_zone'); // 'special zone'
 */
export function codeLabel(locale: Locale, group: 'status' | 'kind' | 'terrain', code: string): string {
  const key = `${group}.${code}`;
  return Object.hasOwn(MESSAGES[locale], key) ? MESSAGES[locale][key as MessageKey] : code;
}

/**
 * A balance status (machine code `overloaded`, `balanced`, `underloaded`) as a reader's word in `locale`
 * (default English, where the word is the code).
 *
 * @example
 * statusLabel('underloaded', { locale: 'vi' }); // 'dư người'
 */
export function statusLabel(status: string, options: { locale?: Locale } = {}): string {
  return codeLabel(options.locale ?? 'en', 'status', status);
}
