/**
 * Vega-Lite specs of the report charts. Each takes already-aggregated rows (one row = one bar),
 * so a chart draws exactly as many bars as it is given rows with data inline: no URLs, no fetching.
 */
import type { TopLevelSpec } from 'vega-lite';
import { BALANCE_STATUSES, STATUS_PALETTE, translate, type BalanceStatus, type Locale } from '@canbang/core';

/** Colours per status: core's one palette (`STATUS_PALETTE`), shared with the notebooks and the report's tables. */
export const STATUS_COLOURS: Readonly<Record<BalanceStatus, string>> = STATUS_PALETTE;

/**
 * Status labels shown in charts in a language (English adds the Vietnamese term planners use).
 *
 * @example
 * statusLabels('vi').underloaded; // 'dư người'
 */
export function statusLabels(locale: Locale): Readonly<Record<BalanceStatus, string>> {
  return Object.fromEntries(BALANCE_STATUSES.map((s) => [s, translate(locale, `report.chartStatus.${s}`)])) as Record<BalanceStatus, string>;
}

/** The English chart labels (with the Vietnamese term). */
export const STATUS_LABELS: Readonly<Record<BalanceStatus, string>> = statusLabels('en');

// Vietnamese number style inside charts (axis ticks, tooltips): the d3-format locale Vega reads from config.locale.
const VEGA_NUMBER_LOCALE = { vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] } } as const;

/**
 * The shared chart config in a language (Vietnamese number style for vi).
 *
 * @example
 * chartConfig('vi').locale.number.decimal; // ','
 */
export function chartConfig(locale: Locale): typeof CONFIG & { locale?: { number: (typeof VEGA_NUMBER_LOCALE)['vi'] } } {
  return locale === 'vi' ? { ...CONFIG, locale: { number: VEGA_NUMBER_LOCALE.vi } } : CONFIG;
}

// System font only (no web fonts), white background, no view border (shared by every report chart).
export const CONFIG = { font: 'sans-serif', background: 'white', view: { stroke: null }, legend: { labelLimit: 260 } } as const;

/**
 * The colour encoding by status, with the legend in a language.
 *
 * @example
 * statusColourFor('vi').title; // 'Tình trạng'
 */
export function statusColourFor(locale: Locale) {
  const labels = statusLabels(locale);
  return {
    field: 'status_label',
    type: 'nominal',
    title: translate(locale, 'report.chart.status'),
    scale: { domain: BALANCE_STATUSES.map((s) => labels[s]), range: BALANCE_STATUSES.map((s) => STATUS_COLOURS[s]) },
  } as const;
}

export const statusColour = statusColourFor('en');

/** One stacked-bar segment: units of one status in one group (kind or province). */
export interface StatusCountRow {
  group: string;
  status: BalanceStatus;
  units: number;
}

/**
 * Stacked bars of unit counts by status per group; `horizontal` for long lists such as provinces.
 * Rows with 0 units are dropped so every drawn bar segment stands for at least one unit.
 *
 * @example
 * statusCountSpec([{ group: 'Xã', status: 'overloaded', units: 3 }], { title: 'By kind' });
 */
export function statusCountSpec(rows: readonly StatusCountRow[], options: { title: string; groupTitle?: string; horizontal?: boolean; locale?: Locale }): TopLevelSpec {
  const locale = options.locale ?? 'en';
  const labels = statusLabels(locale);
  const values = rows
    .filter((r) => r.units > 0)
    .map((r) => ({ ...r, status_label: labels[r.status], order: BALANCE_STATUSES.indexOf(r.status) }));
  const groupOrder = [...new Set(rows.map((r) => r.group))];
  const group = { field: 'group', type: 'nominal', title: options.groupTitle ?? null, sort: groupOrder } as const;
  const count = { field: 'units', type: 'quantitative', title: translate(locale, 'report.chart.units'), stack: 'zero', axis: { tickMinStep: 1, format: 'd' } } as const;
  return {
    title: options.title,
    config: chartConfig(locale),
    data: { values },
    ...(options.horizontal ? { height: { step: 16 }, width: 560 } : { width: { step: 150 }, height: 260 }),
    mark: { type: 'bar', tooltip: true },
    encoding: {
      // labelLimit 0: never cut a province name short ("Thành phố Hồ Chí Minh" must read in full).
      ...(options.horizontal ? { y: { ...group, axis: { labelLimit: 0 } }, x: count } : { x: { ...group, axis: { labelAngle: 0, labelLimit: 0 } }, y: count }),
      color: statusColourFor(locale),
      order: { field: 'order', type: 'quantitative' },
    },
  } as TopLevelSpec;
}

/** Shortage and surplus (FTE) of one field, summed over units. */
export interface FieldGapRow {
  label: string;
  shortage: number;
  surplus: number;
}

