import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import {
  CanbangInputError,
  planHires,
  planReductions,
  planRouting,
  planTransfers,
  type AllocationPlan,
  type CrossFieldCover,
  type RoutingPlan,
  type FixedMove,
  type ForbiddenPair,
  type PlanTransfersOptions,
  type SolverName,
  type TransferPlan,
  type WorkbookSheet,
} from '@canbang/core';
import { loadInput, inputOptions, type InputOptions } from '../load-input.ts';
import { fixed, textTable, thousands } from '../format/text-table.ts';
import { writeOutput, writeSheetsOutput } from '../write-output.ts';
import { csvOptions, csvText, type CsvOptions } from '../csv-options.ts';
import { outputFormat, type TextFormat } from '../output-format.ts';
import { numberOption, type NumberRule } from '../number-option.ts';

const KINDS = ['transfer', 'hire', 'route', 'reduce'] as const;
type Kind = (typeof KINDS)[number];

const MOVE_COLUMNS = ['province_code', 'from', 'from_name', 'to', 'to_name', 'field', 'to_field', 'staff', 'distance_km', 'fixed', 'explanation'] as const;

const ALLOCATION_COLUMNS = ['province_code', 'unit_code', 'unit_name', 'field', 'count', 'staff_before', 'staff_after', 'required', 'status_before', 'status_after', 'explanation'] as const;
const ROUTE_COLUMNS = ['province_code', 'field', 'from', 'from_name', 'to', 'to_name', 'fte', 'dossiers_per_period', 'distance_km', 'explanation'] as const;

// Options (without a default) that only one or some kinds read.
const KIND_OPTIONS: readonly (readonly [string, readonly Kind[]])[] = [
  ...['--max-distance', '--max-moves', '--max-out', '--max-in', '--max-load', '--relax', '--cross-province', '--cross-field', '--lock', '--ban', '--overrides'].map(
    (flag) => [flag, ['transfer']] as const,
  ),
  ['--recruits', ['hire']],
  ['--cuts', ['reduce']],
  ['--share', ['route']],
  ['--solver', ['transfer', 'route']],
];

/** Any plan the command can print. */
export type AnyPlan = TransferPlan | AllocationPlan | RoutingPlan;

