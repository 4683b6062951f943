import type { Command } from 'commander';
import {
  CanbangInputError,
  formatWorstLoad,
  LOAD_FIGURE_LABELS,
  type LoadFigures,
  planHires,
  planReductions,
  planRouting,
  planTransfers,
  planTransfersThenHires,
  type TransferHirePlan,
  type AllocationPlan,
  type RoutingPlan,
  type PlanTransfersOptions,
  type PlanRoutingOptions,
  type TransferPlan,
  type Dataset,
  DEFAULT_TRANSFER_OPTIONS,
  PLAN_KINDS,
  type PlanKind,
  inputChecks,
  type DatasetMeta,
  formatNumber,
  codeLabel,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@canbang/core';
import { type WorkbookSheet } from '@canbang/io';
import { commandLocale, langOption } from '../lang-option.ts';
import { findProvince, provinceNames } from '../province-units.ts';
import { loadInput, inputOptions, type InputOptions } from '../load-input.ts';
import { textTable } from '../format/text-table.ts';
import { writeOutput, writeSheetsOutput } from '../write-output.ts';
import { printLine, terminalLines } from '../terminal-text.ts';
import { checksSheet } from '../checks-output.ts';
import { csvOptions, csvText, type CsvOptions } from '../csv-options.ts';
import { noteInputs } from '../run-inputs.ts';
import { userPath } from '../user-path.ts';
import { outputFormat, type TextFormat } from '../output-format.ts';
import { planFlagOptions, type PlanFlags } from '../plan-flags.ts';
import { aboutDatasetRows, noteLine } from '../format/data-note.ts';
import { ORIGINAL_MOVES_SHEET, readDistances, readOverrides } from '../plan-overrides.ts';

const MOVE_COLUMNS = ['province_code', 'from', 'from_name', 'to', 'to_name', 'field', 'to_field', 'staff', 'distance_km', 'fixed', 'explanation', 'warning'] as const;
const RESIDUAL_COLUMNS = ['province_code', 'unit_code', 'unit_name', 'field', 'required', 'staff_after', 'shortage', 'to_hire', 'reason'] as const;

const ALLOCATION_COLUMNS = ['province_code', 'unit_code', 'unit_name', 'field', 'count', 'staff_before', 'staff_after', 'required', 'status_before', 'status_after', 'explanation'] as const;
const ROUTE_COLUMNS = ['province_code', 'field', 'from', 'from_name', 'to', 'to_name', 'fte', 'dossiers_per_period', 'distance_km', 'explanation'] as const;

/** Any plan the command can print. */
export type AnyPlan = TransferPlan | AllocationPlan | RoutingPlan | TransferHirePlan;

const CHAIN_COLUMNS = ['step', 'province_code', 'from', 'from_name', 'to', 'to_name', 'field', 'staff', 'distance_km', 'explanation', 'warning'] as const;

/**
 * The transfer-then-hire chain as one table: step "transfer" rows are moves (from a donor to a recipient),
 * step "hire" rows are recruits (no donor; `to` is the unit that hires, `staff` the recruits).
 *
 * @example
 * chainRows(await planTransfersThenHires(ds, { province: '11', recruits: 20 }))[0].step; // 'transfer'
 */
export function chainRows(plan: TransferHirePlan): Record<(typeof CHAIN_COLUMNS)[number], unknown>[] {
  return [
    ...plan.transfer.moves.map((m) => ({ step: 'transfer', province_code: m.province_code, from: m.from, from_name: m.from_name, to: m.to, to_name: m.to_name, field: m.field, staff: m.staff, distance_km: m.distance_km, explanation: m.explanation, warning: m.warning })),
    ...plan.hire.allocations.map((a) => ({ step: 'hire', province_code: a.province_code, from: '', from_name: '', to: a.unit_code, to_name: a.unit_name, field: a.field, staff: a.count, distance_km: '', explanation: a.explanation, warning: '' })),
  ];
}

const json = (plan: AnyPlan) => JSON.stringify(plan, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n';

/**
 * Formats a plan: `csv` = one row per move / allocation / routed flow (numbers rounded as `csv` asks),
 * `json` = the whole plan, `table` = a readable report. Every form ends with one newline.
 *
 * @example
 * formatPlan(await planTransfers(dataset, { province: '11' }), 'csv', dataset.meta); // one row per move
 */
export function formatPlan(plan: AnyPlan, format: TextFormat, meta: DatasetMeta, csv: CsvOptions = {}, locale: Locale = 'en'): string {
  if (format === 'json') return json(plan);
  if (format === 'csv') return planCsv(plan, csv);
  // The table report: one final newline, whatever its last section is.
  return planTable(plan, meta, locale).trimEnd() + '\n';
}

function planCsv(plan: AnyPlan, csv: CsvOptions): string {
  if (plan.kind === 'transfer-hire') return csvText(CHAIN_COLUMNS, chainRows(plan), csv);
  if (plan.kind === 'hire' || plan.kind === 'reduce') return csvText(ALLOCATION_COLUMNS, plan.allocations, csv);
  if (plan.kind === 'route') return csvText(ROUTE_COLUMNS, plan.flows, csv);
  return csvText(MOVE_COLUMNS, (plan as TransferPlan).moves, csv);
}

// The table a person reads, one layout per plan kind.
function planTable(plan: AnyPlan, meta: DatasetMeta, locale: Locale = 'en'): string {
  if (plan.kind === 'transfer-hire') return chainTable(plan, meta, locale);
  if (plan.kind === 'hire' || plan.kind === 'reduce') return allocationTable(plan, meta, locale);
  if (plan.kind === 'route') return routeTable(plan, meta, locale);
  // Narrowing on the union-valued `kind` of AllocationPlan does not exclude it here: the rest is a transfer plan.
  return transferTable(plan as TransferPlan, meta, locale);
}

function chainTable(plan: TransferHirePlan, meta: DatasetMeta, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  return [
    tr('plan.chainTitle', { status: tr(`solve.${plan.status}`), ms: Math.round(plan.timeMs) }),
    '',
    tr('plan.chainStep1'),
    planTable(plan.transfer, meta, locale),
    '',
    tr('plan.chainStep2'),
    planTable(plan.hire, meta, locale),
  ].join('\n');
}

function allocationTable(plan: AllocationPlan, meta: DatasetMeta, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number | null, digits: number) => formatNumber(value, locale, digits);
  const countHeader = tr(plan.kind === 'hire' ? 'plan.column.recruits' : 'plan.column.cuts');
  return [
    tr('plan.allocationTitle', { kind: plan.kind, status: tr(`solve.${plan.status}`), ms: Math.round(plan.timeMs) }),
    noteLine(meta, locale).trimEnd(),
    textTable(plan.pools, [
      { header: tr('plan.column.pool'), value: (p) => (p.pool === 'all' ? tr('plan.poolAll') : p.pool) },
      { header: countHeader, value: (p) => n(p.total, 0), align: 'right' },
      { header: tr('plan.column.worstLoadBefore'), value: (p) => n(p.worstLoadBefore, 2), align: 'right' },
      { header: tr('plan.column.after'), value: (p) => n(p.worstLoadAfter, 2), align: 'right' },
      { header: tr('plan.column.shortageBefore'), value: (p) => n(p.shortageBefore, 1), align: 'right' },
      { header: tr('plan.column.after'), value: (p) => n(p.shortageAfter, 1), align: 'right' },
    ]),
    plan.allocations.length === 0
      ? tr(plan.kind === 'hire' ? 'plan.noRecruitsPlaced' : 'plan.noCutsPlaced')
      : tr('plan.allocationsHeading', { shown: Math.min(30, plan.allocations.length), total: plan.allocations.length }),
    plan.allocations.length === 0 ? '' : textTable(plan.allocations.slice(0, 30), [
      { header: tr('plan.column.unit'), value: (a) => `${a.unit_code} ${a.unit_name}` },
      { header: tr('plan.column.field'), value: (a) => a.field },
      { header: countHeader, value: (a) => n(a.count, 0), align: 'right' },
      { header: tr('column.staff'), value: (a) => `${n(a.staff_before, 0)} -> ${n(a.staff_after, 0)}`, align: 'right' },
      { header: tr('column.required'), value: (a) => n(a.required, 2), align: 'right' },
      { header: tr('plan.column.statusAfter'), value: (a) => codeLabel(locale, 'status', a.status_after) },
    ]),
    plan.explanation ? tr('plan.notOptimal', { explanation: plan.explanation }) : '',
  ].filter((line) => line !== '').join('\n');
}

function routeTable(plan: RoutingPlan, meta: DatasetMeta, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number | null, digits: number) => formatNumber(value, locale, digits);
  const moved = plan.blocks.filter((b) => b.routedFte > 1e-9);
  return [
    tr('plan.routeTitle', { status: tr(`solve.${plan.status}`), blocks: plan.blocks.length, ms: Math.round(plan.timeMs) }),
    noteLine(meta, locale).trimEnd(),
    moved.length === 0
      ? tr('plan.noRouting')
      : textTable(moved, [
          { header: tr('plan.column.block'), value: (b) => b.key },
          { header: tr('plan.column.status'), value: (b) => tr(`solve.${b.status}`) },
          { header: tr('plan.column.worstLoadBefore'), value: (b) => n(b.worstLoadBefore, 2), align: 'right' },
          { header: tr('plan.column.after'), value: (b) => n(b.worstLoadAfter, 2), align: 'right' },
          { header: tr('plan.column.shortageBefore'), value: (b) => n(b.shortageBefore, 1), align: 'right' },
          { header: tr('plan.column.after'), value: (b) => n(b.shortageAfter, 1), align: 'right' },
          { header: tr('plan.column.routedFte'), value: (b) => n(b.routedFte, 2), align: 'right' },
        ]),
    plan.explanation ? tr('plan.notOptimal', { explanation: plan.explanation }) : '',
  ].filter((line) => line !== '').join('\n');
}

