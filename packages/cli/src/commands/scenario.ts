import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { table, type ColumnTable } from 'arquero';
import {
  balance,
  CanbangInputError,
  compare,
  inputChecks,
  SCENARIO_LIMITS,
  type InputCheck,
  parseScenario,
  planScenario,
  runScenario,
  sensitivity,
  summarize,
  unitQualityFlags,
  uncertainty,
  DEFAULT_STANDARD_DISTRIBUTION,
  DEFAULT_VOLUME_DISTRIBUTION,
  type Distribution,
  type PlanSpec,
  type Scenario,
  type ScenarioPlan,
  type ScenarioComparison,
  type ScenarioResult,
  type UncertaintyResult,
  countText,
  formatNumber,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@canbang/core';
import { type WorkbookSheet } from '@canbang/io';
import { commandLocale, langOption } from '../lang-option.ts';
import { loadInput } from '../load-input.ts';
import { noteInputs } from '../run-inputs.ts';
import { userPath } from '../user-path.ts';
import { writeOutput, writeSheetsOutput } from '../write-output.ts';
import { csvOptions, csvText, type CsvOptions } from '../csv-options.ts';
import { outputFormat } from '../output-format.ts';
import { numberOption, strictNumber } from '../number-option.ts';
import { planSheets } from './plan.ts';
import { checksSheet } from '../checks-output.ts';
import { terminalLines } from '../terminal-text.ts';
import { aboutDatasetRows, noteLine } from '../format/data-note.ts';

export interface ScenarioCommandOptions extends CsvOptions {
  compare?: boolean;
  draws?: string;
  volumeNoise?: string;
  sweep?: string;
  standardNoise?: string;
  seed?: string;
  format?: string;
  out?: string;
  data?: string;
  dataSeed?: string;
  strict?: boolean;
}

/** Everything one `canbang scenario` run computed (the JSON output). */
export interface ScenarioReport {
  scenario: Scenario;
  dataset: ScenarioResult['dataset']['meta'];
  bands: ScenarioResult['bands'];
  national: Record<string, unknown>;
  provinces: Record<string, unknown>[];
  units: Record<string, unknown>[];
  comparison?: { national: Record<string, unknown>; provinces: Record<string, unknown>[] };
  uncertainty?: { draws: number; seed: number; volumeDistribution: Distribution; standardDistribution: Distribution; national: Record<string, unknown>[] };
  /** The plan (transfer, hire or route) run after the levers, when the scenario has `plan`. */
  plan?: ScenarioResult['plan'];
  /** Warnings about the input dataset (see `inputChecks`); the `checks` sheet / `.checks.csv`. */
  checks?: readonly InputCheck[];
}

/**
 * Registers `canbang scenario FILE [--compare] [--draws N] [--seed S] [--format csv|json] [--out FILE]`:
 * applies a scenario file's levers to the dataset, and writes one row per unit (CSV) or the whole report (JSON).
 * With --compare the unit rows are the differences from the baseline; with --draws N they also carry
 * Monte Carlo bands (required_p10 / p50 / p90, p_overloaded).
 *
 * @example
 * const program = new Command('canbang');
 * registerScenario(program);
 * await program.parseAsync(['scenario', 'data/scenarios/hire-accountants.yaml', '--compare', '--out', 'out/hire.csv'], { from: 'user' });
 */
export function registerScenario(program: Command): void {
  const command = program
    .command('scenario')
    .description('what-if scenario from a JSON/YAML scenario file (see data/scenarios/): balance, --compare with the baseline, --draws for uncertainty')
    .argument('<file>', 'scenario file (.json, .yaml or .yml)')
    .option('--compare', 'differences from the baseline per unit and per province (status changes, shortage, worst load, Gini)')
    .option('--draws <n>', 'Monte Carlo draws over volumes and time standards (p10/p50/p90 bands, probability of overload)')
    .option('--volume-noise <type:cv>', `noise on each volume row for --draws: lognormal | normal | triangular | uniform and its coefficient of variation (default ${DEFAULT_VOLUME_DISTRIBUTION.type}:${DEFAULT_VOLUME_DISTRIBUTION.cv})`)
    .option('--standard-noise <type:cv>', `noise on each time standard for --draws (default ${DEFAULT_STANDARD_DISTRIBUTION.type}:${DEFAULT_STANDARD_DISTRIBUTION.cv})`)
    .option('--sweep <key=values>', 'sensitivity: sweep a numeric key of the LAST lever over comma-separated values (e.g. factor=0.6,0.8,1) and write one row per value')
    .option('--seed <n>', 'seed of the scenario (random allocations) and of the draws; default the file\'s seed')
    .option('--format <format>', 'csv | json | xlsx (default from the --out extension, else csv)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout; .xlsx gives a formatted workbook')
    .option('--data <path>', 'dataset folder of CSV files, a .json or an .xlsx workbook (default: built-in Viet Nam dataset)')
    .option('--data-seed <n>', 'seed of the built-in synthetic Viet Nam dataset')
    .option('--strict', 'treat input warnings as errors: exit 2');
  langOption(command);
  csvOptions(command)
    .action(async (file: string, options: ScenarioCommandOptions) => {
      const locale = commandLocale(options);
      // No plain-text table here: without --format or a known --out extension, the unit rows come as CSV.
      const format = outputFormat(options.format, options.out, 'scenario', { formats: ['csv', 'json', 'xlsx'], fallback: 'csv' });
      const draws = options.draws === undefined ? undefined : numberOption(options.draws, 'canbang scenario --draws', { integer: true, min: 1, max: SCENARIO_LIMITS.maxDraws });
      const volumeDistribution = noise(options.volumeNoise, '--volume-noise', DEFAULT_VOLUME_DISTRIBUTION);
      const standardDistribution = noise(options.standardNoise, '--standard-noise', DEFAULT_STANDARD_DISTRIBUTION);
      const seed = options.seed === undefined ? undefined : numberOption(options.seed, 'canbang scenario --seed', { integer: true, min: 0 });
      const started = performance.now();
      const log = (text: string) => process.stderr.write(terminalLines(text)); // names come from the files

      const scenarioFile = userPath(file);
      noteInputs([scenarioFile]);
      let text: string;
      try {
        text = await readFile(scenarioFile, 'utf8');
      } catch (error) {
        throw new CanbangInputError({ source: scenarioFile, value: (error as NodeJS.ErrnoException).code ?? String(error), expected: 'a readable scenario file (.json, .yaml or .yml)' });
      }
      const parsed = parseScenario(text, { source: scenarioFile });
      const scenario: Scenario = seed === undefined ? parsed : { ...parsed, seed };
      log(translate(locale, 'scenario.loading', { name: scenario.name }) + '\n');
      const base = await loadInput({ ...(options.data !== undefined ? { data: options.data } : {}), ...(options.dataSeed !== undefined ? { seed: options.dataSeed } : {}), strict: options.strict === true }, '--data-seed');
      const checks = inputChecks(base);
      if (options.sweep !== undefined) {
        const { parameter, values } = parseSweep(options.sweep, scenario, options);
        log(translate(locale, 'scenario.sweeping', { lever: `levers[${scenario.levers.length - 1}].${parameter}`, n: values.length }) + '\n');
        const rows = sensitivity(base, scenario.levers.at(-1)!, values, {
          parameter,
          levers: scenario.levers.slice(0, -1),
          seed: scenario.seed ?? 1,
          onProgress: (done, total) => log(translate(locale, 'scenario.sweepProgress', { done, total }) + '\n'),
        }).objects() as Record<string, unknown>[];
        const columns = Object.keys(rows[0]!);
        if (format === 'xlsx') {
          await writeSheetsOutput(options.out!, [{ name: 'sweep', table: rows }, { name: 'about', table: aboutRows(scenario, base.meta, locale) }, checksSheet(checks, locale)], locale);
        } else {
          const body = format === 'json' ? JSON.stringify({ scenario, dataset: base.meta, parameter, sweep: rows, checks }, null, 2) + '\n' : csvText(columns, rows, options);
          await writeOutput(options.out, body, format === 'csv' ? { checks } : {});
        }
        const sweepLine = (r: Record<string, unknown>) =>
          translate(locale, 'scenario.sweepRow', { parameter, value: String(r.value), overloaded: r.overloaded as number, shortage: formatNumber(r.shortage as number, locale, 1) });
        log(rows.map(sweepLine).join('\n') + '\n');
        return;
      }
      log(translate(locale, 'scenario.applying', { levers: scenario.levers.length, count: countText(locale, base.units.numRows(), 'unit') }) + '\n');
      let result = runScenario(base, scenario, { source: scenarioFile });
      if (scenario.plan) {
        log(translate(locale, 'scenario.planning', { kind: scenario.plan.kind }) + '\n');
        result = await planScenario(result, { source: scenarioFile, locale, onProgress: (done, total, key) => log(translate(locale, 'scenario.planBlock', { done, total, key }) + '\n') });
      }
      // The baseline is the dataset as it is, under the default bands and norms (a setBands lever is a change too).
      const comparison = options.compare ? compare(balance(base), result) : undefined;
      let bands: UncertaintyResult | undefined;
      if (draws !== undefined) {
        bands = uncertainty(base, scenario, {
          draws,
          volumeDistribution,
          standardDistribution,
          source: scenarioFile,
          onProgress: progress(log, locale),
        });
      }

      const report: ScenarioReport = { ...buildScenarioReport(result, comparison, bands), checks };
      if (format === 'xlsx') await writeSheetsOutput(options.out!, scenarioSheets(report, locale), locale);
      else await writeOutput(options.out, format === 'json' ? JSON.stringify(report, null, 2) + '\n' : unitCsv(report, options), format === 'csv' ? { checks } : {});
      log(summaryLine(report, performance.now() - started, options.out, locale));
    });
}

/**
 * The report of one run: national and provincial summaries and one row per unit (joined with comparison and bands).
 *
 * @example
 * const result = runScenario(ds, scenario);
 * buildScenarioReport(result, compare(balance(ds), result)).comparison?.national; // { became_overloaded, d_shortage, ... }
 */
export function buildScenarioReport(result: ScenarioResult, comparison?: ScenarioComparison, bands?: UncertaintyResult): ScenarioReport {
  const byUnit = result.balance.byUnit;
  let units: ColumnTable = comparison ? comparison.units : byUnit;
  if (bands) {
    const extra = bands.units.select('unit_code', 'required_p10', 'required_p50', 'required_p90', 'p_overloaded');
    units = units.join_left(extra, 'unit_code');
  }
  const report: ScenarioReport = {
    scenario: result.scenario,
    dataset: result.dataset.meta,
    bands: result.bands,
    national: summarize(byUnit, []).object(0) as Record<string, unknown>,
    provinces: summarize(byUnit, ['province_code']).objects() as Record<string, unknown>[],
    units: withFlags(units.objects() as Record<string, unknown>[], unitQualityFlags(result.dataset)),
  };
  if (comparison) {
    report.comparison = {
      national: comparison.national.object(0) as Record<string, unknown>,
      provinces: comparison.provinces.objects() as Record<string, unknown>[],
    };
  }
  if (result.plan) report.plan = result.plan;
  if (bands) {
    report.uncertainty = {
      draws: bands.draws,
      seed: bands.seed,
      volumeDistribution: bands.volumeDistribution,
      standardDistribution: bands.standardDistribution,
      national: bands.national.objects() as Record<string, unknown>[],
    };
  }
  return report;
}

/**
 * A scenario report as spreadsheet sheets: units (with comparison and bands when computed), national and
 * provincial summaries, the comparison, the uncertainty bands, the plan's sheets (prefixed "plan "), and an
 * "about" sheet with the scenario and dataset.
 *
 * @example
 * await writeWorkbook(scenarioSheets(buildScenarioReport(result)), 'scenario.xlsx');
 */
export function scenarioSheets(report: ScenarioReport, locale: Locale = 'en'): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [
    { name: 'units', table: report.units },
    { name: 'national', table: [report.national] },
    { name: 'provinces', table: report.provinces },
  ];
  if (report.comparison) {
    sheets.push({ name: 'change national', table: [report.comparison.national] }, { name: 'change provinces', table: report.comparison.provinces });
  }
  if (report.uncertainty) sheets.push({ name: 'uncertainty', table: report.uncertainty.national });
  if (report.plan) sheets.push(...planSheets(report.plan, locale).map((sheet) => ({ ...sheet, name: `plan ${sheet.name}`.slice(0, 31) })));
  sheets.push({ name: 'about', table: aboutRows(report.scenario, report.dataset, locale) });
  if (report.checks) sheets.push(checksSheet(report.checks, locale));
  return sheets;
}

