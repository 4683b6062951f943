import type { UnitKind } from '@canbang/core';
import { CanbangInputError, UNIT_KINDS } from '@canbang/core';
import { numberCell, readDataCsv } from './csv.ts';

/** One commune-level unit of the official 2025 registry (real data, no synthetic columns). */
export interface RegistryUnit {
  code: string;
  name: string;
  kind: UnitKind;
  province_code: string;
  province_name: string;
}

/** One province or centrally-run city with its official number of commune-level units. */
export interface RegistryProvince {
  province_code: string;
  province_name: string;
  units: number;
}

export interface Registry {
  units: RegistryUnit[];
  provinces: RegistryProvince[];
}

/**
 * The real registry of Viet Nam's commune-level units in force from 1 July 2025 (NSO Official Letter
 * 1027/CTK-CSCL; provinces from 915/CTK-CSCL), read from `data/units-2025.csv` and `data/provinces-2025.csv`.
 * Checks that every unit's province exists and that each province's unit count matches its `units` column.
 *
 * @example
 * const { units, provinces } = loadRegistry();
 * units.length; // 3321
 * provinces.find((p) => p.province_code === '01')?.units; // 126 (Hà Nội)
 */
export function loadRegistry(): Registry {
  const p = readDataCsv('provinces-2025.csv', ['province_code', 'province_name', 'units']);
  const provinces: RegistryProvince[] = p.rows.map((row, i) => ({
    province_code: row.province_code!,
    province_name: row.province_name!,
    units: numberCell(p, i, 'units')!,
  }));
  const byCode = new Map(provinces.map((province) => [province.province_code, province]));

  const u = readDataCsv('units-2025.csv', ['code', 'name', 'kind', 'province_code', 'province_name']);
  const counts = new Map<string, number>();
  const units: RegistryUnit[] = u.rows.map((row, i) => {
    const kind = row.kind as UnitKind;
    if (!UNIT_KINDS.includes(kind)) throw new CanbangInputError({ source: u.path, row: u.rowNumbers[i]!, column: 'kind', value: row.kind, expected: `one of ${UNIT_KINDS.join(' | ')}` });
    const province = byCode.get(row.province_code!);
    if (!province) throw new CanbangInputError({ source: u.path, row: u.rowNumbers[i]!, column: 'province_code', value: row.province_code, expected: 'a code listed in provinces-2025.csv' });
    counts.set(province.province_code, (counts.get(province.province_code) ?? 0) + 1);
    return { code: row.code!, name: row.name!, kind, province_code: province.province_code, province_name: province.province_name };
  });
  provinces.forEach((province, i) => {
    const n = counts.get(province.province_code) ?? 0;
    if (n !== province.units) {
      throw new CanbangInputError({ source: p.path, row: p.rowNumbers[i]!, column: 'units', value: province.units, expected: `${n}, the number of rows of units-2025.csv in province ${province.province_code}` });
    }
  });
  return { units, provinces };
}