function transferTable(t: TransferPlan, meta: DatasetMeta, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number | null, digits: number) => formatNumber(value, locale, digits);
  const o = t.objectives;
  const lines = [
    tr('plan.transferTitle', { status: tr(`solve.${t.status}`), blocks: t.blocks.length, ms: Math.round(t.timeMs) }),
    noteLine(meta, locale).trimEnd(),
    tr('plan.transferSummary', { moved: o.moves, moves: t.moves.length, staffKm: n(o.staffKm, 1), after: n(o.shortage, 1), before: n(t.blocks.reduce((s, b) => s + b.before.shortage, 0), 1) }),
    '',
    planFigureLines(t.load, locale),
    '',
    textTable(t.blocks, [
      { header: tr('plan.column.block'), value: (b) => b.key },
      { header: tr('plan.column.status'), value: (b) => tr(`solve.${b.status}`) },
      { header: tr('plan.column.solver'), value: (b) => b.solver },
      { header: tr('plan.column.proven'), value: (b) => tr(b.proven ? 'common.yes' : 'common.no') },
      { header: tr('plan.column.allBefore'), value: (b) => formatWorstLoad(b.load.before, 'all', locale), align: 'right' },
      { header: tr('plan.column.after'), value: (b) => formatWorstLoad(b.load.after, 'all', locale), align: 'right' },
      { header: tr('plan.column.reachableBefore'), value: (b) => formatWorstLoad(b.load.before, 'reachable', locale), align: 'right' },
      { header: tr('plan.column.after'), value: (b) => formatWorstLoad(b.load.after, 'reachable', locale), align: 'right' },
      { header: tr('plan.column.shortageBefore'), value: (b) => n(b.before.shortage, 1), align: 'right' },
      { header: tr('plan.column.after'), value: (b) => n(b.after.shortage, 1), align: 'right' },
      { header: tr('plan.column.staffMoved'), value: (b) => n(b.after.moves, 0), align: 'right' },
      { header: 'ms', value: (b) => n(b.timeMs, 1), align: 'right' },
    ]),
    t.moves.length === 0
      ? tr(t.status === 'optimal' ? 'plan.noMovesOptimal' : 'plan.noMovesNotOptimal')
      : tr('plan.movesHeading', { shown: Math.min(t.moves.length, 30), total: t.moves.length }),
    t.moves.length === 0 ? '' : textTable(t.moves.slice(0, 30), [
      { header: tr('plan.column.from'), value: (m) => `${m.from} ${m.from_name}` },
      { header: tr('plan.column.to'), value: (m) => `${m.to} ${m.to_name}` },
      { header: tr('plan.column.field'), value: (m) => (m.field === m.to_field ? m.field : `${m.field}->${m.to_field}`) },
      { header: tr('column.staff'), value: (m) => n(m.staff, 0), align: 'right' },
      { header: tr('plan.column.km'), value: (m) => n(m.distance_km, 1), align: 'right' },
      { header: tr('plan.column.fixed'), value: (m) => (m.fixed ? tr('common.yes') : '') },
      { header: tr('plan.column.warning'), value: (m) => m.warning },
    ]),
    tr('plan.residualHeading'),
    textTable(t.residualByField, [
      { header: tr('plan.column.field'), value: (r) => r.field },
      { header: tr('plan.column.cells'), value: (r) => n(r.cells, 0), align: 'right' },
      { header: tr('plan.column.cellsUnderOne'), value: (r) => n(r.cellsUnderOne, 0), align: 'right' },
      { header: tr('column.shortageFte'), value: (r) => n(r.shortage, 1), align: 'right' },
      { header: tr('plan.column.toHire'), value: (r) => n(r.to_hire, 0), align: 'right' },
    ]),
  ];
  if (t.explanation) lines.push(tr('plan.notOptimal', { explanation: t.explanation }));
  return lines.filter((l, i) => l !== '' || i === 3).join('\n');
}

