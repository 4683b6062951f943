/**
 * One Map key from several parts (unit, field, activity, ...): the parts joined by U+0000, a character no code,
 * field or activity name can contain, so `a/b` + `c` and `a` + `b/c` never collide. The one key convention
 * of the code; user-facing keys (a routing share's "field/activity") are parsed, not built, with it.
 *
 * @example
 * compositeKey('00004', 'land'); // '00004\u0000land'
 */
export function compositeKey(...parts: string[]): string {
  return parts.join('\u0000');
}