function aboutRows(scenario: Scenario, dataset: ScenarioReport['dataset'], locale: Locale): Record<string, unknown>[] {
  return [
    { item: 'scenario', value: scenario.name },
    { item: 'description', value: scenario.description ?? '' },
    { item: 'levers', value: JSON.stringify(scenario.levers) },
    { item: 'plan', value: scenario.plan ? JSON.stringify(scenario.plan) : '' },
    ...aboutDatasetRows(dataset, locale),
  ];
}

function unitCsv(report: ScenarioReport, csv: CsvOptions): string {
  const columns = report.units.length > 0 ? Object.keys(report.units[0]!) : table({}).columnNames();
  return csvText(columns, report.units, csv);
}

// Each unit row gets the quality flag of its population (null when none), so the CSV / XLSX show it.
function withFlags(rows: Record<string, unknown>[], flags: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return rows.map((row) => ({ ...row, pop_flag: flags.get(row.unit_code as string) ?? null }));
}

function summaryLine(report: ScenarioReport, ms: number, out: string | undefined, locale: Locale = 'en'): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const num = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const signed = (value: number) => (value >= 0 ? '+' : '') + num(value, 1);
  const n = report.national as { units: number; overloaded: number; shortage: number };
  const lines = [
    t('scenario.summary', { name: report.scenario.name, synthetic: report.dataset.synthetic ? t('scenario.synthetic') : '', overloaded: n.overloaded, count: countText(locale, n.units, 'unit'), shortage: num(n.shortage, 1) }),
  ];
  if (report.comparison) {
    const c = report.comparison.national as { overloaded_base: number; became_overloaded: number; no_longer_overloaded: number; d_shortage: number };
    lines.push(t('scenario.vsBaseline', { base: c.overloaded_base, now: n.overloaded, became: c.became_overloaded, noLonger: c.no_longer_overloaded, delta: signed(c.d_shortage) }));
  }
  if (report.uncertainty) {
    const o = report.uncertainty.national.find((r) => r.metric === 'overloaded') as { p10: number; p50: number; p90: number };
    lines.push(t('scenario.draws', { draws: report.uncertainty.draws, p10: num(o.p10, decimals(o.p10)), p50: num(o.p50, decimals(o.p50)), p90: num(o.p90, decimals(o.p90)) }));
  }
  if (report.plan) lines.push(report.plan.kind === 'transfer' ? transferPlanLine(report.plan, report.scenario.plan, locale) : planLine(report.plan, report.scenario.plan, locale));
  const note = noteLine(report.dataset, locale).trimEnd();
  if (note !== '') lines.push(`  ${note}`);
  lines.push(t('scenario.done', { seconds: num(ms / 1000, 1) }) + (out ? t('common.writtenTo', { file: out }) : ''));
  return lines.join('\n') + '\n';
}