/**
 * The two worst-load figures of a transfer plan, before -> after, as two labelled lines (the same words in the
 * table, on stderr and in the report).
 *
 * @example
 * planFigureLines(plan.load); // 'Worst load, all unit × fields (required ÷ staff): 2.91 -> 1.46\n...'
 */
export function planFigureLines(load: { before: LoadFigures; after: LoadFigures }, locale: Locale = 'en'): string {
  return (['all', 'reachable'] as const)
    .map((w) => `${translate(locale, `load.label.${w}`)}: ${formatWorstLoad(load.before, w, locale)} -> ${formatWorstLoad(load.after, w, locale)}`)
    .join('\n');
}

/**
 * A plan as spreadsheet sheets: the actions (moves, allocations or routed flows), the per-block objectives
 * before and after, and for transfers and routing the unit x field rows before and after.
 * Undefined loads (no staff, see `requiredPerStaff`) are left blank.
 *
 * @example
 * await writeWorkbook(planSheets(plan), 'plan.xlsx'); // moves, blocks, units before-after
 */
export function planSheets(plan: AnyPlan, locale: Locale = 'en'): WorkbookSheet[] {
  const rows = (items: readonly object[]) => items;
  if (plan.kind === 'transfer-hire') {
    // The transfer's about sheet lists the cap, which the hires share.
    const [allocations, pools] = planSheets(plan.hire, locale);
    return [{ name: 'chain', table: rows(chainRows(plan)) }, ...planSheets(plan.transfer, locale), { ...allocations!, name: 'recruits' }, { ...pools!, name: 'recruit pools' }];
  }
  if (plan.kind === 'hire' || plan.kind === 'reduce') {
    return [
      { name: 'allocations', table: rows(plan.allocations) },
      { name: 'pools', table: rows(plan.pools) },
      { name: 'about', table: Object.entries(plan.rules).map(([k, v]) => ({ item: `rule: ${k}`, value: v })) },
    ];
  }
  if (plan.kind === 'route') {
    return [
      { name: 'flows', table: rows(plan.flows) },
      { name: 'blocks', table: rows(plan.blocks) },
      { name: 'units', table: rows(plan.units) },
    ];
  }
  const t = plan as TransferPlan;
  const blocks = t.blocks.map((b) => ({
    block: b.key,
    status: b.status,
    solver: b.solver,
    proven: b.proven,
    worst_load_all_before: formatWorstLoad(b.load.before, 'all', locale),
    worst_load_all_after: formatWorstLoad(b.load.after, 'all', locale),
    worst_load_reachable_before: formatWorstLoad(b.load.before, 'reachable', locale),
    worst_load_reachable_after: formatWorstLoad(b.load.after, 'reachable', locale),
    shortage_before: b.before.shortage,
    shortage_after: b.after.shortage,
    staff_moved: b.after.moves,
    staff_km: b.after.staffKm,
    ms: b.timeMs,
    explanation: b.explanation ?? '',
  }));
  const moveRows = rows(t.moves.map((m) => Object.fromEntries(MOVE_COLUMNS.map((c) => [c, m[c]]))));
  const about = [
    ...(['all', 'reachable'] as const).flatMap((w) => [
      { item: `${LOAD_FIGURE_LABELS[w]}, before`, value: formatWorstLoad(t.load.before, w, locale) },
      { item: `${LOAD_FIGURE_LABELS[w]}, after`, value: formatWorstLoad(t.load.after, w, locale) },
    ]),
    { item: 'Staff moved', value: t.objectives.moves },
    { item: 'Staff x km (locked moves included)', value: t.objectives.staffKm },
    { item: 'Still to hire (whole people)', value: t.residual.reduce((s, r) => s + r.to_hire, 0) },
    ...Object.entries(t.rules).map(([k, v]) => ({ item: `rule: ${k}`, value: v === null ? 'none' : v === Infinity ? 'none (Infinity)' : v })),
    { item: 'How to feed edits back', value: `edit or delete rows of "moves", then: canbang plan --overrides this.xlsx (kept rows = locks; rows deleted or set to 0 staff, compared with "${ORIGINAL_MOVES_SHEET}" = bans)` },
  ];
  return [
    { name: 'moves', table: moveRows },
    { name: 'blocks', table: blocks },
    { name: 'units before-after', table: rows(t.units), numberFormats: { load_before: '0.00', load_after: '0.00' } },
    { name: 'to hire', table: rows(t.residual.map((r) => Object.fromEntries(RESIDUAL_COLUMNS.map((c) => [c, r[c]])))) },
    { name: 'about', table: about },
    { name: ORIGINAL_MOVES_SHEET, table: moveRows },
  ];
}

