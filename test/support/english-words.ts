/** English words a Vietnamese output must not contain (the list), as whole words. */
export const ENGLISH_WORDS = ['overloaded', 'underloaded', 'balanced', 'staff', 'required', 'moves', 'shortage', 'surplus', 'worst load', 'province', 'unit'];

/**
 * The English words of the list that `text` contains as whole words, singular or plural (case-insensitive).
 * Paths and repository names (anything with a slash, e.g. thanglequoc/vietnamese-provinces-database) are names, not prose.
 */
export function englishWordsIn(text: string): string[] {
  const prose = text.replace(/\S*\/\S*/g, ' ');
  return ENGLISH_WORDS.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}_])${w}s?(?![\\p{L}\\p{N}_])`, 'iu').test(prose));
}