/**
 * Grouped bars per field: total shortage (sum of required - staff where positive) next to total surplus.
 * Draws two bars per field.
 *
 * @example
 * fieldGapSpec([{ label: 'Địa chính', shortage: 12.5, surplus: 3 }]);
 */
export function fieldGapSpec(rows: readonly FieldGapRow[], locale: Locale = 'en'): TopLevelSpec {
  const shortage = translate(locale, 'report.chart.shortage');
  const surplus = translate(locale, 'report.chart.surplus');
  const values = rows.flatMap((r) => [
    { label: r.label, measure: shortage, fte: r.shortage },
    { label: r.label, measure: surplus, fte: r.surplus },
  ]);
  return {
    title: translate(locale, 'report.chart.fieldGaps'),
    config: chartConfig(locale),
    data: { values },
    width: { step: 56 },
    height: 260,
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'label', type: 'nominal', title: null, sort: rows.map((r) => r.label), axis: { labelAngle: -35, labelLimit: 0 } },
      xOffset: { field: 'measure', type: 'nominal', sort: [shortage, surplus] },
      y: { field: 'fte', type: 'quantitative', title: 'FTE' },
      color: {
        field: 'measure',
        type: 'nominal',
        title: null,
        scale: { domain: [shortage, surplus], range: [STATUS_COLOURS.overloaded, STATUS_COLOURS.underloaded] },
      },
    },
  } as TopLevelSpec;
}

/** One histogram bin of unit load (required / staff): [from, to). */
export interface LoadBinRow {
  from: number;
  to: number;
  units: number;
}

/**
 * Histogram of unit load with dashed rules at the band edges (load = 1 / ratio band).
 * Draws one bar per non-empty bin plus two rules.
 *
 * @example
 * loadHistogramSpec([{ from: 0.9, to: 1, units: 4 }], { overloadedAbove: 1.11, underloadedBelow: 0.91 });
 */
export function loadHistogramSpec(bins: readonly LoadBinRow[], edges: { overloadedAbove: number; underloadedBelow: number }, locale: Locale = 'en'): TopLevelSpec {
  const labels = statusLabels(locale);
  return {
    title: translate(locale, 'report.chart.load'),
    config: chartConfig(locale),
    width: 620,
    height: 240,
    layer: [
      {
        data: { values: bins.filter((b) => b.units > 0) },
        // rect with explicit x/x2 and y/y2 = 0: a bar mark with x2 would turn horizontal.
        mark: { type: 'rect', tooltip: true, color: '#6a6a6a', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'from', type: 'quantitative', title: translate(locale, 'report.chart.loadAxis'), scale: { zero: true } },
          x2: { field: 'to' },
          y: { field: 'units', type: 'quantitative', title: translate(locale, 'report.chart.units'), axis: { tickMinStep: 1, format: 'd' } },
          y2: { datum: 0 },
        },
      },
      {
        data: {
          values: [
            { load: edges.underloadedBelow, edge: labels.underloaded },
            { load: edges.overloadedAbove, edge: labels.overloaded },
          ],
        },
        mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: 'load', type: 'quantitative' },
          color: {
            field: 'edge',
            type: 'nominal',
            title: translate(locale, 'report.chart.bandEdge'),
            scale: { domain: [labels.underloaded, labels.overloaded], range: [STATUS_COLOURS.underloaded, STATUS_COLOURS.overloaded] },
          },
        },
      },
    ],
  } as TopLevelSpec;
}

/** Staff of one group before and after a plan. */
export interface BeforeAfterRow {
  label: string;
  before: number;
  after: number;
}

/**
 * Grouped bars of a value before and after a plan, per group. Draws two bars per group.
 *
 * @example
 * beforeAfterSpec([{ label: 'Xã A', before: 0.8, after: 0.95 }], { title: 'Load before/after', valueTitle: 'Load' });
 */
export function beforeAfterSpec(rows: readonly BeforeAfterRow[], options: { title: string; valueTitle: string; locale?: Locale }): TopLevelSpec {
  const locale = options.locale ?? 'en';
  const before = translate(locale, 'report.chart.before');
  const after = translate(locale, 'report.chart.after');
  const values = rows.flatMap((r) => [
    { label: r.label, when: before, value: r.before },
    { label: r.label, when: after, value: r.after },
  ]);
  return {
    title: options.title,
    config: chartConfig(locale),
    data: { values },
    width: { step: 40 },
    height: 240,
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'label', type: 'nominal', title: null, sort: rows.map((r) => r.label), axis: { labelAngle: -35, labelLimit: 0 } },
      xOffset: { field: 'when', type: 'nominal', sort: [before, after] },
      y: { field: 'value', type: 'quantitative', title: options.valueTitle },
      color: { field: 'when', type: 'nominal', title: null, scale: { domain: [before, after], range: ['#bdbdbd', '#1a7f37'] } },
    },
  } as TopLevelSpec;
}