const json = (plan: AnyPlan) => JSON.stringify(plan, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n';
const note = (synthetic: boolean) => (synthetic ? 'NOTE: SYNTHETIC workload/headcount data (calibrated to published figures), not observations.\n' : '');

/**
 * Formats a plan: `csv` = one row per move / allocation / routed flow (numbers rounded as `csv` asks),
 * `json` = the whole plan, `table` = a readable report. Every form ends with one newline.
 *
 * @example
 * formatPlan(await planTransfers(dataset, { province: '11' }), 'csv', true); // one row per move
 */
export function formatPlan(plan: AnyPlan, format: TextFormat, synthetic: boolean, csv: CsvOptions = {}): string {
  if (format === 'json') return json(plan);
  if (format === 'csv') return planCsv(plan, csv);
  // The table report: one final newline, whatever its last section is.
  return planTable(plan, synthetic).trimEnd() + '\n';
}

function planCsv(plan: AnyPlan, csv: CsvOptions): string {
  if (plan.kind === 'hire' || plan.kind === 'reduce') return csvText(ALLOCATION_COLUMNS, plan.allocations as unknown as Record<string, unknown>[], csv);
  if (plan.kind === 'route') return csvText(ROUTE_COLUMNS, plan.flows as unknown as Record<string, unknown>[], csv);
  return csvText(MOVE_COLUMNS, (plan as TransferPlan).moves as unknown as Record<string, unknown>[], csv);
}

function planTable(plan: AnyPlan, synthetic: boolean): string {
  if (plan.kind === 'hire' || plan.kind === 'reduce') {
    return [
      `canbang plan --kind ${plan.kind}: status ${plan.status}, ${plan.timeMs.toFixed(0)} ms`,
      note(synthetic),
      textTable(plan.pools, [
        { header: 'pool', value: (p) => p.pool },
        { header: plan.kind === 'hire' ? 'recruits' : 'cuts', value: (p) => String(p.total), align: 'right' },
        { header: 'worst load before', value: (p) => fixed(p.worstLoadBefore), align: 'right' },
        { header: 'after', value: (p) => fixed(p.worstLoadAfter), align: 'right' },
        { header: 'shortage before', value: (p) => fixed(p.shortageBefore, 1), align: 'right' },
        { header: 'after', value: (p) => fixed(p.shortageAfter, 1), align: 'right' },
      ]),
      `Allocations (first ${Math.min(30, plan.allocations.length)} of ${plan.allocations.length}):`,
      textTable(plan.allocations.slice(0, 30), [
        { header: 'unit', value: (a) => `${a.unit_code} ${a.unit_name}` },
        { header: 'field', value: (a) => a.field },
        { header: plan.kind === 'hire' ? 'recruits' : 'cuts', value: (a) => String(a.count), align: 'right' },
        { header: 'staff', value: (a) => `${a.staff_before} -> ${a.staff_after}`, align: 'right' },
        { header: 'required', value: (a) => fixed(a.required, 2), align: 'right' },
        { header: 'status after', value: (a) => a.status_after },
      ]),
      plan.explanation ? `Not optimal: ${plan.explanation}` : '',
    ].join('\n');
  }
  if (plan.kind === 'route') {
    const moved = plan.blocks.filter((b) => b.routedFte > 1e-9);
    return [
      `canbang plan --kind route: status ${plan.status}, ${plan.blocks.length} province x field blocks, ${plan.timeMs.toFixed(0)} ms`,
      note(synthetic),
      textTable(moved, [
        { header: 'block', value: (b) => b.key },
        { header: 'status', value: (b) => b.status },
        { header: 'worst load before', value: (b) => fixed(b.worstLoadBefore), align: 'right' },
        { header: 'after', value: (b) => fixed(b.worstLoadAfter), align: 'right' },
        { header: 'shortage before', value: (b) => fixed(b.shortageBefore, 1), align: 'right' },
        { header: 'after', value: (b) => fixed(b.shortageAfter, 1), align: 'right' },
        { header: 'routed FTE', value: (b) => fixed(b.routedFte, 2), align: 'right' },
      ]),
      plan.explanation ? `Not optimal:\n${plan.explanation}` : '',
    ].join('\n');
  }
  // Narrowing on the union-valued `kind` of AllocationPlan does not exclude it here: the rest is a transfer plan.
  const t = plan as TransferPlan;
  const o = t.objectives;
  const lines = [
    `canbang plan --kind transfer: status ${t.status}, ${t.blocks.length} block(s), ${t.timeMs.toFixed(0)} ms`,
    synthetic ? 'NOTE: SYNTHETIC workload/headcount data (calibrated to published figures), not observations.' : '',
    `staff moved ${thousands(o.moves)} in ${t.moves.length} moves  staff x km ${fixed(o.staffKm, 1)}  shortage after ${fixed(o.shortage, 1)} FTE (before ${fixed(t.blocks.reduce((s, b) => s + b.before.shortage, 0), 1)})`,
    '',
    textTable(t.blocks, [
      { header: 'block', value: (b) => b.key },
      { header: 'status', value: (b) => b.status },
      { header: 'solver', value: (b) => b.solver },
      { header: 'proven', value: (b) => (b.proven ? 'yes' : 'no') },
      { header: 'worst load before', value: (b) => fixed(b.before.worstLoad), align: 'right' },
      { header: 'after', value: (b) => fixed(b.after.worstLoad), align: 'right' },
      { header: 'shortage before', value: (b) => fixed(b.before.shortage, 1), align: 'right' },
      { header: 'after', value: (b) => fixed(b.after.shortage, 1), align: 'right' },
      { header: 'staff moved', value: (b) => String(b.after.moves), align: 'right' },
      { header: 'ms', value: (b) => b.timeMs.toFixed(1), align: 'right' },
    ]),
    t.moves.length === 0
      ? `No moves${t.status === 'optimal' ? ': no move improves the plan within the limits given' : ' (see below why the plan is not optimal)'}.`
      : `Moves (first ${Math.min(t.moves.length, 30)} of ${t.moves.length}; --format csv or json for all):`,
    t.moves.length === 0 ? '' : textTable(t.moves.slice(0, 30), [
      { header: 'from', value: (m) => `${m.from} ${m.from_name}` },
      { header: 'to', value: (m) => `${m.to} ${m.to_name}` },
      { header: 'field', value: (m) => (m.field === m.to_field ? m.field : `${m.field}->${m.to_field}`) },
      { header: 'staff', value: (m) => String(m.staff), align: 'right' },
      { header: 'km', value: (m) => m.distance_km.toFixed(1), align: 'right' },
      { header: 'fixed', value: (m) => (m.fixed ? 'yes' : '') },
    ]),
  ];
  if (t.explanation) lines.push(`Not optimal:\n${t.explanation}`);
  return lines.filter((l, i) => l !== '' || i === 3).join('\n');
}

/**
 * A plan as spreadsheet sheets: the actions (moves, allocations or routed flows), the per-block objectives
 * before and after, and for transfers and routing the unit x field rows before and after.
 * Loads that are infinite (work and no staff) are left blank.
 *
 * @example
 * await writeWorkbook(planSheets(plan), 'plan.xlsx'); // moves, blocks, units before-after
 */
export function planSheets(plan: AnyPlan): WorkbookSheet[] {
  const rows = (items: readonly object[]) => items as unknown as Record<string, unknown>[];
  if (plan.kind === 'hire' || plan.kind === 'reduce') {
    return [
      { name: 'allocations', table: rows(plan.allocations) },
      { name: 'pools', table: rows(plan.pools) },
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
    worst_load_before: b.before.worstLoad,
    worst_load_after: b.after.worstLoad,
    shortage_before: b.before.shortage,
    shortage_after: b.after.shortage,
    staff_moved: b.after.moves,
    staff_km: b.after.staffKm,
    ms: b.timeMs,
    explanation: b.explanation ?? '',
  }));
  return [
    { name: 'moves', table: rows(t.moves.map((m) => Object.fromEntries(MOVE_COLUMNS.map((c) => [c, m[c]])))) },
    { name: 'blocks', table: blocks },
    { name: 'units before-after', table: rows(t.units), numberFormats: { load_before: '0.00', load_after: '0.00' } },
  ];
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
    .option('--kind <kind>', KINDS.join(' | '), 'transfer')
    .option('--recruits <n|field=n,...>', 'hire: new recruits in total or per field')
    .option('--cuts <n|field=n,...>', 'reduce: positions to cut in total or per field')
    .option('--share <key=share,...>', 'route: transferable share of work per field or activity, e.g. one_stop=0.7')
    .option('--province <code>', 'only this province')
    .option('--max-distance <km>', 'maximum km between donor and recipient')
    .option('--road-factor <x>', 'multiplies great-circle km (>= 1)', '1')
    .option('--max-moves <n>', 'budget: total moves per province')
    .option('--max-out <n>', 'maximum staff moved out of one unit')
    .option('--max-in <n>', 'maximum staff moved into one unit')
    .option('--max-load <x>', 'hard limit: every unit x field ends with required/staff <= x')
    .option('--relax', 'allow donors below and recipients above their requirement (WISN+POA rule off)')
    .option('--cross-province', 'allow moves between provinces (one national problem; use --max-distance)')
    .option('--cross-field <from:to:efficiency>', 'staff of one field may cover another, e.g. finance:accounting:0.8 (repeatable)', collect)
    .option('--lock <from:to:field:staff>', 'fixed move the plan must contain (repeatable)', collect)
    .option('--ban <from:to[:field]>', 'forbidden pair (repeatable)', collect)
    .option('--overrides <file>', 'JSON or YAML file of planner overrides: { lock: [{from, to, field, staff}], ban: [{from, to, field?}] }')
    .option('--solver <name>', 'flow | highs | lpsolve (default: flow, or highs for cross-field cover)')
    .option('--mode <mode>', 'lexicographic | weighted', 'lexicographic')
    .option('--time-limit <ms>', 'time limit per solver call, ms', '60000')
    .option('--format <format>', 'table | csv | json | xlsx (default: from --out extension, else table)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout; .xlsx gives a formatted workbook');
  inputOptions(csvOptions(command)).action(async (options: InputOptions & Record<string, string | string[] | boolean | undefined>) => {
    const kind = options.kind as Kind;
    if (!KINDS.includes(kind)) throw new CanbangInputError({ source: 'canbang plan --kind', value: kind, expected: KINDS.join(' | ') });
    // An option of another kind would otherwise be ignored without a word (e.g. --max-distance with --kind hire).
    for (const [flag, kinds] of KIND_OPTIONS) {
      const value = options[flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())];
      if (value !== undefined && !kinds.includes(kind)) {
        throw new CanbangInputError({ source: `canbang plan ${flag}`, value, expected: `no ${flag} with --kind ${kind} (it applies to --kind ${kinds.join(' | ')})` });
      }
    }
    const out = options.out as string | undefined;
    const format = outputFormat(options.format as string | undefined, out, 'plan');
    const dataset = await loadInput(options);
    let plan: AnyPlan;
    if (kind === 'transfer') {
      const planOptions = transferOptions(options);
      if (options.overrides !== undefined) {
        const extra = await readOverrides(options.overrides as string);
        planOptions.fixedMoves = [...(planOptions.fixedMoves ?? []), ...extra.lock];
        planOptions.forbidden = [...(planOptions.forbidden ?? []), ...extra.ban];
      }
      const national = planOptions.province === undefined && !planOptions.crossProvince;
      plan = await planTransfers(dataset, {
        ...planOptions,
        ...(national ? { onProgress: (k: number, n: number, key: string) => process.stderr.write(`province ${k}/${n} (${key})\r${k === n ? '\n' : ''}`) } : {}),
      });
    } else if (kind === 'route') {
      const share = amounts(options.share as string | undefined, '--share', false);
      if (typeof share === 'number' || share === undefined) throw new CanbangInputError({ source: 'canbang plan --share', value: options.share, expected: 'key=share pairs, e.g. one_stop=0.7,civil_status=0.3' });
      // Routing is a continuous LP: the flow solver does not apply, and an unknown name must not fall back silently.
      if (options.solver !== undefined && options.solver !== 'highs' && options.solver !== 'lpsolve') {
        throw new CanbangInputError({ source: 'canbang plan --solver', value: options.solver, expected: 'highs | lpsolve for --kind route' });
      }
      plan = await planRouting(dataset, {
        ...(options.province === undefined ? { onProgress: (k: number, n: number, key: string) => process.stderr.write(`province ${k}/${n} (${key})\r${k === n ? '\n' : ''}`) } : {}),
        transferableShare: share,
        ...(options.province !== undefined ? { province: options.province as string } : {}),
        ...(options.solver === 'lpsolve' ? { solver: 'lpsolve' as const } : {}),
      });
    } else {
      const flag = kind === 'hire' ? '--recruits' : '--cuts';
      const amount = amounts(options[kind === 'hire' ? 'recruits' : 'cuts'] as string | undefined, flag, true);
      if (amount === undefined) throw new CanbangInputError({ source: `canbang plan ${flag}`, expected: `${flag} N or ${flag} field=N,field=N for --kind ${kind}` });
      const scope = options.province !== undefined ? { province: options.province as string } : {};
      plan = kind === 'hire' ? planHires(dataset, { recruits: amount, ...scope }) : planReductions(dataset, { cuts: amount, ...scope });
    }
    if (format === 'xlsx') await writeSheetsOutput(out!, planSheets(plan));
    else await writeOutput(out, formatPlan(plan, format, dataset.meta.synthetic, options as CsvOptions));
    const count = plan.kind === 'transfer' ? `${plan.objectives.moves} staff in ${plan.moves.length} moves, ${plan.blocks.length} block(s)` : plan.kind === 'route' ? `${plan.flows.length} routed flows` : `${plan.allocations.length} unit x fields`;
    process.stderr.write(`plan ${plan.status}: ${count}, ${plan.timeMs.toFixed(0)} ms${out ? ` -> ${out}` : ''}\n`);
    if (plan.status !== 'optimal') process.stderr.write(`canbang: warning: ${plan.explanation}\n`);
  });
}

