import type { Command } from 'commander';
import {
  balance,
  CanbangInputError,
  DEFAULT_BANDS,
  inputChecks,
  loadStatistics,
  summarize,
  type Bands,
  type Dataset,
  type InputCheck,
  type FieldBalanceRow,
  type LoadStatistics,
  type UnitBalanceRow,
  unitQualityFlags,
  tableRows,
  codeLabel,
  countText,
  datasetName,
  formatNumber,
  translate,
  type Locale,
} from '@canbang/core';
import { type WorkbookSheet } from '@canbang/io';
import { loadInput, inputOptions, type InputOptions } from '../load-input.ts';
import { textTable } from '../format/text-table.ts';
import { writeOutput, writeSheetsOutput } from '../write-output.ts';
import { checksSheet } from '../checks-output.ts';
import { terminalLines } from '../terminal-text.ts';
import { csvOptions, csvText, type CsvOptions } from '../csv-options.ts';
import { outputFormat, type TextFormat } from '../output-format.ts';
import { numberOption } from '../number-option.ts';
import { bandsFromOptions, bandsPresetOption } from '../bands-option.ts';
import { findProvince, mostLoaded, provinceNames } from '../province-units.ts';
import { aboutDatasetRows, flaggedName, flagFootnote, noteLine } from '../format/data-note.ts';
import { commandLocale, langOption } from '../lang-option.ts';

export interface AnalyzeOptions {
  province?: string;
  bands?: Bands;
  /** How many most over- and underloaded units to list. */
  top?: number;
  /** Language of errors about the options (default English). */
  locale?: Locale;
}

/** Summary rows: status counts and FTE by unit kind, plus the national total. */
export interface StatusSummaryRow {
  kind: string;
  units: number;
  overloaded: number;
  balanced: number;
  underloaded: number;
  staff: number;
  required: number;
  shortage: number;
  surplus: number;
}

/** A unit's balance with the quality flag of its population (`pop_flag`, null when none). */
export type AnalyzedUnit = UnitBalanceRow & { pop_flag: string | null };
/** One unit in one field: the long, pivot-ready table of `analyze --by field` and the "unit x field" sheet. */
export interface UnitFieldRow {
  province_code: string;
  province_name: string;
  unit_code: string;
  unit_name: string;
  kind: string;
  field: string;
  /** The field's Vietnamese name from the dataset's fields table (the field id when it has none). */
  field_name_vi: string;
  staff: number;
  required: number;
  gap: number;
  ratio: number | null;
  status: string;
  /** The whole unit's norm quota, repeated on each of its fields (do not sum it over fields). */
  unit_norm_quota: number;
}

export interface Analysis {
  dataset: Dataset['meta'];
  province: { code: string; name: string } | null;
  bands: Bands;
  summary: StatusSummaryRow[];
  statistics: LoadStatistics;
  mostOverloaded: AnalyzedUnit[];
  mostUnderloaded: AnalyzedUnit[];
  units: AnalyzedUnit[];
  /** Warnings about the input (see `inputChecks`), also in the `checks` sheet / `.checks.csv`. */
  checks: readonly InputCheck[];
  /** Every unit x field of the scope, by unit code then the dataset's field order. */
  unitFields: UnitFieldRow[];
}

/**
 * Balance of a dataset (optionally one province) shaped for the `analyze` command: national or provincial
 * summary by unit kind, load statistics, and the most over- and underloaded units.
 *
 * @example
 * analyze(loadVietNam(), { province: '11', top: 5 }).mostOverloaded; // 5 units of Điện Biên, highest load first
 */
export function analyze(dataset: Dataset, options: AnalyzeOptions = {}): Analysis {
  const bands = options.bands ?? DEFAULT_BANDS;
  const top = options.top ?? 10;
  const province = options.province === undefined ? null : findProvince(provinceNames(dataset), options.province, 'analyze', options.locale);
  const balanceRows = balance(dataset, { bands });
  let byUnit = balanceRows.byUnit;
  if (province) byUnit = byUnit.params({ code: province.code }).filter((d: { province_code: string }, $: { code: string }) => d.province_code === $.code);

  const national = summarize(byUnit, []).objects()[0] as Omit<StatusSummaryRow, 'kind'>;
  const kinds = summarize(byUnit, ['kind']).objects() as unknown as StatusSummaryRow[];
  const summary = [...kinds, { ...national, kind: 'all' }].map(pickSummary);

  const flags = unitQualityFlags(dataset);
  const units = tableRows(byUnit).map((u): AnalyzedUnit => ({ ...u, pop_flag: flags.get(u.unit_code) ?? null }));
  const { mostOverloaded, mostUnderloaded } = mostLoaded(units, top);
  const unitFields = unitFieldRows(dataset, units, tableRows(balanceRows.byField));

  return { dataset: dataset.meta, province, bands, summary, statistics: loadStatistics(byUnit), mostOverloaded, mostUnderloaded, units, unitFields, checks: inputChecks(dataset) };
}

