import { CanbangInputError } from '../model/errors.ts';

/** Languages of every human-facing text: Vietnamese and English. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
/** The language when nothing asks for another (flag, CANBANG_LANG, LANG/LC_ALL). */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * A `--lang` / `CANBANG_LANG` value as a {@link Locale}, or a {@link CanbangInputError} naming `source`.
 *
 * @example
 * parseLocale('vi', 'canbang --lang'); // 'vi'
 * parseLocale('fr', 'canbang --lang'); // throws: expected vi | en
 */
export function parseLocale(value: string, source: string): Locale {
  const lower = value.trim().toLowerCase();
  if ((LOCALES as readonly string[]).includes(lower)) return lower as Locale;
  throw new CanbangInputError({ source, value, expected: LOCALES.join(' | ') });
}

/** Where the language can come from, most specific first (the caller passes its environment: core reads no globals). */
export interface LocaleSources {
  /** An explicit choice such as `--lang`. */
  flag?: string | undefined;
  /** Environment variables (CANBANG_LANG, LC_ALL, LC_MESSAGES, LANG). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The language to use: the flag, else `CANBANG_LANG`, else the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`; the first one set decides, and a value starting with `vi` means Vietnamese), else English.
 *
 * @example
 * resolveLocale({ flag: undefined, env: { LANG: 'vi_VN.UTF-8' } }); // 'vi'
 * resolveLocale({ flag: 'en', env: { CANBANG_LANG: 'vi' } }); // 'en'
 */
export function resolveLocale(sources: LocaleSources = {}): Locale {
  const env = sources.env ?? {};
  if (sources.flag !== undefined) return parseLocale(sources.flag, '--lang');
  const chosen = env.CANBANG_LANG;
  if (chosen !== undefined && chosen.trim() !== '') return parseLocale(chosen, 'CANBANG_LANG');
  // POSIX precedence: LC_ALL overrides LC_MESSAGES overrides LANG.
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (posix !== undefined) return posix.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  return DEFAULT_LOCALE;
}
