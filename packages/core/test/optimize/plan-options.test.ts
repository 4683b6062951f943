import { describe, expect, it } from 'vitest';
import {
  buildTransferProblems,
  checkPlanOptions,
  DEFAULT_TRANSFER_OPTIONS,
  PLAN_KINDS,
  PLAN_OPTION_RULES,
  planHires,
  planRouting,
  planTransfers,
  resolveTransferOptions,
  validateScenario,
  type NumberBounds,
  type PlanKind,
} from '@canbang/core';
import { tinyDataset } from '../fixtures/tiny-dataset.ts';
import { inputErrorOf } from '../support/input-error-of.ts';

// A value just outside a number rule's bounds: below (or at an exclusive) minimum, a fraction for a whole number.
function outOfBounds(b: NumberBounds): number {
  if (b.integer) return 0.5 + Math.max(b.min, 0);
  return b.above ? b.min : b.min - 0.5;
}

const numberOptions = PLAN_KINDS.flatMap((kind) =>
  Object.entries(PLAN_OPTION_RULES[kind]).flatMap(([name, rule]) => (rule.value.type === 'number' ? [{ kind, name, flag: rule.flag!, inFile: rule.inFile, bad: outOfBounds(rule.value) }] : [])),
);

describe('plan option rules: one table, three origins', () => {
  it('covers every numeric option of every kind', () => {
    // The transfer kinds read eight numbers (distance, road factor, minutes, three move limits, max load, time limit).
    expect(numberOptions.filter((o) => o.kind === 'transfer').map((o) => o.name).sort()).toEqual(
      ['maxDistanceKm', 'maxLoad', 'maxMinutes', 'maxMoves', 'maxMovesIn', 'maxMovesOut', 'roadFactor', 'timeLimitMs'],
    );
  });

  it.each(numberOptions)('$kind $name: the same bad value is refused from a library call, a file and a flag, each naming its origin', ({ kind, name, flag, inFile, bad }) => {
    const argument = inputErrorOf(() => checkPlanOptions(kind, { [name]: bad }, { argument: 'planX' }));
    expect([argument.source, argument.column, argument.value]).toEqual(['planX', `options.${name}`, bad]);
    const command = inputErrorOf(() => checkPlanOptions(kind, { [name]: bad }, { command: 'canbang plan' }));
    expect([command.source, command.column, command.value]).toEqual([`canbang plan ${flag}`, undefined, String(bad)]);
    // The same expectation in every origin: the bound is defined once.
    expect(command.expected.replace(', or off (no limit)', '')).toBe(argument.expected.replace(' (or Infinity: no limit)', ''));
    if (inFile) {
      const file = inputErrorOf(() => checkPlanOptions(kind, { [name]: bad }, { file: 's.yaml', path: 'plan' }));
      expect([file.source, file.column, file.value, file.expected]).toEqual(['s.yaml', `plan.${name}`, bad, argument.expected]);
    }
  });

  it('a scenario with plan.roadFactor 0.5 fails at validation naming the file and plan.roadFactor (road km >= great-circle km)', () => {
    const e = inputErrorOf(() => validateScenario({ name: 'x', levers: [], plan: { kind: 'transfer', roadFactor: 0.5 } }, 'roads.yaml'));
    expect(e.message).toBe('roads.yaml, column "plan.roadFactor": got 0.5; expected a number >= 1');
  });

  it('the library names the function it was called through', async () => {
    await expect(planTransfers(tinyDataset(), { roadFactor: 0.5 })).rejects.toThrow('planTransfers, column "options.roadFactor": got 0.5; expected a number >= 1');
    expect(() => buildTransferProblems({ units: [], rows: [] }, { maxMoves: -1 })).toThrow('buildTransferProblems, column "options.maxMoves": got -1; expected a whole number >= 0 and <= 1000000');
    expect(() => planHires(tinyDataset(), { recruits: { land: 1.5 } })).toThrow('planHires, column "options.recruits.land": got 1.5');
    await expect(planRouting(tinyDataset(), { transferableShare: { land: 0.5 }, timeLimitMs: 0 })).rejects.toThrow('planRouting, column "options.timeLimitMs": got 0; expected a number >= 1');
  });

  it('a file or a flag may not set an option of another kind; a library call may carry other keys', () => {
    expect(inputErrorOf(() => checkPlanOptions('hire', { maxDistanceKm: 30 }, { file: 's.yaml', path: 'plan', keys: ['kind'] })).expected).toBe(
      'no such key here (allowed: kind, province, recruits, cap)',
    );
    expect(() => checkPlanOptions('hire', { maxDistanceKm: 30, rows: [] }, { argument: 'planHires' })).not.toThrow();
  });

  it('a number or "off" where the rule allows no limit; a choice with a number (floor)', () => {
    expect(() => checkPlanOptions('transfer', { maxDistanceKm: Infinity, maxMinutes: Infinity, floor: 3 }, { argument: 'f' })).not.toThrow();
    expect(() => checkPlanOptions('transfer', { roadFactor: Infinity }, { argument: 'f' })).toThrow('expected a number >= 1');
    expect(() => checkPlanOptions('transfer', { floor: 'base' }, { argument: 'f' })).toThrow('expected baseline | off, or a number >= 0');
  });

  it('taking the last officer with the WISN+POA rule on is a mistake when a person writes it', () => {
    expect(inputErrorOf(() => checkPlanOptions('transfer', { keepLastOfficer: false }, { command: 'canbang plan' })).message).toBe(
      'canbang plan --take-last-officer: got true; expected it together with --relax (under the WISN+POA rule a donor always keeps its requirement)',
    );
    expect(() => checkPlanOptions('transfer', { keepLastOfficer: false, keepWithinRequirement: false }, { command: 'canbang plan' })).not.toThrow();
  });
});

describe('resolveTransferOptions: the defaults merged in one place', () => {
  it('fills every default and lets a given value win; undefined counts as not given', () => {
    const o = resolveTransferOptions({ maxDistanceKm: 20, roadFactor: undefined }, { argument: 'f' });
    expect(o).toEqual({ ...DEFAULT_TRANSFER_OPTIONS, maxDistanceKm: 20, maxMinutes: Infinity, crossProvince: false });
  });

  it('every kind other than transfer-hire has a subset of the options of some base kind', () => {
    const kinds = Object.keys(PLAN_OPTION_RULES) as PlanKind[];
    expect(kinds.sort()).toEqual([...PLAN_KINDS].sort());
    // transfer-hire = transfer + recruits: the chain reads both steps' options.
    expect(Object.keys(PLAN_OPTION_RULES['transfer-hire']).sort()).toEqual([...Object.keys(PLAN_OPTION_RULES.transfer), 'recruits'].sort());
  });
});