/**
 * The plan's sheets with the dataset's data note (REAL / DERIVED / SYNTHETIC) at the top of its about sheet,
 * so a workbook has one about sheet holding both the data note and the plan's rules.
 *
 * @example
 * withDatasetAbout(planSheets(plan), dataset.meta).find((s) => s.name === 'about'); // data note rows, then rules
 */
export function withDatasetAbout(sheets: readonly WorkbookSheet[], meta: DatasetMeta, locale: Locale = 'en'): WorkbookSheet[] {
  const dataset = aboutDatasetRows(meta, locale);
  const at = sheets.findIndex((s) => s.name === 'about');
  if (at < 0) return [...sheets, { name: 'about', table: dataset }];
  return sheets.map((s, i) => (i === at ? { ...s, table: [...dataset, ...(s.table as readonly Record<string, unknown>[])] } : s));
}

/**
 * Registers `canbang plan`.
 *
 * @example
 * registerPlan(program); // canbang plan --province 01 --max-distance 20 --out plan.csv
 */
export function registerPlan(program: Command): void {
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const command = program
    .command('plan')
    .description('Optimal staff plans: transfers between units, hiring, work routing, reductions (worst load, then shortage, then cost)')
    .option('--kind <kind>', PLAN_KINDS.join(' | '), 'transfer')
    .option('--recruits <n|field=n,...>', 'hire, transfer-hire: new recruits in total or per field')
    .option('--cuts <n|field=n,...>', 'reduce: positions to cut in total or per field')
    .option('--share <key=share,...>', 'route: transferable share of work per field or activity, e.g. one_stop=0.7')
    .option('--province <code>', 'only this province')
    .option('--max-distance <km|off>', `maximum road km between donor and recipient (default ${DEFAULT_TRANSFER_OPTIONS.maxDistanceKm})`)
    .option('--road-factor <x>', `road km = great-circle km x this where no distances row gives the km (>= 1, default ${DEFAULT_TRANSFER_OPTIONS.roadFactor})`)
    .option('--distances <file>', 'CSV (or the "distances" sheet of an .xlsx): from, to, km and/or minutes, overriding the estimate pair by pair')
    .option('--max-minutes <min>', 'maximum travel minutes, for pairs the distances input gives minutes for')
    .option('--allow-island-moves', 'allow moves between island and mainland units (off by default)')
    .option('--cap <quota|off>', 'transfer, hire: no unit ends above its quota (units column quota, else the norm quota); default quota')
    .option('--floor <baseline|N|off>', 'transfer, reduce: no unit ends below min(N, its staff); baseline = the Dispatch 09 baseline of 32; default baseline')
    .option('--take-last-officer', "with --relax: allow taking a field's last officer where the field has work")
    .option('--max-moves <n>', 'budget: total moves per province')
    .option('--max-out <n>', 'maximum staff moved out of one unit')
    .option('--max-in <n>', 'maximum staff moved into one unit')
    .option('--max-load <x>', 'hard limit: every unit x field ends with required/staff <= x')
    .option('--relax', 'allow donors below and recipients above their requirement (WISN+POA rule off)')
    .option('--cross-province', 'allow moves between provinces (one national problem; use --max-distance)')
    .option('--cross-field <from:to:efficiency>', 'staff of one field may cover another, e.g. finance:accounting:0.8 (repeatable)', collect)
    .option('--lock <from:to:field:staff>', 'fixed move the plan must contain (repeatable)', collect)
    .option('--ban <from:to[:field]>', 'forbidden pair (repeatable)', collect)
    .option('--overrides <file>', 'planner overrides: an edited plan.xlsx or moves CSV (kept rows = locks, deleted rows = bans), or JSON/YAML { lock: [{from, to, field, staff}], ban: [{from, to, field?}] }')
    .option('--solver <name>', 'flow | highs | lpsolve (default: flow, or highs for cross-field cover)')
    .option('--mode <mode>', `lexicographic | weighted (default ${DEFAULT_TRANSFER_OPTIONS.mode})`)
    .option('--time-limit <ms>', `time limit per solver call, ms (default ${DEFAULT_TRANSFER_OPTIONS.timeLimitMs})`)
    .option('--format <format>', 'table | csv | json | xlsx (default: from --out extension, else table)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout; .xlsx gives a formatted workbook');
  langOption(command);
  inputOptions(csvOptions(command)).action(async (options: InputOptions & PlanFlags) => {
    const locale = commandLocale(options);
    const kind = options.kind as PlanKind;
    if (!PLAN_KINDS.includes(kind)) throw new CanbangInputError({ source: 'canbang plan --kind', value: kind, expected: PLAN_KINDS.join(' | ') });
    const flagOptions = planFlagOptions(kind, options);
    const out = options.out as string | undefined;
    const format = outputFormat(options.format as string | undefined, out, 'plan');
    const dataset = await loadInput(options);
    // A province may be named as people write it (1, 01, Hà Nội, ha noi): the planners get its code.
    if (typeof flagOptions.province === 'string') flagOptions.province = findProvince(provinceNames(dataset), flagOptions.province, 'plan', locale).code;
    const plan = await runPlan(kind, dataset, flagOptions, options, locale);
    const checks = inputChecks(dataset);
    if (format === 'xlsx') await writeSheetsOutput(out!, [...withDatasetAbout(planSheets(plan, locale), dataset.meta, locale), checksSheet(checks, locale)], locale);
    else {
      const text = formatPlan(format === 'json' ? Object.assign({}, plan, { checks }) : plan, format, dataset.meta, options as CsvOptions, locale);
      // The table is for a person: names from the data must not act on the terminal.
      await writeOutput(out, format === 'table' ? terminalLines(text) : text, format === 'csv' ? { checks } : {});
    }
    reportPlan(plan, format, out, locale);
  });
}