// Decimals a percentile needs: whole counts as whole numbers, interpolated ones with what they carry (up to 2).
function decimals(value: number): number {
  return Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2;
}

// The transfer plan's line in the reader's language.
function transferPlanLine(p: Extract<ScenarioPlan, { kind: 'transfer' }>, spec: PlanSpec | undefined, locale: Locale): string {
  const fields = spec && 'fields' in spec && spec.fields ? spec.fields.join(', ') : translate(locale, 'scenario.allFields');
  return translate(locale, 'scenario.transferPlan', {
    status: translate(locale, `solve.${p.status}`), fields, moved: p.objectives.moves, shortage: formatNumber(p.objectives.shortage, locale, 1), worst: formatNumber(p.objectives.worstLoad, locale, 2),
  });
}

// The hire or route plan's line: what it did and the objectives before -> after (details in the JSON output).
function planLine(p: Exclude<ScenarioPlan, { kind: 'transfer' }>, spec: PlanSpec | undefined, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number, digits: number) => formatNumber(value, locale, digits);
  // A unit x field with work and nobody to do it has an infinite load: say so in words.
  const load = (value: number) => (Number.isFinite(value) ? n(value, 2) : tr('load.workNoStaff'));
  const rows: readonly { worstLoadBefore: number; worstLoadAfter: number; shortageBefore: number; shortageAfter: number }[] = p.kind === 'route' ? p.blocks : p.pools;
  const figures = {
    status: tr(`solve.${p.status}`),
    before: load(Math.max(0, ...rows.map((x) => x.worstLoadBefore))),
    after: load(Math.max(0, ...rows.map((x) => x.worstLoadAfter))),
    shortageBefore: n(rows.reduce((s, x) => s + x.shortageBefore, 0), 1),
    shortageAfter: n(rows.reduce((s, x) => s + x.shortageAfter, 0), 1),
  };
  if (p.kind === 'route') {
    const bad = p.blocks.filter((b) => b.status !== 'optimal').length;
    const notOptimal = bad ? tr('scenario.routeNotOptimal', { bad, total: p.blocks.length }) : '';
    return tr('scenario.routePlan', { ...figures, notOptimal, routed: n(p.blocks.reduce((s, b) => s + b.routedFte, 0), 1), flows: p.flows.length });
  }
  const fields = spec && 'fields' in spec && spec.fields ? spec.fields.join(', ') : tr('scenario.allFields');
  const pools = typeof (spec as { recruits?: unknown } | undefined)?.recruits === 'number' ? fields : p.pools.map((x) => `${x.pool} ${x.total}`).join(', ');
  const recruits = p.pools.reduce((s, x) => s + x.total, 0);
  return tr('scenario.hirePlan', { ...figures, pools, recruits, cells: p.allocations.length }) + (p.explanation ? `; ${p.explanation}` : '');
}

