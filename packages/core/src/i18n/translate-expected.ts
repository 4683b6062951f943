import type { Locale } from './locale.ts';
import { EXPECTED_PHRASES } from './expected-phrases.ts';
import { PhraseTable } from './phrase-table.ts';
import { EN, type MessageKey } from './messages-en.ts';
import { VI } from './messages-vi.ts';

// An input check's message can be part of an error (`--strict` turns the first warning into the error): the
// catalogue's check texts are phrases too.
const CHECK_PHRASES = (Object.keys(EN) as MessageKey[]).filter((key) => key.startsWith('check.')).map((key) => [EN[key], VI[key]] as const);
const EXPECTED = new PhraseTable([...EXPECTED_PHRASES, ...CHECK_PHRASES]);

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
  return EXPECTED.translate(text, locale);
}

/**
 * The phrase of {@link EXPECTED_PHRASES} an English "expected" text matches, as a function rendering it, or
 * undefined when none does (the test that every error site is translated uses this).
 *
 * @example
 * matchExpected('a number >= 0') !== undefined; // true
 */
export function matchExpected(text: string): ((locale: Locale) => string) | undefined {
  return EXPECTED.match(text);
}
