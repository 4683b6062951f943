import { describe, expect, it } from 'vitest';
import { applyLevers, CanbangInputError, parseScenario, SCENARIO_LIMITS, uncertainty, validateScenario } from '@canbang/core';
import { inputErrorOf } from '../support/input-error-of.ts';
import { fixture } from './fixture.ts';

describe('scenario levers: a selection that matches nothing is refused, not ignored', () => {
  // The fixture's unit D has no land volume row (see fixture.ts), so fields [land] x units [D] names real
  // things that select no volume row.
  it('scaleVolumes whose where matches no volume row', () => {
    const error = inputErrorOf(() => applyLevers(fixture(), [{ type: 'scaleVolumes', factor: 2, where: { units: ['D'], fields: ['land'] } }]));
    expect(error.column).toBe('levers[0].where');
    expect(error.expected).toContain('a selection matching at least one volume row');
  });

  it('changeStandards, decentralise and removeStaff by rate likewise', () => {
    // A field without service activities is not in the fixture; "where" with a province and a unit of another
    // province selects no unit.
    const none = { provinces: ['P1'], units: ['C'] };
    expect(inputErrorOf(() => applyLevers(fixture(), [{ type: 'decentralise', share: 0.3, where: none }])).column).toBe('levers[0].where');
    expect(inputErrorOf(() => applyLevers(fixture(), [{ type: 'removeStaff', rate: 0.1, where: none }])).column).toBe('levers[0].where');
    expect(inputErrorOf(() => applyLevers(fixture(), [{ type: 'scaleVolumes', factor: 2 }, { type: 'scaleVolumes', factor: 2, where: none }])).column).toBe('levers[1].where');
  });
});

describe('scenario bounds: counts and sizes have documented upper limits', () => {
  it('an addStaff count of 2^53 - 1 is refused at once, naming the file and path', () => {
    const text = JSON.stringify({ name: 'x', levers: [{ type: 'addStaff', count: Number.MAX_SAFE_INTEGER, by: 'shortage' }] });
    const started = performance.now();
    const error = inputErrorOf(() => parseScenario(text, { source: 'huge.json' }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toBe(`huge.json, column "levers[0].count": got ${Number.MAX_SAFE_INTEGER}; expected a whole number >= 0 <= 1000000`);
  });

  it('every bound is the documented constant', () => {
    const lever = (extra: object) => ({ name: 'x', levers: [extra] });
    expect(() => validateScenario(lever({ type: 'removeStaff', count: SCENARIO_LIMITS.maxStaffCount }))).not.toThrow();
    expect(() => validateScenario(lever({ type: 'removeStaff', count: SCENARIO_LIMITS.maxStaffCount + 1 }))).toThrow(CanbangInputError);
    expect(() => validateScenario(lever({ type: 'scaleVolumes', factor: SCENARIO_LIMITS.maxFactor + 1 }))).toThrow(/levers\[0\]\.factor/);
    expect(() => validateScenario(lever({ type: 'addStaff', allocation: [{ unit_code: 'A', field: 'land', staff: 10_001 }] }))).toThrow(/allocation\[0\]\.staff/);
    expect(() => validateScenario({ name: 'x', levers: [], plan: { kind: 'hire', recruits: 1e7 } })).toThrow(/plan\.recruits/);
    expect(() => validateScenario({ name: 'x', levers: Array.from({ length: SCENARIO_LIMITS.maxLevers + 1 }, () => ({ type: 'setBands' })) })).toThrow(/at most 1000 levers/);
  });

  it('uncertainty draws above the limit are refused before any memory is taken', () => {
    const error = inputErrorOf(() => uncertainty(fixture(), { name: 'x', levers: [] }, { draws: 1e9 }));
    expect(error.column).toBe('draws');
    expect(error.expected).toBe('a whole number >= 1 and <= 10000');
  });

  it('a JSON scenario nested 20,000 levels deep is refused naming the file, not a stack overflow', () => {
    const deep = `{"name":"x","levers":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const error = inputErrorOf(() => parseScenario(deep, { source: 'deep.json' }));
    expect(error.source).toBe('deep.json');
  });
});

describe('scenario nesting: deeper than SCENARIO_LIMITS.maxNesting is refused naming the file and the limit', () => {
  // A real scenario nests about 5 levels ($.levers[0].where.fields[0]); the limit is 32.
  const deepYaml = (levels: number) => `name: x\nlevers: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;

  it('YAML thousands of levels deep (the parser itself runs out of stack)', () => {
    const error = inputErrorOf(() => parseScenario(deepYaml(5000), { source: 'deep.yaml' }));
    expect(error.message).toContain('deep.yaml');
    expect(error.message).toContain('YAML nested too deeply at line 2');
    expect(error.expected).toBe('at most 32 levels of nesting (SCENARIO_LIMITS.maxNesting; a scenario is a short object)');
  });

  it('YAML and JSON one level past the limit, with the path where it happens; exactly at the limit is not a nesting error', () => {
    // levers is level 1 ($.levers); each further [ adds one: levers + 31 brackets = 32 levels is allowed.
    const over = inputErrorOf(() => parseScenario(deepYaml(32), { source: 'over.yaml' }));
    expect(over.value).toBe(`nested more than 32 levels at $.levers${'[0]'.repeat(31)}`);
    const json = JSON.stringify({ name: 'x', levers: JSON.parse('['.repeat(32) + ']'.repeat(32)) });
    expect(inputErrorOf(() => parseScenario(json, { source: 'over.json' })).value).toBe(`nested more than 32 levels at $.levers${'[0]'.repeat(31)}`);
    // 31 brackets: within the limit, so the file fails later, on the lever's type, not on nesting.
    expect(inputErrorOf(() => parseScenario(deepYaml(31), { source: 'ok.yaml' })).column).toBe('levers[0]');
  });
});