// The long unit x field table of the units in scope, with province, unit and field names.
function unitFieldRows(dataset: Dataset, units: readonly UnitBalanceRow[], byField: readonly FieldBalanceRow[]): UnitFieldRow[] {
  const unitOf = new Map(units.map((u) => [u.unit_code, u]));
  const provinces = provinceNames(dataset);
  const fieldRows = dataset.fields.numRows() > 0 ? (dataset.fields.objects() as { field: string; name_vi: string }[]) : [];
  const fieldName = new Map(fieldRows.map((f) => [f.field, f.name_vi]));
  const fieldOrder = new Map(fieldRows.map((f, i) => [f.field, i]));
  return byField
    .filter((r) => unitOf.has(r.unit_code))
    .sort((a, b) => a.unit_code.localeCompare(b.unit_code) || (fieldOrder.get(a.field) ?? Infinity) - (fieldOrder.get(b.field) ?? Infinity) || a.field.localeCompare(b.field))
    .map((r) => {
      const unit = unitOf.get(r.unit_code)!;
      return {
        province_code: r.province_code,
        province_name: provinces.get(r.province_code) ?? '',
        unit_code: r.unit_code,
        unit_name: unit.name,
        kind: r.kind,
        field: r.field,
        field_name_vi: fieldName.get(r.field) || r.field,
        staff: r.staff,
        required: r.required,
        gap: r.gap,
        ratio: r.ratio,
        status: r.status,
        unit_norm_quota: unit.norm_quota,
      };
    });
}

function pickSummary(row: StatusSummaryRow): StatusSummaryRow {
  const { kind, units, overloaded, balanced, underloaded, staff, required, shortage, surplus } = row;
  return { kind, units, overloaded, balanced, underloaded, staff, required, shortage, surplus };
}

/**
 * Human-readable report of an {@link Analysis}, in English or Vietnamese (words from the message catalogue,
 * numbers in the locale's style: 1,458 / 1.458).
 *
 * @example
 * process.stdout.write(formatAnalysisText(analyze(dataset), 'vi'));
 */
export function formatAnalysisText(analysis: Analysis, locale: Locale = 'en'): string {
  const { dataset, province, bands, statistics: s } = analysis;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  const n = (value: number | null, digits = 2) => formatNumber(value, locale, digits);
  const scope = province ? t('common.scope', province) : t('common.wholeDataset');
  const parts = [
    t('analyze.title', { dataset: datasetName(dataset, locale), period: dataset.period, scope }),
    noteLine(dataset, locale),
    t('analyze.bands', { low: n(bands.overloadedBelow, decimalsOf(bands.overloadedBelow)), high: n(bands.underloadedAbove, decimalsOf(bands.underloadedAbove)) }) + '\n',
    textTable(analysis.summary, [
      { header: t('column.kind'), value: (r) => codeLabel(locale, 'kind', r.kind) },
      { header: t('column.units'), value: (r) => n(r.units, 0), align: 'right' },
      { header: t('column.overloaded'), value: (r) => n(r.overloaded, 0), align: 'right' },
      { header: t('column.balanced'), value: (r) => n(r.balanced, 0), align: 'right' },
      { header: t('column.underloaded'), value: (r) => n(r.underloaded, 0), align: 'right' },
      { header: t('column.staff'), value: (r) => staffText(r.staff, locale), align: 'right' },
      { header: t('column.required'), value: (r) => n(r.required, 0), align: 'right' },
      { header: t('column.shortageFte'), value: (r) => n(r.shortage, 0), align: 'right' },
      { header: t('column.surplusFte'), value: (r) => n(r.surplus, 0), align: 'right' },
    ]) + flaggedCount(analysis.units, locale),
    t('analyze.loadStatistics', {
      count: countText(locale, s.n, 'unit'), p10: n(s.p10), p50: n(s.p50), p90: n(s.p90), mean: n(s.mean), gini: n(s.gini, 3), z: n(2.5, 1), outliers: s.outliers.length,
    }) + '\n',
    t('analyze.mostOverloaded', { n: analysis.mostOverloaded.length }),
    unitTable(analysis.mostOverloaded, locale),
    t('analyze.mostUnderloaded', { n: analysis.mostUnderloaded.length }),
    unitTable(analysis.mostUnderloaded, locale),
  ];
  return parts.filter((p) => p !== '').join('\n');
}

