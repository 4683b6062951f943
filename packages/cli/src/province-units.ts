import { CanbangInputError, type Dataset, type UnitBalanceRow } from '@canbang/core';

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
 * The province with this code, or a {@link CanbangInputError} naming `canbang <command> --province` and
 * listing the dataset's codes.
 *
 * @example
 * findProvince(new Map([['79', 'Thành phố Hồ Chí Minh']]), '79', 'report'); // { code: '79', name: 'Thành phố Hồ Chí Minh' }
 */
export function findProvince(names: ReadonlyMap<string, string>, code: string, command: string): { code: string; name: string } {
  const name = names.get(code);
  if (name === undefined) {
    const known = [...names.keys()].slice(0, 40).join(', ');
    throw new CanbangInputError({ source: `canbang ${command} --province`, value: code, expected: `a province code of the dataset (${known})` });
  }
  return { code, name };
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
