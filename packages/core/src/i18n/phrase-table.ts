import type { Locale } from './locale.ts';

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

/**
 * English texts built where a check is made, translated by looking the English text up (as gettext looks a
 * translation up by its English msgid). Each entry is `[English, Vietnamese]`; `{name}` marks a part that
 * varies, which is translated again through the same table when it is itself one of its phrases.
 *
 * @example
 * const table = new PhraseTable([['a number >= {min}', 'một số >= {min}']]);
 * table.translate('a number >= 0', 'vi'); // 'một số >= 0'
 */
export class PhraseTable {
  readonly #entries: readonly (readonly [string, string])[];
  readonly #part: (text: string, locale: Locale) => string;
  #compiled: readonly CompiledPhrase[] | undefined;

  /** `part` translates a varying part (default: this table again, whole text only). */
  constructor(entries: readonly (readonly [en: string, vi: string])[], part?: (text: string, locale: Locale) => string) {
    this.#entries = entries;
    this.#part = part ?? ((text, locale) => this.translate(text, locale));
  }

  /** `text` in `locale`: English as it is; Vietnamese from the phrase it matches, else `text` unchanged. */
  translate(text: string, locale: Locale): string {
    if (locale === 'en') return text;
    return this.match(text)?.(locale) ?? text;
  }

  /** The phrase `text` matches, as a function rendering it in a locale, or undefined when none does. */
  match(text: string): ((locale: Locale) => string) | undefined {
    this.#compiled ??= this.#compile();
    for (const phrase of this.#compiled) {
      const match = phrase.pattern.exec(text);
      if (match === null) continue;
      const parts = new Map(phrase.names.map((name, i) => [name, match[i + 1] ?? '']));
      return (locale) => (locale === 'en' ? text : phrase.vi.replace(/\{(\w+)\}/g, (_, name: string) => this.#part(parts.get(name) ?? '', locale)));
    }
    return undefined;
  }

  #compile(): readonly CompiledPhrase[] {
    return this.#entries
      .map(([en, vi]) => {
        const pieces = en.split(/\{(\w+)\}/);
        const names = pieces.filter((_, i) => i % 2 === 1);
        const source = pieces.map((piece, i) => (i % 2 === 1 ? (PART[piece] ?? ANY_PART) : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
        const fixed = pieces.filter((_, i) => i % 2 === 0).join('').length;
        return { pattern: new RegExp(`^${source}$`), names, vi, fixed };
      })
      .sort((a, b) => b.fixed - a.fixed);
  }
}
