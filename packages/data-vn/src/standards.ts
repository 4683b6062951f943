import type { ActivityKind, FieldInfo, StandardRow } from '@canbang/core';
import { ACTIVITY_KINDS, CanbangInputError } from '@canbang/core';
import { numberCell, readDataCsv, type CsvTable, type DataOptions } from './csv.ts';

/**
 * The nine field (job area) ids of the Viet Nam dataset, in display order.
 *
 * @example
 * VN_FIELDS.includes('land'); // true
 */
export const VN_FIELDS = ['office', 'land', 'construction', 'civil_status', 'finance', 'culture_social', 'economy', 'it_digital', 'one_stop'] as const;
export type VnField = (typeof VN_FIELDS)[number];

/** A time standard with its Vietnamese name (for display). */
export interface VnStandardRow extends StandardRow {
  name_vi: string;
}

/**
 * How the SYNTHETIC generator draws one service activity's cases per quarter for a unit:
 * (base_per_unit + per_1000 x residents / 1000) x province activity x urban and terrain multipliers x noise,
 * or, when `of_dossiers` is set, that fraction of the unit's administrative dossiers (one-stop reception).
 */
export interface VolumeModelRow {
  field: string;
  activity: string;
  /** True for administrative-procedure dossiers (counted in the national "dossiers received" figure). */
  dossier: boolean;
  base_per_unit: number;
  per_1000: number;
  /** Elasticity to unit urbanity: multiplier 1 + urban_weight x (urbanity - 0.35), at least 0.2. */
  urban_weight: number;
  of_dossiers: number | null;
}

/**
 * Reads the editable time standards `data/standards.csv` (see STANDARDS.md for the basis of every number).
 * Services have `minutes_per_case`, support activities a `share` (% of working time), additional ones `hours`/year.
 *
 * @example
 * loadStandards().find((s) => s.activity === 'certification')?.minutes_per_case; // 8
 */
export function loadStandards(options: DataOptions = {}): VnStandardRow[] {
  const t = readDataCsv('standards.csv', ['field', 'activity', 'kind', 'minutes_per_case', 'share', 'hours', 'name_vi'], options);
  return t.rows.map((row, i) => {
    const kind = row.kind as ActivityKind;
    if (!ACTIVITY_KINDS.includes(kind)) throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column: 'kind', value: row.kind, expected: `one of ${ACTIVITY_KINDS.join(' | ')}` });
    const needed = kind === 'service' ? 'minutes_per_case' : kind === 'support' ? 'share' : 'hours';
    const value = (column: string) => (column === needed ? numberCell(t, i, column) : null);
    return {
      field: knownField(t, i, row.field!),
      activity: row.activity!,
      kind,
      minutes_per_case: value('minutes_per_case'),
      share: value('share'),
      hours: value('hours'),
      name_vi: row.name_vi!,
    };
  });
}

/**
 * Reads `data/fields.csv`: English and Vietnamese names of the nine fields and their department
 * under Decree 150/2025 (Office; Economic or Economic-Infrastructure-Urban; Culture-Social; Service Centre).
 *
 * @example
 * loadFields().map((f) => f.field); // ['office', 'land', ..., 'one_stop']
 */
export function loadFields(options: DataOptions = {}): FieldInfo[] {
  const t = readDataCsv('fields.csv', ['field', 'name_en', 'name_vi', 'department'], options);
  return t.rows.map((row, i) => ({ field: knownField(t, i, row.field!), name_en: row.name_en!, name_vi: row.name_vi!, department: row.department! }));
}

/**
 * Reads `data/volume-model.csv`, the SYNTHETIC generator's parameters per service activity.
 *
 * @example
 * loadVolumeModel().filter((v) => v.dossier).length; // activities counted as administrative dossiers
 */
export function loadVolumeModel(options: DataOptions = {}): VolumeModelRow[] {
  const t = readDataCsv('volume-model.csv', ['field', 'activity', 'dossier', 'base_per_unit', 'per_1000', 'urban_weight', 'of_dossiers'], options);
  return t.rows.map((row, i) => {
    const dossier = numberCell(t, i, 'dossier');
    if (dossier !== 0 && dossier !== 1) throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column: 'dossier', value: dossier, expected: '0 or 1' });
    const nonNegative = (column: string) => {
      const v = numberCell(t, i, column)!;
      if (v < 0) throw new CanbangInputError({ source: t.path, row: t.rowNumbers[i]!, column, value: v, expected: 'a number >= 0' });
      return v;
    };
    return {
      field: knownField(t, i, row.field!),
      activity: row.activity!,
      dossier: dossier === 1,
      base_per_unit: nonNegative('base_per_unit'),
      per_1000: nonNegative('per_1000'),
      urban_weight: numberCell(t, i, 'urban_weight')!,
      of_dossiers: numberCell(t, i, 'of_dossiers', { allowEmpty: true }),
    };
  });
}

function knownField(t: CsvTable, index: number, field: string): VnField {
  if (!(VN_FIELDS as readonly string[]).includes(field)) {
    throw new CanbangInputError({ source: t.path, row: t.rowNumbers[index]!, column: 'field', value: field, expected: `one of ${VN_FIELDS.join(', ')}` });
  }
  return field as VnField;
}
