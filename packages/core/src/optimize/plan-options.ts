import { CanbangInputError } from '../model/errors.ts';
import { SCENARIO_LIMITS } from '../scenario/scenario-limits.ts';
import { DEFAULT_TRANSFER_OPTIONS, type TransferOptions } from './types.ts';

/**
 * The plan options' rules, defined once: which options each plan kind reads, what values each accepts, its
 * command-line flag and whether a scenario file may set it. The CLI (`canbang plan`), scenario validation and
 * the library (`planTransfers`, `buildTransferProblems`, `planRouting`, ...) all check options here, so a
 * bound cannot drift between entry points, and an error names where the value came from (see {@link OptionOrigin}).
 */

/**
 * Every kind of plan.
 *
 * @example
 * PLAN_KINDS.includes('route'); // true
 */
export const PLAN_KINDS = ['transfer', 'hire', 'route', 'reduce', 'transfer-hire'] as const;
/** One kind of plan: `transfer`, `hire`, `route`, `reduce` or `transfer-hire` (the CLI's `--kind`). */
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * Where option values came from, named by errors: a library call (`source` = the function, `column` =
 * `options.<name>`), a file (`source` = the file, `column` = the JSON path, e.g. `plan.roadFactor`) or the
 * command line (`source` = `canbang plan --road-factor`).
 */
export type OptionOrigin =
  | { readonly argument: string }
  /** `keys`: the block's other keys (besides the options), listed when a key is unknown. */
  | { readonly file: string; readonly path: string; readonly keys?: readonly string[] }
  | { readonly command: string };

/** A number's bounds: `min` inclusive (exclusive with `above`), `max` inclusive, `infinity` = Infinity means "no limit". */
export interface NumberBounds {
  readonly min: number;
  readonly above?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
  readonly infinity?: boolean;
}

/** What one option accepts. */
export type OptionValueRule =
  | ({ readonly type: 'number' } & NumberBounds)
  | { readonly type: 'boolean' }
  | { readonly type: 'text' }
  /** One of `values`, or (with `number`) a number within those bounds. */
  | { readonly type: 'choice'; readonly values: readonly string[]; readonly number?: NumberBounds }
  /** A whole number, or a non-empty record key -> whole number (recruits, cuts). */
  | { readonly type: 'amount' }
  /** A non-empty record key -> share between 0 and 1 (routing's transferable share). */
  | { readonly type: 'shares' }
  /** The weighted mode's { minRatio, shortage, staffKm }, each a finite number >= 0. */
  | { readonly type: 'weights' }
  /** A list of entries checked against the dataset later (locks, bans, cross-field cover, distances rows). */
  | { readonly type: 'list' };

/** One option of a plan kind. */
export interface PlanOptionRule {
  readonly value: OptionValueRule;
  /** The `canbang plan` flag; `flagValue: false` when giving the flag sets the option to false (e.g. `--relax`). */
  readonly flag?: string;
  readonly flagValue?: false;
  /** A scenario file's `plan` block may set it. */
  readonly inFile: boolean;
}

const whole = (max = SCENARIO_LIMITS.maxStaffCount): OptionValueRule => ({ type: 'number', min: 0, integer: true, max });
const rule = (value: OptionValueRule, flag: string | undefined, inFile = true, flagValue?: false): PlanOptionRule => ({
  value,
  ...(flag !== undefined ? { flag } : {}),
  ...(flagValue === false ? { flagValue } : {}),
  inFile,
});

const PROVINCE = rule({ type: 'text' }, '--province');
const CAP = rule({ type: 'choice', values: ['quota', 'off'] }, '--cap');
const FLOOR = rule({ type: 'choice', values: ['baseline', 'off'], number: { min: 0 } }, '--floor');
const TIME_LIMIT = rule({ type: 'number', min: 1 }, '--time-limit');

