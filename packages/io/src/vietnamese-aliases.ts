import { foldText } from '@canbang/core';
import type { TableName } from './table-schemas.ts';

/**
 * Vietnamese header names a planner may type instead of the machine names, per table, keyed by their folded
 * form (see `foldText`: no diacritics, đ as d, lower case), so "Mã ĐVHC", "ma dvhc" and "MÃ ĐVHC" all read as
 * `code`. Terms follow docs/GLOSSARY.md.
 */
export const HEADER_ALIASES: Readonly<Partial<Record<TableName, Readonly<Record<string, string>>>>> = {
  units: {
    'ma dvhc': 'code', 'ma don vi': 'code', 'ten don vi': 'name', 'ten dvhc': 'name', loai: 'kind', 'ma tinh': 'province_code',
    'dan so': 'population', 'dien tich': 'area_km2', 'dien tich (km2)': 'area_km2', 'dien tich (km²)': 'area_km2',
    'vi do': 'lat', 'kinh do': 'lon', 'dia hinh': 'terrain', 'hai dao': 'island', 'bien gioi': 'land_border',
    'ghi chu dan so': 'pop_flag', 'bien che duoc giao': 'quota',
  },
  headcount: { 'ma dvhc': 'unit_code', 'ma don vi': 'unit_code', 'linh vuc': 'field', 'bien che': 'staff', 'so bien che': 'staff' },
  volumes: {
    'ma dvhc': 'unit_code', 'ma don vi': 'unit_code', 'linh vuc': 'field', 'hoat dong': 'activity', 'so ho so': 'cases',
    'dung han': 'on_time', 'ton dong': 'backlog',
  },
  standards: {
    'linh vuc': 'field', 'hoat dong': 'activity', loai: 'kind', 'so phut moi ho so': 'minutes_per_case', 'ty le': 'share',
    'so gio': 'hours', theo: 'per', 'so nguoi thuc hien': 'staff_doing',
  },
  provinces: { 'ma tinh': 'province_code', 'ten tinh': 'province_name' },
  fields: { 'linh vuc': 'field', 'ten tieng anh': 'name_en', 'ten tieng viet': 'name_vi', 'co quan': 'department' },
};

/** Vietnamese values of coded columns (unit kind, terrain), folded, with the machine code they stand for. */
export const VALUE_ALIASES: Readonly<Partial<Record<TableName, Readonly<Record<string, Readonly<Record<string, string>>>>>>> = {
  units: {
    kind: { xa: 'commune', phuong: 'ward', 'dac khu': 'special_zone' },
    terrain: { 'dong bang': 'plain', 'mien nui': 'mountain', 'hai dao': 'island' },
  },
};

/**
 * The machine name a header cell stands for: a Vietnamese alias of the table, else the header trimmed and
 * lower-cased (as the readers always matched it).
 *
 * @example
 * canonicalHeader('units', 'Mã ĐVHC'); // 'code'
 * canonicalHeader('headcount', 'Staff '); // 'staff'
 */
export function canonicalHeader(table: TableName, header: string): string {
  const alias = HEADER_ALIASES[table];
  const folded = foldText(header);
  return alias !== undefined && Object.hasOwn(alias, folded) ? alias[folded]! : header.trim().toLowerCase();
}

/**
 * The machine code a cell of a coded column stands for: `xã` -> `commune`, `miền núi` -> `mountain`;
 * any other value unchanged (validation then names it with the codes expected).
 *
 * @example
 * canonicalValue('units', 'kind', 'Đặc khu'); // 'special_zone'
 * canonicalValue('units', 'kind', 'thị trấn'); // 'thị trấn'
 */
export function canonicalValue(table: TableName, column: string, value: string): string {
  const byColumn = VALUE_ALIASES[table];
  const alias = byColumn !== undefined && Object.hasOwn(byColumn, column) ? byColumn[column]! : undefined;
  if (alias === undefined) return value;
  const folded = foldText(value);
  return Object.hasOwn(alias, folded) ? alias[folded]! : value;
}
