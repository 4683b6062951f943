import { CanbangInputError } from '../model/errors.ts';
import { UNIT_KINDS } from '../model/types.ts';
import type { Lever, LeverType, Scenario } from './types.ts';
import { SCENARIO_LIMITS } from './scenario-limits.ts';
import { ALLOWANCE_PERIODS } from '../workload/allowance-time.ts';
import { checkPlanOptions, PLAN_OPTION_RULES, type PlanKind } from '../optimize/plan-options.ts';

type Obj = Record<string, unknown>;

// Allowed keys per lever type: anything else is a typo and an error.
const SELECTOR_KEYS = ['fields', 'activities', 'provinces', 'kinds', 'units'] as const;
const LEVER_KEYS: Record<LeverType, readonly string[]> = {
  scaleVolumes: ['factor', 'where'],
  decentralise: ['share', 'distributeBy', 'where'],
  changeStandards: ['factor', 'where'],
  removeStaff: ['count', 'rate', 'by', 'where'],
  addStaff: ['count', 'allocation', 'by', 'optimised', 'where', 'quota'],
  setNorms: ['baseline', 'threshold', 'perExtraMountain', 'perExtraOther', 'caps'],
  setBands: ['overloadedBelow', 'underloadedAbove'],
  setAllowance: ['field', 'activity', 'share', 'hours', 'per', 'staffDoing'],
};
const WHERE_KEYS: Record<LeverType, readonly string[]> = {
  scaleVolumes: SELECTOR_KEYS,
  decentralise: SELECTOR_KEYS,
  changeStandards: ['fields', 'activities'],
  removeStaff: ['fields', 'provinces', 'kinds', 'units'],
  addStaff: ['fields', 'provinces', 'kinds', 'units'],
  setNorms: [],
  setBands: [],
  setAllowance: [],
};
const LEVER_TYPES = Object.keys(LEVER_KEYS) as LeverType[];
// The plan kinds a scenario file may ask for; their options follow the one table of plan option rules.
const SCENARIO_PLAN_KINDS = ['transfer', 'hire', 'route'] as const;

/**
 * Checks a parsed scenario object (from JSON or YAML) and returns it typed, or throws a
 * {@link CanbangInputError} naming the file (`source`) and the JSON path of the bad field as `column`,
 * e.g. `scenario.json, column "levers[2].factor": got "abc"; expected a finite number > 0`.
 * Unknown keys and lever types are errors, so typos never pass silently. Names of fields, units and
 * provinces are checked later against the dataset by `applyLevers`.
 *
 * @example
 * validateScenario({ name: 'faster civil status', levers: [{ type: 'changeStandards', factor: 0.8, where: { fields: ['civil_status'] } }] }, 'civil.json');
 */
export function validateScenario(value: unknown, source = 'validateScenario'): Scenario {
  const c = scenarioChecks(source);
  const { fail, obj, keys, num, text } = c;
  const top = obj(value, '');
  keys(top, ['name', 'description', 'seed', 'levers', 'plan'], '');
  text(top.name, 'name');
  if (top.description !== undefined && typeof top.description !== 'string') fail('description', top.description, 'a text');
  if (top.seed !== undefined) num(top.seed, 'seed', { min: 0, integer: true });
  if (top.plan !== undefined) validatePlanSpec(obj(top.plan, 'plan'), source, fail);
  if (!Array.isArray(top.levers)) fail('levers', top.levers, 'a list of levers (may be empty)');
  if ((top.levers as unknown[]).length > SCENARIO_LIMITS.maxLevers) fail('levers', `${(top.levers as unknown[]).length} levers`, `at most ${SCENARIO_LIMITS.maxLevers} levers`);

  (top.levers as unknown[]).forEach((raw, i) => validateLever(raw, `levers[${i}]`, c));

  return top as unknown as Scenario & { levers: Lever[] };
}

