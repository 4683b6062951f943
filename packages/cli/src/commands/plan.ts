import type { Command } from 'commander';
import {
  CanbangInputError,
  formatCsv,
  planTransfers,
  type CrossFieldCover,
  type FixedMove,
  type ForbiddenPair,
  type PlanTransfersOptions,
  type SolverName,
  type TransferPlan,
} from '@canbang/core';
import { loadInput, inputOptions, type InputOptions } from '../load-input.ts';
import { fixed, textTable, thousands } from '../format/text-table.ts';
import { writeOutput } from '../write-output.ts';

const KINDS = ['transfer'] as const;
type Kind = (typeof KINDS)[number];
type Format = 'table' | 'csv' | 'json';

const MOVE_COLUMNS = ['province_code', 'from', 'from_name', 'to', 'to_name', 'field', 'to_field', 'staff', 'distance_km', 'fixed', 'explanation'] as const;

/** Any plan the command can print. */
export type AnyPlan = TransferPlan;

/**
 * Formats a plan: `csv` = one row per move (transfer), `json` = the whole plan, `table` = a readable report.
 */
export function formatPlan(plan: AnyPlan, format: Format, synthetic: boolean): string {
  if (format === 'json') return JSON.stringify(plan, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n';
  if (format === 'csv') return formatCsv(MOVE_COLUMNS, plan.moves as unknown as Record<string, unknown>[]);
  const o = plan.objectives;
  const lines = [
    `canbang plan --kind transfer: status ${plan.status}, ${plan.blocks.length} block(s), ${plan.timeMs.toFixed(0)} ms`,
    synthetic ? 'NOTE: SYNTHETIC workload/headcount data (calibrated to published figures), not observations.' : '',
    `moves ${thousands(o.moves)}  staff x km ${fixed(o.staffKm, 1)}  shortage after ${fixed(o.shortage, 1)} FTE (before ${fixed(plan.blocks.reduce((s, b) => s + b.before.shortage, 0), 1)})`,
    '',
    textTable(plan.blocks, [
      { header: 'block', value: (b) => b.key },
      { header: 'status', value: (b) => b.status },
      { header: 'solver', value: (b) => b.solver },
      { header: 'proven', value: (b) => (b.proven ? 'yes' : 'no') },
      { header: 'worst load before', value: (b) => fixed(b.before.worstLoad), align: 'right' },
      { header: 'after', value: (b) => fixed(b.after.worstLoad), align: 'right' },
      { header: 'shortage before', value: (b) => fixed(b.before.shortage, 1), align: 'right' },
      { header: 'after', value: (b) => fixed(b.after.shortage, 1), align: 'right' },
      { header: 'moves', value: (b) => String(b.after.moves), align: 'right' },
      { header: 'ms', value: (b) => b.timeMs.toFixed(1), align: 'right' },
    ]),
    `Moves (first ${Math.min(plan.moves.length, 30)} of ${plan.moves.length}; --format csv or json for all):`,
    textTable(plan.moves.slice(0, 30), [
      { header: 'from', value: (m) => `${m.from} ${m.from_name}` },
      { header: 'to', value: (m) => `${m.to} ${m.to_name}` },
      { header: 'field', value: (m) => (m.field === m.to_field ? m.field : `${m.field}->${m.to_field}`) },
      { header: 'staff', value: (m) => String(m.staff), align: 'right' },
      { header: 'km', value: (m) => m.distance_km.toFixed(1), align: 'right' },
      { header: 'fixed', value: (m) => (m.fixed ? 'yes' : '') },
    ]),
  ];
  if (plan.explanation) lines.push(`Not optimal:\n${plan.explanation}`);
  return lines.filter((l, i) => l !== '' || i === 3).join('\n');
}

/** Registers `canbang plan`. */
export function registerPlan(program: Command): void {
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const command = program
    .command('plan')
    .description('Optimal staff plans: integer transfers between units (worst load, then shortage, then staff x km)')
    .option('--kind <kind>', KINDS.join(' | '), 'transfer')
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
    .option('--solver <name>', 'flow | highs | lpsolve (default: flow, or highs for cross-field cover)')
    .option('--mode <mode>', 'lexicographic | weighted', 'lexicographic')
    .option('--time-limit <ms>', 'time limit per solver call, ms', '60000')
    .option('--format <format>', 'table | csv | json (default: from --out extension, else table)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout');
  inputOptions(command).action(async (options: InputOptions & Record<string, string | string[] | boolean | undefined>) => {
    const kind = options.kind as Kind;
    if (!KINDS.includes(kind)) throw new CanbangInputError({ source: 'canbang plan --kind', value: kind, expected: KINDS.join(' | ') });
    const out = options.out as string | undefined;
    const format = (options.format as string | undefined) ?? (out?.endsWith('.csv') ? 'csv' : out?.endsWith('.json') ? 'json' : 'table');
    if (!['table', 'csv', 'json'].includes(format)) throw new CanbangInputError({ source: 'canbang plan --format', value: format, expected: 'table | csv | json' });
    const dataset = await loadInput(options);
    const planOptions = transferOptions(options);
    const national = planOptions.province === undefined && !planOptions.crossProvince;
    const plan = await planTransfers(dataset, {
      ...planOptions,
      ...(national ? { onProgress: (k: number, n: number, key: string) => process.stderr.write(`province ${k}/${n} (${key})\r${k === n ? '\n' : ''}`) } : {}),
    });
    await writeOutput(out, formatPlan(plan, format as Format, dataset.meta.synthetic));
    process.stderr.write(`plan ${plan.status}: ${plan.objectives.moves} moves in ${plan.blocks.length} block(s), ${plan.timeMs.toFixed(0)} ms${out ? ` -> ${out}` : ''}\n`);
    if (plan.status !== 'optimal') process.stderr.write(`canbang: warning: ${plan.explanation}\n`);
  });
}

function transferOptions(o: Record<string, string | string[] | boolean | undefined>): PlanTransfersOptions {
  const num = (name: string, flag: string, integer: boolean, min: number): number | undefined => {
    const text = o[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (typeof text !== 'string' || text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      throw new CanbangInputError({ source: `canbang plan ${flag}`, value: text, expected: `a ${integer ? 'whole number' : 'number'} >= ${min}` });
    }
    return value;
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
    return { from: from!, to: to!, field: field!, staff: Number(staff) };
  });
  const forbidden: ForbiddenPair[] = ((o.ban as string[] | undefined) ?? []).map((t) => {
    const [from, to, field] = parts('--ban', t, [2, 3], 'from:to or from:to:field');
    return { from: from!, to: to!, ...(field !== undefined ? { field } : {}) };
  });
  const opts: PlanTransfersOptions = {
    roadFactor: num('roadFactor', '--road-factor', false, 1)!,
    keepWithinRequirement: !o.relax,
    crossProvince: Boolean(o.crossProvince),
    mode: mode as 'lexicographic' | 'weighted',
    timeLimitMs: num('timeLimit', '--time-limit', false, 1)!,
    crossField,
    fixedMoves,
    forbidden,
  };
  const set = <K extends keyof PlanTransfersOptions>(key: K, value: PlanTransfersOptions[K] | undefined) => {
    if (value !== undefined) opts[key] = value;
  };
  set('province', o.province as string | undefined);
  set('maxDistanceKm', num('maxDistance', '--max-distance', false, 0));
  set('maxMoves', num('maxMoves', '--max-moves', true, 0));
  set('maxMovesOut', num('maxOut', '--max-out', true, 0));
  set('maxMovesIn', num('maxIn', '--max-in', true, 0));
  set('maxLoad', num('maxLoad', '--max-load', false, Number.MIN_VALUE));
  set('solver', solver as SolverName | undefined);
  return opts;
}
