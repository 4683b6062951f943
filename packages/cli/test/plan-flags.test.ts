import { describe, expect, it } from 'vitest';
import { PLAN_KINDS, PLAN_OPTION_RULES } from '@canbang/core';
import { buildProgram } from '../src/main.ts';
import { planFlagOptions } from '../src/plan-flags.ts';

describe('canbang plan flags follow the one table of plan option rules', () => {
  it('every flag of the table is an option of `canbang plan`', () => {
    const plan = buildProgram().commands.find((c) => c.name() === 'plan')!;
    const declared = new Set(plan.options.map((o) => o.long));
    const flags = PLAN_KINDS.flatMap((k) => Object.values(PLAN_OPTION_RULES[k]).flatMap((r) => (r.flag ? [r.flag] : [])));
    for (const flag of flags) expect(declared.has(flag), flag).toBe(true);
  });

  it('reads each flag as its option: numbers parsed, off = no limit, --relax / --take-last-officer set false', () => {
    expect(planFlagOptions('transfer', { maxDistance: 'off', roadFactor: '1.5', relax: true, takeLastOfficer: true, floor: '20', cap: 'off' })).toEqual({
      maxDistanceKm: Infinity,
      roadFactor: 1.5,
      keepWithinRequirement: false,
      keepLastOfficer: false,
      floor: 20,
      cap: 'off',
    });
    expect(planFlagOptions('route', { share: 'one_stop=0.7,land=0.2', solver: 'lpsolve' })).toEqual({ transferableShare: { one_stop: 0.7, land: 0.2 }, solver: 'lpsolve' });
  });

  it('a cap for hires and a floor for cuts, as the table says those kinds read them', () => {
    expect(planFlagOptions('hire', { recruits: '5', cap: 'off' })).toEqual({ recruits: 5, cap: 'off' });
    expect(planFlagOptions('reduce', { cuts: 'land=2', floor: 'off' })).toEqual({ cuts: { land: 2 }, floor: 'off' });
  });

  it.each([
    ['hire', { recruits: '5', maxDistance: '20' }, 'canbang plan --max-distance: got "20"; expected no --max-distance with --kind hire (it applies to --kind transfer | transfer-hire)'],
    ['reduce', { cuts: '5', cap: 'off' }, 'canbang plan --cap: got "off"; expected no --cap with --kind reduce (it applies to --kind transfer | transfer-hire | hire)'],
    ['transfer', { roadFactor: '0.5' }, 'canbang plan --road-factor: got "0.5"; expected a number >= 1'],
    ['transfer', { roadFactor: 'abc' }, 'canbang plan --road-factor: got "abc"; expected a number >= 1'],
    ['transfer', { maxMoves: '2.5' }, 'canbang plan --max-moves: got "2.5"; expected a whole number >= 0 and <= 1000000'],
    ['hire', { recruits: 'land=x' }, 'canbang plan --recruits: got "land=x"'],
    ['route', { share: 'one_stop=1.5' }, 'canbang plan --share: got "one_stop=1.5"; expected a record'],
    ['transfer', { takeLastOfficer: true }, 'canbang plan --take-last-officer: got true; expected it together with --relax'],
  ] as const)('%s %j is refused naming the flag', (kind, flags, message) => {
    expect(() => planFlagOptions(kind, flags)).toThrow(message);
  });
});