/** The checks a scenario file's values go through, each failing with the file and the JSON path. */
function scenarioChecks(source: string) {
  const fail = (path: string, bad: unknown, expected: string): never => {
    throw new CanbangInputError({ source, column: path, value: bad, expected });
  };
  const obj = (v: unknown, path: string): Obj => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path || '(top level)', v, 'an object');
    return v as Obj;
  };
  const keys = (o: Obj, allowed: readonly string[], path: string) => {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) fail(`${path}${path ? '.' : ''}${k}`, o[k], `no such key here (allowed: ${allowed.join(', ') || 'none'})`);
    }
  };
  const num = (v: unknown, path: string, rule: { min?: number; max?: number; minExclusive?: boolean; integer?: boolean }) => {
    const parts = [rule.integer ? 'a whole number' : 'a finite number'];
    if (rule.min !== undefined) parts.push(`${rule.minExclusive ? '>' : '>='} ${rule.min}`);
    if (rule.max !== undefined) parts.push(`<= ${rule.max}`);
    const words = parts.join(' ');
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, v, words);
    const n = v as number;
    if (rule.integer && !Number.isInteger(n)) fail(path, v, words);
    if (rule.min !== undefined && (rule.minExclusive ? n <= rule.min : n < rule.min)) fail(path, v, words);
    if (rule.max !== undefined && n > rule.max) fail(path, v, words);
    return n;
  };
  const text = (v: unknown, path: string) => {
    if (typeof v !== 'string' || v.trim() === '') fail(path, v, 'a non-empty text');
    return v as string;
  };
  const oneOf = (v: unknown, path: string, allowed: readonly string[]) => {
    if (!allowed.includes(v as string)) fail(path, v, `one of ${allowed.join(' | ')}`);
    return v as string;
  };
  const textList = (v: unknown, path: string, allowed?: readonly string[]) => {
    if (!Array.isArray(v) || v.length === 0) fail(path, v, 'a non-empty list of texts');
    (v as unknown[]).forEach((item, i) => (allowed ? oneOf(item, `${path}[${i}]`, allowed) : text(item, `${path}[${i}]`)));
  };
  const exactlyOne = (o: Obj, a: string, b: string, path: string) => {
    const hasA = o[a] !== undefined;
    const hasB = o[b] !== undefined;
    if (hasA === hasB) fail(`${path}.${hasA ? b : a}`, hasA ? o[b] : undefined, `exactly one of "${a}" or "${b}"`);
  };
  return { fail, obj, keys, num, text, oneOf, textList, exactlyOne };
}

type Checks = ReturnType<typeof scenarioChecks>;


/** One lever: its type, its keys, its `where` selector and its values. */
function validateLever(raw: unknown, path: string, c: Checks): void {
  const { fail, obj, keys, num, text, oneOf, textList, exactlyOne } = c;
  const lever = obj(raw, path);
  const type = oneOf(lever.type, `${path}.type`, LEVER_TYPES) as LeverType;
  keys(lever, ['type', ...LEVER_KEYS[type]], path);
  if (lever.where !== undefined) {
    const where = obj(lever.where, `${path}.where`);
    keys(where, WHERE_KEYS[type], `${path}.where`);
    for (const k of Object.keys(where)) textList(where[k], `${path}.where.${k}`, k === 'kinds' ? UNIT_KINDS : undefined);
  }
  switch (type) {
    case 'scaleVolumes':
    case 'changeStandards':
      num(lever.factor, `${path}.factor`, { min: 0, minExclusive: true, max: SCENARIO_LIMITS.maxFactor });
      break;
    case 'decentralise':
      num(lever.share, `${path}.share`, { min: 0, max: SCENARIO_LIMITS.maxFactor });
      if (lever.distributeBy !== undefined) oneOf(lever.distributeBy, `${path}.distributeBy`, ['population', 'volume']);
      break;
    case 'removeStaff':
      exactlyOne(lever, 'count', 'rate', path);
      if (lever.count !== undefined) num(lever.count, `${path}.count`, { min: 0, integer: true, max: SCENARIO_LIMITS.maxStaffCount });
      if (lever.rate !== undefined) num(lever.rate, `${path}.rate`, { min: 0, max: 1 });
      if (lever.by !== undefined) oneOf(lever.by, `${path}.by`, ['share', 'random']);
      break;
    case 'addStaff':
      validateAddStaff(lever, path, c);
      break;
    case 'setNorms':
      for (const k of ['baseline', 'threshold'] as const) if (lever[k] !== undefined) num(lever[k], `${path}.${k}`, { min: 0 });
      for (const k of ['perExtraMountain', 'perExtraOther'] as const) {
        if (lever[k] !== undefined) num(lever[k], `${path}.${k}`, { min: 0, minExclusive: true });
      }
      if (lever.caps !== undefined) {
        const caps = obj(lever.caps, `${path}.caps`);
        keys(caps, UNIT_KINDS, `${path}.caps`);
        for (const k of Object.keys(caps)) num(caps[k], `${path}.caps.${k}`, { min: 0 });
      }
      break;
    case 'setAllowance':
      text(lever.field, `${path}.field`);
      text(lever.activity, `${path}.activity`);
      exactlyOne(lever, 'share', 'hours', path);
      if (lever.share !== undefined) {
        num(lever.share, `${path}.share`, { min: 0, max: 100 });
        if (lever.share === 100) fail(`${path}.share`, lever.share, 'a percent below 100');
        if (lever.per !== undefined) fail(`${path}.per`, lever.per, 'no "per" with a share (per goes with hours)');
      }
      if (lever.hours !== undefined) num(lever.hours, `${path}.hours`, { min: 0 });
      if (lever.per !== undefined) oneOf(lever.per, `${path}.per`, ALLOWANCE_PERIODS);
      if (lever.staffDoing !== undefined) num(lever.staffDoing, `${path}.staffDoing`, { min: 0 });
      break;
    case 'setBands': {
      const below = lever.overloadedBelow === undefined ? undefined : num(lever.overloadedBelow, `${path}.overloadedBelow`, { min: 0, minExclusive: true, max: 1 });
      const above = lever.underloadedAbove === undefined ? undefined : num(lever.underloadedAbove, `${path}.underloadedAbove`, { min: 1 });
      if (below === undefined && above === undefined) fail(`${path}.overloadedBelow`, undefined, 'overloadedBelow and/or underloadedAbove');
      break;
    }
  }
}