const TRANSFER_RULES = {
  province: PROVINCE,
  maxDistanceKm: rule({ type: 'number', min: 0, infinity: true }, '--max-distance'),
  roadFactor: rule({ type: 'number', min: 1 }, '--road-factor'),
  distances: rule({ type: 'list' }, undefined, false),
  maxMinutes: rule({ type: 'number', min: 0, infinity: true }, '--max-minutes'),
  allowIslandMoves: rule({ type: 'boolean' }, '--allow-island-moves'),
  cap: CAP,
  floor: FLOOR,
  keepWithinRequirement: rule({ type: 'boolean' }, '--relax', true, false),
  keepLastOfficer: rule({ type: 'boolean' }, '--take-last-officer', true, false),
  maxMoves: rule(whole(), '--max-moves'),
  maxMovesOut: rule(whole(), '--max-out'),
  maxMovesIn: rule(whole(), '--max-in'),
  maxLoad: rule({ type: 'number', min: 0, above: true }, '--max-load'),
  crossProvince: rule({ type: 'boolean' }, '--cross-province'),
  crossField: rule({ type: 'list' }, '--cross-field', false),
  fixedMoves: rule({ type: 'list' }, '--lock', false),
  forbidden: rule({ type: 'list' }, '--ban', false),
  solver: rule({ type: 'choice', values: ['flow', 'highs', 'lpsolve'] }, '--solver'),
  mode: rule({ type: 'choice', values: ['lexicographic', 'weighted'] }, '--mode'),
  weights: rule({ type: 'weights' }, undefined, false),
  timeLimitMs: TIME_LIMIT,
} as const satisfies Record<string, PlanOptionRule>;

/**
 * The options of each plan kind and their rules: the one table the CLI, scenario files and the library check.
 * An option missing from a kind's table does not apply to it (the CLI refuses its flag, a scenario file its key).
 *
 * @example
 * PLAN_OPTION_RULES.transfer.roadFactor.value; // { type: 'number', min: 1 }
 * 'maxDistanceKm' in PLAN_OPTION_RULES.hire; // false
 */
export const PLAN_OPTION_RULES: Readonly<Record<PlanKind, Readonly<Record<string, PlanOptionRule>>>> = Object.freeze({
  transfer: TRANSFER_RULES,
  'transfer-hire': { ...TRANSFER_RULES, recruits: rule({ type: 'amount' }, '--recruits') },
  hire: { province: PROVINCE, recruits: rule({ type: 'amount' }, '--recruits'), cap: CAP },
  reduce: { province: PROVINCE, cuts: rule({ type: 'amount' }, '--cuts'), floor: FLOOR },
  route: {
    transferableShare: rule({ type: 'shares' }, '--share'),
    province: PROVINCE,
    solver: rule({ type: 'choice', values: ['highs', 'lpsolve'] }, '--solver'),
    timeLimitMs: TIME_LIMIT,
  },
});

/**
 * Checks the options of one plan kind against {@link PLAN_OPTION_RULES} and throws a {@link CanbangInputError}
 * naming the first bad one where it came from. Undefined values count as not given. With a file origin, a key the
 * kind does not read is an error too (a typo must not pass silently); a library call may carry other keys
 * (rows, bands, callbacks), which are not plan options.
 *
 * @example
 * checkPlanOptions('transfer', { roadFactor: 0.5 }, { file: 'scenario.yaml', path: 'plan' });
 * // throws: scenario.yaml, column "plan.roadFactor": got 0.5; expected a number >= 1
 */
export function checkPlanOptions(kind: PlanKind, options: object, origin: OptionOrigin): void {
  const rules = PLAN_OPTION_RULES[kind];
  const values = options as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const optionRule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (optionRule === undefined || ('file' in origin && !optionRule.inFile)) {
      if ('file' in origin) {
        const allowed = [...(origin.keys ?? []), ...Object.keys(rules).filter((k) => rules[k]!.inFile)];
        throw optionError(origin, name, undefined, value, `no such key here (allowed: ${allowed.join(', ')})`);
      }
      if ('command' in origin) throw optionError(origin, name, undefined, value, `no such option for a ${kind} plan`);
      continue;
    }
    const bad = badValue(optionRule.value, value);
    if (bad) throw optionError(origin, name, bad.key, bad.value, expectedWords(optionRule.value, origin));
  }
  // A donor keeps its requirement under the WISN+POA rule, so taking its last officer only means something with
  // the rule off: written by a person (flag or file), the pair alone is a mistake; a program's options may carry it.
  if (!('argument' in origin) && values.keepLastOfficer === false && values.keepWithinRequirement !== false && 'keepLastOfficer' in rules) {
    const together = 'command' in origin ? '--relax' : 'keepWithinRequirement: false';
    throw optionError(origin, 'keepLastOfficer', undefined, 'command' in origin ? true : false, `it together with ${together} (under the WISN+POA rule a donor always keeps its requirement)`);
  }
}

/**
 * Transfer options with every default filled in (see {@link DEFAULT_TRANSFER_OPTIONS}); `maxMinutes` is
 * Infinity when not set.
 */
export type ResolvedTransferOptions = TransferOptions &
  Required<Pick<TransferOptions, 'maxDistanceKm' | 'roadFactor' | 'maxMinutes' | 'allowIslandMoves' | 'cap' | 'floor' | 'keepLastOfficer' | 'keepWithinRequirement' | 'crossProvince' | 'mode' | 'weights' | 'timeLimitMs'>>;

