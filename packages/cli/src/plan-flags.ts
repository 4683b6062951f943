import {
  CanbangInputError,
  checkPlanOptions,
  PLAN_OPTION_RULES,
  type CrossFieldCover,
  type FixedMove,
  type ForbiddenPair,
  type PlanKind,
  type PlanOptionRule,
} from '@canbang/core';
import { numberOption, strictNumber } from './number-option.ts';

/** The flags of `canbang plan` as commander gives them (camelCase keys; repeatable flags are lists). */
export type PlanFlags = Record<string, string | string[] | boolean | undefined>;

const COMMAND = 'canbang plan';

// Flags that name a file feeding an option (read by the command): they apply wherever that option does.
const FEEDS: Readonly<Record<string, string>> = { '--overrides': 'fixedMoves', '--distances': 'distances' };

/** commander's key of a flag: --max-distance -> maxDistance. */
function flagKey(flag: string): string {
  return flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/** Every flag of the plan option rules, with the kinds it applies to. */
function flagKinds(): Map<string, PlanKind[]> {
  const kinds = new Map<string, PlanKind[]>();
  for (const [kind, rules] of Object.entries(PLAN_OPTION_RULES) as [PlanKind, Readonly<Record<string, PlanOptionRule>>][]) {
    for (const [name, rule] of Object.entries(rules)) {
      for (const flag of [rule.flag, ...Object.keys(FEEDS).filter((f) => FEEDS[f] === name)]) {
        if (flag !== undefined) kinds.set(flag, [...(kinds.get(flag) ?? []), kind]);
      }
    }
  }
  return kinds;
}

/**
 * Refuses a flag of another plan kind (it would otherwise be ignored without a word, e.g. `--max-distance`
 * with `--kind hire`), as the plan option rules say which kinds read which option.
 *
 * @example
 * checkFlagKinds('hire', { maxDistance: '20' }); // throws: canbang plan --max-distance: got "20"; expected no --max-distance with --kind hire ...
 */
export function checkFlagKinds(kind: PlanKind, flags: PlanFlags): void {
  for (const [flag, kinds] of flagKinds()) {
    const value = flags[flagKey(flag)];
    if (value !== undefined && !kinds.includes(kind)) {
      throw new CanbangInputError({ source: `${COMMAND} ${flag}`, value, expected: `no ${flag} with --kind ${kind} (it applies to --kind ${kinds.join(' | ')})` });
    }
  }
}

// A number as typed; text that is not a finite number stays text, so the rule's error shows what was typed.
function typedNumber(text: string): number | string {
  const n = strictNumber(text);
  return Number.isFinite(n) ? n : text;
}

/**
 * "12" -> 12; "land=3,it_digital=2" -> { land: 3, it_digital: 2 } (recruits, cuts, routing shares). Only the
 * shape is read here; the values are checked by the plan option rules.
 *
 * @example
 * amountFlag('land=3,it_digital=2', '--recruits'); // { land: 3, it_digital: 2 }
 */
export function amountFlag(text: string | undefined, flag: string): number | string | Record<string, number | string> | undefined {
  if (text === undefined) return undefined;
  if (!text.includes('=')) return typedNumber(text);
  const out: Record<string, number | string> = Object.create(null); // keys are typed by the user: no prototype to reach
  for (const part of text.split(',')) {
    const [key, value] = part.split('=').map((x) => x.trim());
    if (!key || value === undefined) throw new CanbangInputError({ source: `${COMMAND} ${flag}`, value: part, expected: 'key=value pairs separated by commas' });
    out[key] = typedNumber(value);
  }
  return out;
}

// "a:b:c" -> ['a', 'b', 'c'], with the number of parts the flag takes.
function parts(flag: string, text: string, counts: number[], shape: string): string[] {
  const p = text.split(':').map((x) => x.trim());
  if (!counts.includes(p.length) || p.some((x) => x === '')) throw new CanbangInputError({ source: `${COMMAND} ${flag}`, value: text, expected: shape });
  return p;
}

function crossFieldFlags(list: string[] | undefined): CrossFieldCover[] {
  return (list ?? []).map((t) => {
    const [from, to, eff] = parts('--cross-field', t, [3], 'from:to:efficiency, e.g. finance:accounting:0.8');
    const efficiency = strictNumber(eff!);
    if (!(efficiency > 0 && efficiency <= 1)) throw new CanbangInputError({ source: `${COMMAND} --cross-field`, value: t, expected: 'an efficiency in (0, 1]' });
    return { from: from!, to: to!, efficiency, source: `${COMMAND} --cross-field ${t}` };
  });
}

function lockFlags(list: string[] | undefined): FixedMove[] {
  return (list ?? []).map((t) => {
    const [from, to, field, staff] = parts('--lock', t, [4], 'from:to:field:staff, e.g. 00004:00007:land:1');
    return { from: from!, to: to!, field: field!, staff: numberOption(staff!, `${COMMAND} --lock (staff)`, { integer: true, min: 1 }), source: `${COMMAND} --lock ${t}` };
  });
}

function banFlags(list: string[] | undefined): ForbiddenPair[] {
  return (list ?? []).map((t) => {
    const [from, to, field] = parts('--ban', t, [2, 3], 'from:to or from:to:field');
    return { from: from!, to: to!, ...(field !== undefined ? { field } : {}), source: `${COMMAND} --ban ${t}` };
  });
}

/**
 * The options of one plan kind from the flags given: each flag of the kind's rules read as its option (numbers
 * parsed, `off` = no limit where the rule allows it, `--relax` / `--take-last-officer` set their option to false,
 * locks, bans and cross-field cover parsed from their `a:b:c` form), then checked by the plan option rules
 * ({@link checkPlanOptions}), errors naming the flag. Defaults are not filled in here: the library merges them.
 *
 * @example
 * planFlagOptions('transfer', { roadFactor: '1.5', relax: true }); // { roadFactor: 1.5, keepWithinRequirement: false }
 */
export function planFlagOptions(kind: PlanKind, flags: PlanFlags): Record<string, unknown> {
  checkFlagKinds(kind, flags);
  const rules = PLAN_OPTION_RULES[kind];
  const values: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.flag === undefined) continue;
    const given = flags[flagKey(rule.flag)];
    if (given === undefined || given === false) continue;
    values[name] = flagValue(name, rule, given);
  }
  checkPlanOptions(kind, values, { command: COMMAND });
  return values;
}

function flagValue(name: string, rule: PlanOptionRule, given: string | string[] | boolean): unknown {
  if (rule.value.type === 'boolean') return rule.flagValue ?? true;
  if (name === 'crossField') return crossFieldFlags(given as string[]);
  if (name === 'fixedMoves') return lockFlags(given as string[]);
  if (name === 'forbidden') return banFlags(given as string[]);
  const text = String(given);
  switch (rule.value.type) {
    case 'number':
      return text === 'off' && rule.value.infinity ? Infinity : typedNumber(text);
    case 'choice':
      return rule.value.values.includes(text) || rule.value.number === undefined ? text : typedNumber(text);
    case 'amount':
    case 'shares':
      return amountFlag(text, rule.flag!);
    default:
      return given;
  }
}