// addStaff: a count placed by a rule or optimised, or a fixed allocation list; not both.
function validateAddStaff(lever: Obj, path: string, c: Checks): void {
  const { fail, obj, keys, num, text, oneOf, exactlyOne } = c;
  exactlyOne(lever, 'count', 'allocation', path);
  if (lever.count !== undefined) num(lever.count, `${path}.count`, { min: 0, integer: true, max: SCENARIO_LIMITS.maxStaffCount });
  if (lever.by !== undefined) oneOf(lever.by, `${path}.by`, ['shortage', 'share']);
  if (lever.quota !== undefined) oneOf(lever.quota, `${path}.quota`, ['quota', 'off']);
  if (lever.optimised !== undefined) {
    if (typeof lever.optimised !== 'boolean') fail(`${path}.optimised`, lever.optimised, 'true or false');
    if (lever.optimised && lever.allocation !== undefined) fail(`${path}.optimised`, true, 'no "optimised" with a fixed allocation (use "count")');
    if (lever.optimised && lever.by !== undefined) fail(`${path}.by`, lever.by, 'no "by" with optimised: true (planHires places the hires)');
  }
  if (lever.allocation !== undefined) {
    if (lever.by !== undefined) fail(`${path}.by`, lever.by, 'no "by" with a fixed allocation');
    if (lever.where !== undefined) fail(`${path}.where`, lever.where, 'no "where" with a fixed allocation');
    if (!Array.isArray(lever.allocation)) fail(`${path}.allocation`, lever.allocation, 'a list of { unit_code, field, staff }');
    (lever.allocation as unknown[]).forEach((a, j) => {
      const p = `${path}.allocation[${j}]`;
      const row = obj(a, p);
      keys(row, ['unit_code', 'field', 'staff'], p);
      text(row.unit_code, `${p}.unit_code`);
      text(row.field, `${p}.field`);
      num(row.staff, `${p}.staff`, { min: 0, integer: true, max: SCENARIO_LIMITS.maxAllocationStaff });
    });
  }
}

/**
 * A scenario's `plan` block: its kind, then every option by the plan option rules ({@link checkPlanOptions}, the
 * same table the CLI and the library check), errors naming the file and `plan.<option>`; `fields` (transfer and
 * hire plans) is the scenario's own key.
 */
function validatePlanSpec(plan: Obj, source: string, fail: (path: string, bad: unknown, expected: string) => never): void {
  if (!SCENARIO_PLAN_KINDS.includes(plan.kind as (typeof SCENARIO_PLAN_KINDS)[number])) fail('plan.kind', plan.kind, `one of ${SCENARIO_PLAN_KINDS.join(' | ')}`);
  const { kind, fields, ...options } = plan;
  if (fields !== undefined) {
    if (kind === 'route') fail('plan.fields', fields, `no such key here (allowed: kind, ${Object.keys(PLAN_OPTION_RULES.route).join(', ')})`);
    if (!Array.isArray(fields) || fields.length === 0) fail('plan.fields', fields, 'a non-empty list of texts');
    (fields as unknown[]).forEach((f, i) => {
      if (typeof f !== 'string' || f.trim() === '') fail(`plan.fields[${i}]`, f, 'a non-empty text');
    });
  }
  if (kind === 'hire' && options.recruits === undefined) fail('plan.recruits', undefined, 'a whole number >= 0 in all (shared by the planned fields), or a record { field: whole number >= 0 }');
  if (kind === 'route' && options.transferableShare === undefined) fail('plan.transferableShare', undefined, 'a record { "field/activity" | activity | field: share between 0 and 1 }');
  checkPlanOptions(kind as PlanKind, options, { file: source, path: 'plan', keys: kind === 'route' ? ['kind'] : ['kind', 'fields'] });
  if (kind === 'hire' && typeof options.recruits === 'object' && fields !== undefined) {
    fail('plan.fields', fields, 'no "fields" with per-field recruits (the keys of "recruits" are the fields)');
  }
}