/**
 * Checks transfer options ({@link checkPlanOptions}) and merges the defaults, the one place they are applied:
 * the problem builder, the solvers and the plan's rules read the result.
 *
 * @example
 * resolveTransferOptions({ maxDistanceKm: 20 }, { argument: 'planTransfers' }).roadFactor; // 1.3
 * resolveTransferOptions({ roadFactor: 0.5 }, { argument: 'planTransfers' }); // throws: planTransfers, column "options.roadFactor" ...
 */
export function resolveTransferOptions<T extends TransferOptions>(options: T, origin: OptionOrigin): T & ResolvedTransferOptions {
  checkPlanOptions('transfer', options, origin);
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T;
  return { ...DEFAULT_TRANSFER_OPTIONS, maxMinutes: Infinity, crossProvince: false, ...given };
}

// The first bad value: the option itself (key undefined) or one entry of a record (its key).
function badValue(r: OptionValueRule, value: unknown): { key?: string; value: unknown } | null {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  switch (r.type) {
    case 'number':
      return inBounds(r, value) ? null : { value };
    case 'boolean':
      return typeof value === 'boolean' ? null : { value };
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? null : { value };
    case 'choice':
      return r.values.includes(value as string) || (r.number !== undefined && inBounds(r.number, value)) ? null : { value };
    case 'list':
      return Array.isArray(value) ? null : { value };
    case 'weights':
      return isRecord(value) && ['minRatio', 'shortage', 'staffKm'].every((k) => inBounds({ min: 0 }, value[k])) ? null : { value };
    case 'amount':
    case 'shares': {
      const entry: NumberBounds = r.type === 'amount' ? { min: 0, integer: true, max: SCENARIO_LIMITS.maxStaffCount } : { min: 0, max: 1 };
      if (r.type === 'amount' && typeof value === 'number') return inBounds(entry, value) ? null : { value };
      if (!isRecord(value) || Object.keys(value).length === 0) return { value };
      const key = Object.keys(value).find((k) => !inBounds(entry, value[k]));
      return key === undefined ? null : { key, value: value[key] };
    }
  }
}

function inBounds(b: NumberBounds, value: unknown): boolean {
  if (typeof value !== 'number' || Number.isNaN(value)) return false;
  if (value === Infinity) return b.infinity === true;
  return (
    Number.isFinite(value) &&
    (!b.integer || Number.isInteger(value)) &&
    (b.above ? value > b.min : value >= b.min) &&
    (b.max === undefined || value <= b.max)
  );
}

function boundWords(b: NumberBounds, origin: OptionOrigin): string {
  const upper = b.max !== undefined ? ` and <= ${b.max}` : '';
  const none = b.infinity ? ('command' in origin ? ', or off (no limit)' : ' (or Infinity: no limit)') : '';
  return `${b.integer ? 'a whole number' : 'a number'} ${b.above ? '>' : '>='} ${b.min}${upper}${none}`;
}

function expectedWords(r: OptionValueRule, origin: OptionOrigin): string {
  switch (r.type) {
    case 'number':
      return boundWords(r, origin);
    case 'boolean':
      return 'true or false';
    case 'text':
      return 'a non-empty text';
    case 'choice':
      return `${r.values.join(' | ')}${r.number ? `, or ${boundWords(r.number, origin)}` : ''}`;
    case 'list':
      return 'a list';
    case 'weights':
      return 'an object { minRatio, shortage, staffKm } of numbers >= 0';
    case 'amount':
      return `a whole number >= 0 and <= ${SCENARIO_LIMITS.maxStaffCount} in all, or a record { field: whole number >= 0 }`;
    case 'shares':
      return 'a record { "field/activity" | activity | field: share between 0 and 1 }';
  }
}

function optionError(origin: OptionOrigin, name: string, key: string | undefined, value: unknown, expected: string): CanbangInputError {
  const sub = key !== undefined ? `.${key}` : '';
  if ('command' in origin) {
    const flag = Object.values(PLAN_OPTION_RULES).find((rules) => Object.hasOwn(rules, name))?.[name]?.flag ?? name;
    // The command line holds text: the value is shown as typed (quoted), as every flag error shows it.
    const text = typeof value === 'number' ? String(value) : value;
    return new CanbangInputError({ source: `${origin.command} ${flag}`, value: key !== undefined ? `${key}=${String(value)}` : text, expected });
  }
  if ('file' in origin) return new CanbangInputError({ source: origin.file, column: `${origin.path}.${name}${sub}`, value, expected });
  return new CanbangInputError({ source: origin.argument, column: `options.${name}${sub}`, value, expected });
}
