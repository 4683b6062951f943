import type { Locale } from './locale.ts';
import { EXPECTED_PHRASES } from './expected-phrases.ts';

// What a `{name}` part may hold: anything, except `{bound}`, only a numeric bound such as " >= 0" or " > 0 and
// <= 5" (so "a number{bound}" cannot swallow a longer phrase that happens to start with "a number"), and `{min}`,
// only a number (so the part after it is told apart).
const NUMBER = '-?[\\d.]+(?:e[+-]?\\d+)?';
const PART: Readonly<Record<string, string>> = {
  bound: `((?: (?:>|>=|<=) ${NUMBER})*(?: and <= ${NUMBER})?)`,
  min: `(${NUMBER})`,
};
const ANY_PART = '([\\s\\S]*?)';

interface CompiledPhrase {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly vi: string;
  /** Characters of fixed text: the most specific phrase is tried first. */
  readonly fixed: number;
}

let compiled: readonly CompiledPhrase[] | undefined;

function compilePhrases(): readonly CompiledPhrase[] {
  return EXPECTED_PHRASES.map(([en, vi]) => {
    const pieces = en.split(/\{(\w+)\}/);
    const names = pieces.filter((_, i) => i % 2 === 1);
    const source = pieces.map((piece, i) => (i % 2 === 1 ? (PART[piece] ?? ANY_PART) : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    const fixed = pieces.filter((_, i) => i % 2 === 0).join('').length;
    return { pattern: new RegExp(`^${source}$`), names, vi, fixed };
  }).sort((a, b) => b.fixed - a.fixed);
}

/**
 * The "expected ..." part of an input error in `locale`: English text comes back as it is; in Vietnamese, the
 * phrase of {@link EXPECTED_PHRASES} it matches, with its varying parts filled in (each translated again when
 * it is itself a phrase). A text that matches no phrase, such as a list of codes (`flow | highs | lpsolve`) or a
 * text already in Vietnamese, comes back unchanged.
 *
 * @example
 * translateExpected('a whole number >= 1', 'vi'); // 'một số nguyên >= 1'
 * translateExpected('a field of the dataset (land, finance)', 'vi'); // 'một lĩnh vực của bộ dữ liệu (land, finance)'
 */
export function translateExpected(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  return matchExpected(text)?.(locale) ?? text;
}

/**
 * The phrase of {@link EXPECTED_PHRASES} an English "expected" text matches, as a function rendering it, or
 * undefined when none does (the test that every error site is translated uses this).
 *
 * @example
 * matchExpected('a number >= 0') !== undefined; // true
 */
export function matchExpected(text: string): ((locale: Locale) => string) | undefined {
  compiled ??= compilePhrases();
  for (const phrase of compiled) {
    const match = phrase.pattern.exec(text);
    if (match === null) continue;
    const parts = new Map(phrase.names.map((name, i) => [name, match[i + 1] ?? '']));
    return (locale) =>
      locale === 'en' ? text : phrase.vi.replace(/\{(\w+)\}/g, (_, name: string) => translateExpected(parts.get(name) ?? '', locale));
  }
  return undefined;
}