// Decimals a band needs to be shown as given (0.9 -> 1, 1.25 -> 2).
function decimalsOf(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

// Footnote under the summary: how many units rest on a flagged population.
function flaggedCount(units: readonly AnalyzedUnit[], locale: Locale): string {
  const n = units.filter((u) => u.pop_flag !== null).length;
  return n === 0 ? '' : translate(locale, 'analyze.flagged', { n }) + '\n';
}

function unitTable(units: readonly AnalyzedUnit[], locale: Locale): string {
  const flags = new Map(units.flatMap((u) => (u.pop_flag === null ? [] : [[u.unit_code, u.pop_flag] as const])));
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return textTable(units, [
    { header: t('column.code'), value: (u) => u.unit_code },
    { header: t('column.name'), value: (u) => flaggedName(u, flags) },
    { header: t('column.kind'), value: (u) => codeLabel(locale, 'kind', u.kind) },
    { header: t('column.province'), value: (u) => u.province_code },
    { header: t('column.staff'), value: (u) => staffText(u.staff, locale), align: 'right' },
    { header: t('column.required'), value: (u) => formatNumber(u.required, locale, 1), align: 'right' },
    { header: t('column.ratio'), value: (u) => formatNumber(u.ratio, locale, 2), align: 'right' },
    { header: t('column.shortage'), value: (u) => formatNumber(u.shortage, locale, 1), align: 'right' },
    { header: t('column.normQuota'), value: (u) => formatNumber(u.norm_quota, locale, 0), align: 'right' },
  ]) + flagFootnote(units.map((u) => u.unit_code), flags, locale);
}

// Staff are FTE: show a fraction when there is one (12.5), whole numbers as before.
function staffText(staff: number, locale: Locale): string {
  return formatNumber(staff, locale, Number.isInteger(Math.round(staff * 10) / 10) ? 0 : 1);
}

// `load` is kept (deprecated alias of required_per_staff); the issue-17 columns come last so old readers keep working.
const UNIT_COLUMNS = [
  'unit_code', 'name', 'province_code', 'kind', 'terrain', 'population', 'pop_flag', 'staff', 'required', 'gap', 'ratio', 'load', 'status', 'shortage', 'surplus', 'norm_quota',
  'pressure', 'required_per_staff', 'overloaded_fields', 'underloaded_fields', 'overloaded_field_names', 'underloaded_field_names',
] as const;

const UNIT_FIELD_COLUMNS = [
  'province_code', 'province_name', 'unit_code', 'unit_name', 'kind', 'field', 'field_name_vi', 'staff', 'required', 'gap', 'ratio', 'status', 'unit_norm_quota',
] as const;

/** Rows of the analyze CSV: one per unit (default) or one per unit x field (the long, pivot-ready table). */
export type AnalyzeRows = 'unit' | 'field';

/**
 * Formats an analysis as `table` (report), `csv` (one row per unit, or per unit x field with `by: 'field'`,
 * numbers rounded as `csv` asks) or `json` (everything; the unit x field rows only with `by: 'field'`).
 *
 * @example
 * formatAnalysis(analyze(dataset), 'csv'); // header unit_code,name,... then one row per unit
 * formatAnalysis(analyze(dataset, { province: '11' }), 'csv', 'field', { precision: '2', bom: true });
 */
export function formatAnalysis(analysis: Analysis, format: TextFormat, by: AnalyzeRows = 'unit', csv: CsvOptions = {}, locale: Locale = 'en'): string {
  if (format === 'table') return terminalLines(formatAnalysisText(analysis, locale));
  if (format === 'csv') {
    return by === 'field'
      ? csvText(UNIT_FIELD_COLUMNS, analysis.unitFields, csv)
      : csvText(UNIT_COLUMNS, analysis.units, csv);
  }
  const { unitFields, ...rest } = analysis;
  return JSON.stringify(by === 'field' ? analysis : rest, null, 2) + '\n';
}

/** Row fills by status on the workbook's unit sheets: red overloaded, green balanced, blue underloaded. */
export const STATUS_FILLS: Readonly<Record<string, string>> = Object.freeze({ overloaded: 'F4CCCC', balanced: 'D9EAD3', underloaded: 'CFE2F3' });

/**
 * The analysis as spreadsheet sheets: summary by kind, every unit and every unit x field (rows filled by status),
 * the most over- and underloaded units,
 * and an "about" sheet with the dataset, bands and load statistics (so a shared file explains itself).
 *
 * @example
 * await writeWorkbook(analysisSheets(analyze(dataset)), 'analysis.xlsx');
 */
export function analysisSheets(analysis: Analysis, locale: Locale = 'en'): WorkbookSheet[] {
  const unitRows = (units: readonly AnalyzedUnit[]) =>
    units.map((u) => Object.fromEntries(UNIT_COLUMNS.map((c) => [c, u[c]])));
  const { outliers, ...statistics } = analysis.statistics;
  const about = [
    ...aboutDatasetRows(analysis.dataset, locale).map(({ item, value }) => [item, value]),
    ['period', analysis.dataset.period],
    ['scope', analysis.province ? `${analysis.province.name} (${analysis.province.code})` : 'whole dataset'],
    ['overloaded below (WISN ratio)', analysis.bands.overloadedBelow],
    ['underloaded above (WISN ratio)', analysis.bands.underloadedAbove],
    ...Object.entries(statistics).map(([key, value]) => [`load ${key}`, value]),
    ['load outliers (|z| >= 2.5)', outliers.length],
  ].map(([item, value]) => ({ item, value }));
  return [
    { name: 'summary', table: analysis.summary },
    { name: 'units', table: unitRows(analysis.units), numberFormats: { ratio: '0.00', load: '0.00' }, rowFills: { column: 'status', fills: STATUS_FILLS } },
    {
      name: 'unit x field',
      table: analysis.unitFields.map((r) => Object.fromEntries(UNIT_FIELD_COLUMNS.map((c) => [c, r[c]]))),
      numberFormats: { ratio: '0.00' },
      rowFills: { column: 'status', fills: STATUS_FILLS },
    },
    { name: 'most overloaded', table: unitRows(analysis.mostOverloaded) },
    { name: 'most underloaded', table: unitRows(analysis.mostUnderloaded) },
    { name: 'about', table: about },
    checksSheet(analysis.checks, locale),
  ];
}

/**
 * @example
 * registerAnalyze(program); // canbang analyze --province 79 --format csv --out out/hcmc.csv
 */
export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('WISN workload vs headcount balance: national summary and the most overloaded / underloaded units')
    .option('--province <code>', 'only units of this province (2-digit code, e.g. 79 for TP Hồ Chí Minh)')
    .option('--format <format>', 'table | csv | json | xlsx (default: from the --out extension, else table)')
    .option('--by <rows>', 'csv/json rows: unit (one per unit) | field (one per unit x field, pivot-ready)', 'unit')
    .option('--out <file>', 'write to this file (atomically) instead of stdout; .xlsx gives a formatted workbook')
    .option('--top <n>', 'how many most over/underloaded units to list', '10')
    .option('--overloaded-below <ratio>', 'WISN ratio below which a unit is overloaded', String(DEFAULT_BANDS.overloadedBelow))
    .option('--underloaded-above <ratio>', 'WISN ratio above which a unit is underloaded', String(DEFAULT_BANDS.underloadedAbove));
  bandsPresetOption(command);
  langOption(command);
  inputOptions(csvOptions(command)).action(async (options: InputOptions & CsvOptions & Record<string, string>) => {
    const format = outputFormat(options.format, options.out, 'analyze');
    if (options.by !== 'unit' && options.by !== 'field') throw new CanbangInputError({ source: 'canbang analyze --by', value: options.by, expected: 'unit | field' });
    const locale = commandLocale(options);
    const started = performance.now();
    const dataset = await loadInput(options);
    const analysis = analyze(dataset, {
      locale,
      ...(options.province !== undefined ? { province: options.province } : {}),
      top: numberOption(options.top!, 'canbang --top', { integer: true, above: 0 }),
      bands: bandsFromOptions(command, options as { bands?: string; overloadedBelow?: string; underloadedAbove?: string }, 'canbang'),
    });
    if (format === 'xlsx') {
      await writeSheetsOutput(options.out!, analysisSheets(analysis, locale), locale);
    } else {
      await writeOutput(options.out, formatAnalysis(analysis, format, options.by, options, locale), format === 'csv' ? { checks: analysis.checks } : {});
    }
    const ms = performance.now() - started;
    process.stderr.write(translate(locale, 'analyze.done', { count: countText(locale, analysis.units.length, 'unit'), ms: Math.round(ms) }) + (options.out ? translate(locale, 'common.writtenTo', { file: options.out }) : '') + '\n');
  });
}