// The plan of one kind, from the checked flag options (and the override and distances files for transfers).
async function runPlan(kind: PlanKind, dataset: Dataset, values: Record<string, unknown>, flags: PlanFlags, locale: Locale): Promise<AnyPlan> {
  const national = values.province === undefined && !values.crossProvince;
  const progress = national ? { onProgress: provinceProgress(locale) } : {};
  if (kind === 'transfer' || kind === 'transfer-hire') {
    const planOptions = await transferInputs(values as PlanTransfersOptions, flags);
    if (kind === 'transfer') return planTransfers(dataset, { ...planOptions, ...progress, locale });
    if (values.recruits === undefined) throw new CanbangInputError({ source: 'canbang plan --recruits', expected: '--recruits N or --recruits field=N,field=N for --kind transfer-hire' });
    return planTransfersThenHires(dataset, { ...planOptions, ...progress, recruits: values.recruits as number | Record<string, number>, locale });
  }
  if (kind === 'route') {
    if (values.transferableShare === undefined) throw new CanbangInputError({ source: 'canbang plan --share', expected: 'key=share pairs, e.g. one_stop=0.7,civil_status=0.3' });
    return planRouting(dataset, { ...(values as Omit<PlanRoutingOptions, 'transferableShare'>), transferableShare: values.transferableShare as Record<string, number>, shareSource: 'canbang plan --share', ...progress, locale });
  }
  const name = kind === 'hire' ? 'recruits' : 'cuts';
  const amount = values[name] as number | Record<string, number> | undefined;
  if (amount === undefined) throw new CanbangInputError({ source: `canbang plan --${name}`, expected: `--${name} N or --${name} field=N,field=N for --kind ${kind}` });
  const { [name]: _amount, ...rest } = values;
  return kind === 'hire' ? planHires(dataset, { ...rest, recruits: amount, locale }) : planReductions(dataset, { ...rest, cuts: amount, locale });
}

