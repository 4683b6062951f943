import { CanbangInputError, matchProvinces, translate, type Dataset, type Locale, type UnitBalanceRow } from '@canbang/core';

/**
 * Province code -> name, from the dataset's provinces table.
 *
 * @example
 * provinceNames(loadVietNam()).get('79'); // 'Thành phố Hồ Chí Minh'
 */
export function provinceNames(dataset: Dataset): Map<string, string> {
  const rows = dataset.provinces.objects() as { province_code: string; province_name: string }[];
  return new Map(rows.map((p) => [p.province_code, p.province_name]));
}

/**
 * The province a `--province` value names (a code with or without the leading zero, or a name with or without
 * diacritics: `1`, `01`, `Hà Nội`, `ha noi`; see `matchProvinces`), or a {@link CanbangInputError} naming
 * `canbang <command> --province` and listing the dataset's codes, in the reader's language.
 *
 * @example
 * findProvince(new Map([['79', 'Thành phố Hồ Chí Minh']]), 'ho chi minh', 'report'); // { code: '79', name: 'Thành phố Hồ Chí Minh' }
 */
export function findProvince(names: ReadonlyMap<string, string>, text: string, command: string, locale: Locale = 'en'): { code: string; name: string } {
  const codes = matchProvinces(names, text);
  if (codes.length !== 1) {
    const candidates = codes.length > 1 ? codes : [...names.keys()].slice(0, 40);
    const known = candidates.map((c) => (codes.length > 1 ? `${c} ${names.get(c)}` : c)).join(', ');
    throw new CanbangInputError({ source: `canbang ${command} --province`, value: text, expected: translate(locale, 'province.expected', { known }) });
  }
  return { code: codes[0]!, name: names.get(codes[0]!)! };
}

/**
 * The `top` most overloaded units (highest load first; units with work and no staff, load null, first of
 * all) and the `top` most underloaded (lowest load first); ties by unit code, so the lists are stable.
 *
 * @example
 * const { mostOverloaded } = mostLoaded(balance(ds).byUnit.objects() as UnitBalanceRow[], 10);
 */
export function mostLoaded<U extends UnitBalanceRow>(units: readonly U[], top: number): { mostOverloaded: U[]; mostUnderloaded: U[] } {
  const loadOf = (u: UnitBalanceRow) => u.load ?? Number.POSITIVE_INFINITY;
  const byCode = (a: UnitBalanceRow, b: UnitBalanceRow) => a.unit_code.localeCompare(b.unit_code);
  return {
    mostOverloaded: units.filter((u) => u.status === 'overloaded').sort((a, b) => loadOf(b) - loadOf(a) || byCode(a, b)).slice(0, top),
    mostUnderloaded: units.filter((u) => u.status === 'underloaded').sort((a, b) => loadOf(a) - loadOf(b) || byCode(a, b)).slice(0, top),
  };
}
