import {
  availableWorkingTime,
  balance,
  BALANCE_STATUSES,
  CanbangInputError,
  DEFAULT_BANDS,
  loadStatistics,
  summarize,
  VN_STAFFING_NORMS,
  VN_WORKING_TIME,
  type BalanceOptions,
  type BalanceStatus,
  type Bands,
  type Dataset,
  type FieldBalanceRow,
  type LoadStatistics,
  type StaffingNorms,
  type TransferPlan,
  type UnitBalanceRow,
  type UnitKind,
  type WorkingTime,
  unitQualityFlags,
  tableRows,
} from '@canbang/core';
import { MESSAGES, type Locale, type MessageKey } from '@canbang/core';
import type { VnTopology } from '@canbang/data-vn';
import type { FieldGapRow, LoadBinRow, StatusCountRow } from './charts.ts';
import { findProvince, mostLoaded, provinceNames } from '../province-units.ts';

/** Options of `reportData` and `buildReport`. */
export interface ReportOptions extends BalanceOptions {
  /** Restrict the report to one province (its code, e.g. "01"). Default: the whole dataset. */
  province?: string;
  /** How many most over- and underloaded units to list; default 15. */
  top?: number;
  /** Shown in the footer when given (the builder never reads the clock, so output is reproducible). */
  generatedAt?: string;
  /** A transfer plan (`planTransfers`) to show before / after; computed by the caller, so the report stays solver-free. */
  plan?: TransferPlan;
  /** Unit boundaries (`loadBoundaries()` of @canbang/data-vn): the report then draws a map coloured by status. */
  boundaries?: VnTopology;
  /** Language of every heading, prose, table header and chart label (default English; `<html lang>` follows it). */
  locale?: Locale;
}

/** Defaults of {@link ReportOptions}. */
export const DEFAULT_REPORT_OPTIONS = Object.freeze({ top: 15 });

/** Width of a load histogram bin and the lower edge of the last (open) bin. */
export const LOAD_BIN_WIDTH = 0.1;
export const LOAD_BIN_OPEN_FROM = 2;

/** Vietnamese (and English) names of unit kinds. */
export const KIND_LABELS: Readonly<Record<UnitKind, string>> = { commune: 'Xã (commune)', ward: 'Phường (ward)', special_zone: 'Đặc khu (special zone)' };

/**
 * A unit kind as the report names it in a language (English adds the Vietnamese word; an unknown kind as given).
 *
 * @example
 * kindLabel('special_zone', 'vi'); // 'Đặc khu'
 */
export function kindLabel(kind: string, locale: Locale): string {
  const key = `report.kind.${kind}`;
  return Object.hasOwn(MESSAGES[locale], key) ? MESSAGES[locale][key as MessageKey] : kind;
}

/** One row of the per-field table. */
export interface FieldTotalRow extends FieldGapRow {
  field: string;
  staff: number;
  required: number;
  /** Units whose status in this field is overloaded. */
  unitsShort: number;
}

/** Everything the report shows, computed once from the dataset (pure, no rendering). */
export interface ReportData {
  meta: Dataset['meta'];
  province: { code: string; name: string } | null;
  bands: Bands;
  norms: StaffingNorms;
  workingTime: WorkingTime;
  awtHours: number;
  /** Rows of the dataset's working_time table (working time per field / unit overriding `workingTime`). */
  workingTimeRows?: number;
  units: UnitBalanceRow[];
  totals: { units: number; staff: number; required: number; shortage: number; surplus: number } & Record<BalanceStatus, number>;
  byKind: StatusCountRow[];
  /** Empty when the report is for one province. */
  byProvince: StatusCountRow[];
  fields: FieldTotalRow[];
  loadBins: LoadBinRow[];
  statistics: LoadStatistics;
  mostOverloaded: UnitBalanceRow[];
  mostUnderloaded: UnitBalanceRow[];
  provinceNames: ReadonlyMap<string, string>;
  /** Quality flag of each unit whose population is doubtful or imputed (`pop_flag`). */
  flags: ReadonlyMap<string, string>;
}

/**
 * Computes the report's numbers: balance (`balance`), status counts (`summarize`), load distribution
 * (`loadStatistics` plus fixed-width bins), per-field shortage and surplus, and the top units.
 *
 * @example
 * const data = reportData(dataset, { province: '01' });
 * data.totals.overloaded; // overloaded units in province 01
 */
