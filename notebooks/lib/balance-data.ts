/**
 * Build-time summary of the national balance for the Overview and Province pages: one compact JSON
 * with every unit (coordinates, status, load), the unit x field cells, and summaries by province
 * and kind, all computed by @canbang/core.
 */
import { balance, DEFAULT_BANDS, loadStatistics, summarize, tableRows, unitQualityFlags, type Bands, type Dataset, type LoadStatistics } from '@canbang/core';
import { aboutData, type AboutData } from './about-data.ts';

/** One unit, as the pages draw it. */
export interface UnitPoint {
  code: string;
  name: string;
  kind: string;
  province: string;
  terrain: string;
  /** Degrees; null when the dataset gives no coordinates for the unit (they are optional): maps leave it out. */
  lat: number | null;
  lon: number | null;
  population: number;
  staff: number;
  required: number;
  gap: number;
  load: number | null;
  status: string;
  shortage: number;
  surplus: number;
  norm_quota: number;
  area_km2: number;
  /** Quality flag of the population (doubtful or imputed), null when none: the tooltips show it. */
  pop_flag: string | null;
}

/** The whole JSON the `balance.json` loader writes. */
export interface BalanceData {
  meta: AboutData['meta'];
  bands: Bands;
  fields: { field: string; name_en: string; name_vi: string }[];
  provinces: { code: string; name: string }[];
  units: UnitPoint[];
  /** Unit-major cells: cells.staff[u * fields.length + f] belongs to units[u] and fields[f]. */
  cells: { staff: number[]; required: number[] };
  byProvince: Record<string, unknown>[];
  byKind: Record<string, unknown>[];
  byProvinceKind: Record<string, unknown>[];
  national: Record<string, unknown>;
  stats: Omit<LoadStatistics, 'outliers'> & { outliers: number };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r3n = (x: number | null): number | null => (x === null ? null : r3(x));
// The same row with its numbers rounded to 3 decimals (numbers stay numbers, so the row keeps its type).
const roundRow = <Row extends object>(row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? r3(v) : v])) as Row;

/**
 * Computes {@link BalanceData} from a dataset with `balance`, `summarize` and `loadStatistics`.
 * @example
 * const data = balanceData(notebookDataset());
 */
export function balanceData(ds: Dataset): BalanceData {
  const { byUnit, byField } = balance(ds);
  const units = tableRows(ds.units);
  const flags = unitQualityFlags(ds);
  const where = new Map(units.map((u) => [u.code, u]));
  const fieldRows = tableRows(ds.fields);
  const fieldIds = [...new Set(byField.array('field') as string[])];
  const fieldInfo = new Map(fieldRows.map((f) => [f.field, f]));
  const fields = fieldIds.map((id) => ({
    field: id,
    name_en: fieldInfo.get(id)?.name_en || id,
    name_vi: (fieldInfo.get(id)?.name_vi || id).normalize('NFC'),
  }));

  const unitPoints: UnitPoint[] = (byUnit.objects() as Record<string, never>[]).map((u) => {
    const at = where.get(u.unit_code)!;
    return {
      code: u.unit_code,
      name: String(u.name).normalize('NFC'),
      kind: u.kind,
      province: u.province_code,
      terrain: u.terrain,
      lat: r3n(at.lat),
      lon: r3n(at.lon),
      population: u.population,
      staff: u.staff,
      required: r3(u.required),
      gap: r3(u.gap),
      load: r3n(u.load),
      status: u.status,
      shortage: r3(u.shortage),
      surplus: r3(u.surplus),
      norm_quota: u.norm_quota,
      area_km2: at.area_km2,
      pop_flag: flags.get(u.unit_code) ?? null,
    };
  });

  // Unit-major cell arrays in the order of unitPoints and fields.
  const index = new Map(unitPoints.map((u, i) => [u.code, i]));
  const fIndex = new Map(fieldIds.map((f, j) => [f, j]));
  const staff = new Array<number>(unitPoints.length * fieldIds.length).fill(0);
  const required = new Array<number>(unitPoints.length * fieldIds.length).fill(0);
  const cu = byField.array('unit_code') as string[];
  const cf = byField.array('field') as string[];
  const cs = byField.array('staff') as ArrayLike<number>;
  const cr = byField.array('required') as ArrayLike<number>;
  for (let k = 0; k < cu.length; k++) {
    const c = index.get(cu[k]!)! * fieldIds.length + fIndex.get(cf[k]!)!;
    staff[c] = cs[k]!;
    required[c] = r3(cr[k]!);
  }

  const provinces = tableRows(ds.provinces).map((p) => ({
    code: p.province_code,
    name: String(p.province_name).normalize('NFC'),
  }));
  const { outliers, ...stats } = loadStatistics(byUnit);
  return {
    meta: aboutData(ds).meta,
    bands: DEFAULT_BANDS,
    fields,
    provinces,
    units: unitPoints,
    cells: { staff, required },
    byProvince: (summarize(byUnit, ['province_code']).objects() as Record<string, unknown>[]).map(roundRow),
    byKind: (summarize(byUnit, ['kind']).objects() as Record<string, unknown>[]).map(roundRow),
    byProvinceKind: (summarize(byUnit, ['province_code', 'kind']).objects() as Record<string, unknown>[]).map(roundRow),
    national: roundRow((summarize(byUnit, []).objects() as Record<string, unknown>[])[0]!),
    stats: { ...roundRow<Omit<LoadStatistics, 'outliers'>>(stats), outliers: outliers.length },
  };
}