/** Reads a planner's overrides file (the "auto vs final" step): locked moves and banned pairs. */
async function readOverrides(file: string): Promise<{ lock: FixedMove[]; ban: ForbiddenPair[] }> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8')); // YAML is a superset of JSON
  } catch (error) {
    throw new CanbangInputError({ source: file, value: (error as Error).message, expected: 'a readable JSON or YAML file' });
  }
  const root = (data ?? {}) as { lock?: unknown; ban?: unknown };
  const list = (key: 'lock' | 'ban') => {
    const v = root[key] ?? [];
    if (!Array.isArray(v)) throw new CanbangInputError({ source: file, column: key, value: v, expected: 'a list' });
    return v as Record<string, unknown>[];
  };
  const text = (row: Record<string, unknown>, i: number, key: string, section: string) => {
    const v = row[key];
    if (typeof v !== 'string' && typeof v !== 'number') throw new CanbangInputError({ source: `${file} (${section})`, row: i + 1, column: key, value: v, expected: 'a unit code or field name' });
    return String(v);
  };
  const lock = list('lock').map((row, i) => {
    const staff = Number(row.staff ?? 1);
    if (!Number.isInteger(staff) || staff < 1) throw new CanbangInputError({ source: `${file} (lock)`, row: i + 1, column: 'staff', value: row.staff, expected: 'a whole number >= 1' });
    return { from: text(row, i, 'from', 'lock'), to: text(row, i, 'to', 'lock'), field: text(row, i, 'field', 'lock'), staff };
  });
  const ban = list('ban').map((row, i) => ({
    from: text(row, i, 'from', 'ban'),
    to: text(row, i, 'to', 'ban'),
    ...(row.field !== undefined ? { field: text(row, i, 'field', 'ban') } : {}),
  }));
  return { lock, ban };
}