// The transfer options with the planner's override and distances files read in.
async function transferInputs(planOptions: PlanTransfersOptions, flags: PlanFlags): Promise<PlanTransfersOptions> {
  if (flags.overrides !== undefined) {
    const overridesFile = userPath(flags.overrides as string);
    noteInputs([overridesFile]);
    const extra = await readOverrides(overridesFile);
    planOptions.fixedMoves = [...(planOptions.fixedMoves ?? []), ...extra.lock];
    planOptions.forbidden = [...(planOptions.forbidden ?? []), ...extra.ban];
  }
  if (flags.distances !== undefined) {
    const { rows, source } = await readDistances(flags.distances as string);
    planOptions.distances = rows;
    planOptions.distancesSource = source;
  }
  // Minutes come only from a distances input: a time limit with none to check would be ignored silently.
  if (planOptions.maxMinutes !== undefined && !(planOptions.distances ?? []).some((r) => r.minutes != null)) {
    throw new CanbangInputError({ source: 'canbang plan --max-minutes', value: flags.maxMinutes, expected: 'a --distances file with travel minutes for some pairs (the limit applies to those)' });
  }
  return planOptions;
}

// The done line, the headline figures (for csv / json / xlsx, which hold one row per move) and warnings, on stderr.
function reportPlan(plan: AnyPlan, format: string, out: string | undefined, locale: Locale): void {
  const done = planDoneLine(plan, locale);
  process.stderr.write(`${done}${out ? translate(locale, 'common.writtenTo', { file: out }) : ''}\n`);
  // The CSV holds one row per move: the plan's headline figures go to stderr in the same words as the table.
  const transferPart = plan.kind === 'transfer' ? plan : plan.kind === 'transfer-hire' ? plan.transfer : undefined;
  if (transferPart && format !== 'table') {
    const stillToHire = translate(locale, 'plan.stillToHire', { people: transferPart.residual.reduce((s, r) => s + r.to_hire, 0), cells: transferPart.residual.length });
    process.stderr.write(`${planFigureLines(transferPart.load, locale)}\n${stillToHire}\n`);
    const warned = transferPart.moves.filter((m) => m.warning !== '').length;
    if (warned) process.stderr.write(translate(locale, 'common.warning', { message: translate(locale, 'plan.lockedWarning', { n: warned }) }) + '\n');
  }
  if (plan.status !== 'optimal') for (const line of String(plan.explanation).split('\n')) printLine(translate(locale, 'common.warning', { message: line }));
}

