import { foldText } from './fold-text.ts';

// Words a province's official name starts with that people leave out when typing it ("Hà Nội" for
// "Thành phố Hà Nội"), folded; "tp" and "tp." are the usual abbreviation of "thành phố".
const PROVINCE_PREFIXES = ['thanh pho ', 'tinh ', 'tp. ', 'tp '];

function withoutPrefix(folded: string): string {
  const prefix = PROVINCE_PREFIXES.find((p) => folded.startsWith(p));
  return prefix === undefined ? folded : folded.slice(prefix.length);
}

/**
 * The codes of the provinces a person's text names: a code with or without its leading zeros (`1`, `01`),
 * or a name with or without diacritics, case, spacing and the "Thành phố" / "Tỉnh" / "TP" prefix
 * (`Hà Nội`, `ha noi`, `TP Hồ Chí Minh`). An exact code wins; otherwise every name that matches is returned,
 * so a caller can refuse an ambiguous text. Empty when nothing matches.
 *
 * @example
 * matchProvinces(new Map([['01', 'Thành phố Hà Nội'], ['79', 'Thành phố Hồ Chí Minh']]), 'ha noi'); // ['01']
 * matchProvinces(names, '1'); // ['01']
 */
export function matchProvinces(names: ReadonlyMap<string, string>, text: string): string[] {
  const query = text.trim();
  if (names.has(query)) return [query];
  if (/^\d+$/.test(query)) {
    return [...names.keys()].filter((code) => /^\d+$/.test(code) && Number(code) === Number(query));
  }
  const folded = withoutPrefix(foldText(query));
  if (folded === '') return [];
  return [...names].filter(([, name]) => withoutPrefix(foldText(name)) === folded).map(([code]) => code);
}