export function reportData(dataset: Dataset, options: ReportOptions = {}): ReportData {
  const top = options.top ?? DEFAULT_REPORT_OPTIONS.top;
  if (!Number.isSafeInteger(top) || top < 0) {
    throw new CanbangInputError({ source: 'buildReport(options.top)', value: top, expected: 'a whole number >= 0' });
  }
  const names = provinceNames(dataset);
  const province = options.province === undefined ? null : findProvince(names, options.province, 'report');

  const result = balance(dataset, options);
  let byUnitTable = result.byUnit;
  let byFieldTable = result.byField;
  if (province) {
    const keep = (d: { province_code: string }, $: { code: string }) => d.province_code === $.code;
    byUnitTable = byUnitTable.params({ code: province.code }).filter(keep);
    byFieldTable = byFieldTable.params({ code: province.code }).filter(keep);
  }
  if (byUnitTable.numRows() === 0) {
    throw new CanbangInputError({ source: 'buildReport(dataset)', column: 'units', expected: 'at least one unit to report on' });
  }

  const units = tableRows(byUnitTable);
  const national = summarize(byUnitTable, []).objects()[0] as Record<string, number>;
  const totals = {
    units: national.units!,
    staff: national.staff!,
    required: national.required!,
    shortage: national.shortage!,
    surplus: national.surplus!,
    overloaded: national.overloaded!,
    balanced: national.balanced!,
    underloaded: national.underloaded!,
  };

  const byKind = statusRows(summarize(byUnitTable, ['kind']).objects() as Record<string, unknown>[], (r) => kindLabel(r.kind as UnitKind, options.locale ?? 'en'));
  const byProvince = province
    ? []
    : statusRows(summarize(byUnitTable, ['province_code']).objects() as Record<string, unknown>[], (r) => {
        const code = String(r.province_code);
        return names.get(code) ?? code;
      });

  const { mostOverloaded, mostUnderloaded } = mostLoaded(units, top);

  const workingTime = options.workingTime ?? VN_WORKING_TIME;
  return {
    meta: dataset.meta,
    province,
    bands: options.bands ?? DEFAULT_BANDS,
    norms: options.norms ?? VN_STAFFING_NORMS,
    workingTime,
    awtHours: availableWorkingTime(workingTime),
    workingTimeRows: dataset.working_time?.numRows() ?? 0,
    units,
    totals,
    byKind,
    byProvince,
    fields: fieldTotals(dataset, tableRows(byFieldTable)),
    loadBins: loadBins(units),
    statistics: loadStatistics(byUnitTable),
    mostOverloaded,
    mostUnderloaded,
    provinceNames: names,
    flags: unitQualityFlags(dataset),
  };
}

// Chart labels are NFC too: Vega writes them into the SVG as given.
function statusRows(summary: readonly Record<string, unknown>[], label: (row: Record<string, unknown>) => string): StatusCountRow[] {
  return summary.flatMap((row) => BALANCE_STATUSES.map((status) => ({ group: label(row).normalize('NFC'), status, units: row[status] as number })));
}

/**
 * Units per load bin: [k x width, (k + 1) x width) below {@link LOAD_BIN_OPEN_FROM}, then one open bin that
 * also holds units with work but no staff (load undefined). Units with neither staff nor work are left out.
 *
 * @example
 * loadBins([{ load: 0.35, required: 1 }])[3]; // { from: 0.3, to: 0.4, units: 1 }
 */
export function loadBins(units: readonly Pick<UnitBalanceRow, 'load' | 'required'>[]): LoadBinRow[] {
  const nBins = Math.round(LOAD_BIN_OPEN_FROM / LOAD_BIN_WIDTH);
  const counts = new Array<number>(nBins + 1).fill(0);
  for (const u of units) {
    if (u.load === null) {
      if (u.required > 0) counts[nBins]!++;
      continue;
    }
    // Small epsilon: 0.3 / 0.1 is 2.9999999999999996 in floating point, yet 0.3 belongs to [0.3, 0.4).
    const k = Math.floor(u.load / LOAD_BIN_WIDTH + 1e-9);
    counts[Math.min(k, nBins)]!++;
  }
  return counts.map((units, k) => ({
    from: round(k * LOAD_BIN_WIDTH),
    to: round(k === nBins ? LOAD_BIN_OPEN_FROM + LOAD_BIN_WIDTH : (k + 1) * LOAD_BIN_WIDTH),
    units,
  }));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function fieldTotals(dataset: Dataset, rows: readonly FieldBalanceRow[]): FieldTotalRow[] {
  const info = new Map((dataset.fields.objects() as { field: string; name_vi: string; name_en: string }[]).map((f) => [f.field, f]));
  const totals = new Map<string, FieldTotalRow>();
  for (const r of rows) {
    let t = totals.get(r.field);
    if (!t) {
      const f = info.get(r.field);
      t = { field: r.field, label: (f?.name_vi || f?.name_en || r.field).normalize('NFC'), staff: 0, required: 0, shortage: 0, surplus: 0, unitsShort: 0 };
      totals.set(r.field, t);
    }
    t.staff += r.staff;
    t.required += r.required;
    if (r.gap < 0) t.shortage -= r.gap;
    else t.surplus += r.gap;
    if (r.status === 'overloaded') t.unitsShort++;
  }
  // Largest shortage first: the fields a planner should look at.
  return [...totals.values()].sort((a, b) => b.shortage - a.shortage || a.field.localeCompare(b.field));
}
