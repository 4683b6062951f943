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

/**
 * What a reader sees of an HTML page: text between tags (chart text included), without styles and entities.
 *
 * @example
 * visibleText('<h2>Tổng hợp</h2><style>p{}</style>'); // ' Tổng hợp  '
 */
export function visibleText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
}

/**
 * A Vietnamese CLI text without the parts that are machine names the reader types or reads as written, not
 * prose: option names (`--province`), argument placeholders (`<code>`), quoted values (a value read from the
 * input, a default, a code: `"unit"`), file names with an extension (`units.csv`) and key lists of a file format
 * (`{ from, to, field, staff }`).
 *
 * @example
 * withoutMachineNames('--province <code>: nhận được "x"; thiếu units.csv'); // ' : nhận được ; thiếu '
 */
export function withoutMachineNames(text: string): string {
  return text
    .replace(/--[a-z][a-z-]*/g, ' ')
    .replace(/<[^<>\n]*>/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\b[\w-]+\.(csv|json|xlsx|yaml|yml|html)\b/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
}