// Progress of the draws: one updating line on a terminal, else a line every 10 %.
function progress(log: (text: string) => void, locale: Locale): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const line = translate(locale, 'scenario.progress', { done, total });
    if (process.stderr.isTTY) return log(`\r${line}${done === total ? '\n' : ''}`);
    const tenth = Math.floor((10 * done) / total);
    if (tenth > shown) {
      shown = tenth;
      log(`${line}\n`);
    }
  };
}

// "factor=0.6,0.8,1" -> the swept key and its values; only on its own (not with --compare / --draws).
function parseSweep(text: string, scenario: Scenario, options: ScenarioCommandOptions): { parameter: string; values: number[] } {
  const fail = (expected: string): never => {
    throw new CanbangInputError({ source: 'canbang scenario --sweep', value: text, expected });
  };
  if (options.compare || options.draws !== undefined) fail('no --compare or --draws with --sweep (one sweep row per value)');
  if (scenario.levers.length === 0) fail('a scenario with at least one lever (the last one is swept)');
  const match = /^([A-Za-z]+)=(.+)$/.exec(text);
  if (!match) fail('KEY=V1,V2,... e.g. factor=0.6,0.8,1');
  const values = match![2]!.split(',').map(strictNumber);
  if (values.some((v) => !Number.isFinite(v))) fail('comma-separated numbers after the =');
  return { parameter: match![1]!, values };
}

// "lognormal:0.2" -> { type: 'lognormal', cv: 0.2 }; a bare type or cv keeps the other part of the default.
function noise(text: string | undefined, flag: string, fallback: Distribution): Distribution {
  if (text === undefined) return fallback;
  const [a, b] = text.split(':');
  const typed = b !== undefined || Number.isNaN(strictNumber(a!));
  const type = (typed ? a : fallback.type) as Distribution['type'];
  const cv = typed ? (b === undefined ? fallback.cv : strictNumber(b)) : strictNumber(a!);
  if (!['lognormal', 'normal', 'triangular', 'uniform'].includes(type) || !Number.isFinite(cv) || cv < 0) {
    throw new CanbangInputError({ source: `canbang scenario ${flag}`, value: text, expected: 'TYPE:CV with TYPE lognormal | normal | triangular | uniform and CV a number >= 0, e.g. lognormal:0.2' });
  }
  return { type, cv };
}