/**
 * The one stderr line that closes `canbang plan`: status, what the plan does, time, in the reader's language.
 *
 * @example
 * planDoneLine(planHires(dataset, { recruits: 20 }), 'vi'); // 'phương án tối ưu: 20 người tuyển mới ở 17 cặp đơn vị × lĩnh vực, 3 ms'
 */
export function planDoneLine(plan: AnyPlan, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const status = tr(`solve.${plan.status}`);
  const ms = Math.round(plan.timeMs);
  if (plan.kind === 'transfer') return tr('plan.doneTransfer', { status, moved: plan.objectives.moves, moves: plan.moves.length, blocks: plan.blocks.length, ms });
  if (plan.kind === 'route') return tr('plan.doneRoute', { status, flows: plan.flows.length, ms });
  if (plan.kind === 'transfer-hire') {
    const recruits = plan.hire.allocations.reduce((s, a) => s + a.count, 0);
    return tr('plan.doneChain', { status, moved: plan.transfer.objectives.moves, recruits, cells: plan.hire.allocations.length, ms });
  }
  const people = plan.allocations.reduce((s, a) => s + a.count, 0);
  return tr(plan.kind === 'hire' ? 'plan.doneHire' : 'plan.doneReduce', { status, people, cells: plan.allocations.length, ms });
}

// One updating stderr line per province of a national plan.
function provinceProgress(locale: Locale): (k: number, n: number, key: string) => void {
  return (k, n, key) => process.stderr.write(`${translate(locale, 'plan.progress', { k, n, key })}\r${k === n ? '\n' : ''}`);
}