// "12" -> 12; "land=3,it_digital=2" -> { land: 3, it_digital: 2 }.
function amounts(text: string | undefined, flag: string, integer: boolean): number | Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const bad = (value: string) =>
    new CanbangInputError({ source: `canbang plan ${flag}`, value, expected: integer ? 'a whole number >= 0, or field=N pairs separated by commas' : 'key=share pairs (0-1) separated by commas' });
  if (!text.includes('=')) {
    const n = Number(text);
    if (!integer || text.trim() === '' || !Number.isInteger(n) || n < 0) throw bad(text);
    return n;
  }
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [key, value] = part.split('=').map((x) => x.trim());
    const n = Number(value);
    if (!key || value === undefined || value === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || (!integer && n > 1)) throw bad(part);
    out[key] = n;
  }
  return out;
}

function transferOptions(o: Record<string, string | string[] | boolean | undefined>): PlanTransfersOptions {
  const num = (name: string, flag: string, rule: NumberRule): number | undefined => {
    const text = o[name];
    return text === undefined ? undefined : numberOption(String(text), `canbang plan ${flag}`, rule);
  };
  const solver = o.solver as string | undefined;
  if (solver !== undefined && !['flow', 'highs', 'lpsolve'].includes(solver)) {
    throw new CanbangInputError({ source: 'canbang plan --solver', value: solver, expected: 'flow | highs | lpsolve' });
  }
  const mode = o.mode as string;
  if (!['lexicographic', 'weighted'].includes(mode)) throw new CanbangInputError({ source: 'canbang plan --mode', value: mode, expected: 'lexicographic | weighted' });
  const parts = (flag: string, text: string, n: number[], shape: string) => {
    const p = text.split(':');
    if (!n.includes(p.length) || p.some((x) => x.trim() === '')) throw new CanbangInputError({ source: `canbang plan ${flag}`, value: text, expected: shape });
    return p.map((x) => x.trim());
  };
  const crossField: CrossFieldCover[] = ((o.crossField as string[] | undefined) ?? []).map((t) => {
    const [from, to, eff] = parts('--cross-field', t, [3], 'from:to:efficiency, e.g. finance:accounting:0.8');
    const efficiency = Number(eff);
    if (!(efficiency > 0 && efficiency <= 1)) throw new CanbangInputError({ source: 'canbang plan --cross-field', value: t, expected: 'an efficiency in (0, 1]' });
    return { from: from!, to: to!, efficiency };
  });
  const fixedMoves: FixedMove[] = ((o.lock as string[] | undefined) ?? []).map((t) => {
    const [from, to, field, staff] = parts('--lock', t, [4], 'from:to:field:staff, e.g. 00004:00007:land:1');
    return { from: from!, to: to!, field: field!, staff: numberOption(staff!, 'canbang plan --lock (staff)', { integer: true, min: 1 }) };
  });
  const forbidden: ForbiddenPair[] = ((o.ban as string[] | undefined) ?? []).map((t) => {
    const [from, to, field] = parts('--ban', t, [2, 3], 'from:to or from:to:field');
    return { from: from!, to: to!, ...(field !== undefined ? { field } : {}) };
  });
  const opts: PlanTransfersOptions = {
    roadFactor: num('roadFactor', '--road-factor', { min: 1 })!,
    keepWithinRequirement: !o.relax,
    crossProvince: Boolean(o.crossProvince),
    mode: mode as 'lexicographic' | 'weighted',
    timeLimitMs: num('timeLimit', '--time-limit', { min: 1 })!,
    crossField,
    fixedMoves,
    forbidden,
  };
  const set = <K extends keyof PlanTransfersOptions>(key: K, value: PlanTransfersOptions[K] | undefined) => {
    if (value !== undefined) opts[key] = value;
  };
  set('province', o.province as string | undefined);
  set('maxDistanceKm', num('maxDistance', '--max-distance', { min: 0 }));
  set('maxMoves', num('maxMoves', '--max-moves', { integer: true, min: 0 }));
  set('maxMovesOut', num('maxOut', '--max-out', { integer: true, min: 0 }));
  set('maxMovesIn', num('maxIn', '--max-in', { integer: true, min: 0 }));
  set('maxLoad', num('maxLoad', '--max-load', { above: 0 }));
  set('solver', solver as SolverName | undefined);
  return opts;
}
