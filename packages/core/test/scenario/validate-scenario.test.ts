import { describe, expect, it } from 'vitest';
import { CanbangInputError, parseScenario, validateScenario } from '@canbang/core';
import { inputErrorOf } from '../support/input-error-of.ts';

const good = { name: 'ok', levers: [{ type: 'scaleVolumes', factor: 1.1 }, { type: 'setBands', overloadedBelow: 0.8 }] };

function errorOf(value: unknown): CanbangInputError {
  return inputErrorOf(() => validateScenario(value, 'scenario.json'));
}

describe('validateScenario', () => {
  it('accepts a valid scenario and returns it', () => {
    expect(validateScenario(good, 'ok.json')).toEqual(good);
  });

  it('names the file, the JSON path, the bad value and the expectation', () => {
    const e = errorOf({ name: 'x', levers: [{ type: 'setBands', overloadedBelow: 0.8 }, { type: 'scaleVolumes', factor: 2 }, { type: 'scaleVolumes', factor: 'abc' }] });
    expect(e.source).toBe('scenario.json');
    expect(e.column).toBe('levers[2].factor');
    expect(e.value).toBe('abc');
    expect(e.message).toBe('scenario.json, column "levers[2].factor": got "abc"; expected a finite number > 0 <= 1000');
  });

  it('explains what a hire or route plan expects', () => {
    expect(errorOf({ name: 'x', levers: [], plan: { kind: 'hire', recruits: 'many' } }).message).toBe(
      'scenario.json, column "plan.recruits": got "many"; expected a whole number >= 0 and <= 1000000 in all, or a record { field: whole number >= 0 }',
    );
    expect(errorOf({ name: 'x', levers: [], plan: { kind: 'route', transferableShare: { one_stop: 0.7 }, maxMoves: 3 } }).message).toBe(
      'scenario.json, column "plan.maxMoves": got 3; expected no such key here (allowed: kind, transferableShare, province, solver, timeLimitMs)',
    );
    expect(errorOf({ name: 'x', levers: [{ type: 'addStaff', count: 5, optimised: true, by: 'shortage' }] }).message).toBe(
      'scenario.json, column "levers[0].by": got "shortage"; expected no "by" with optimised: true (planHires places the hires)',
    );
  });

  it('accepts hire and route plans and optimised hires', () => {
    for (const plan of [
      { kind: 'hire', recruits: 500, fields: ['finance'], province: '01' },
      { kind: 'hire', recruits: { land: 200, it_digital: 100 } },
      { kind: 'route', transferableShare: { one_stop: 0.7, 'civil_status/birth': 0.3 }, solver: 'lpsolve', timeLimitMs: 1000 },
    ]) {
      const s = { name: 'x', levers: [{ type: 'addStaff', count: 5, optimised: true, where: { fields: ['finance'] } }], plan };
      expect(validateScenario(s)).toEqual(s);
    }
  });

  it.each([
    [{ levers: [] }, 'name'],
    [{ name: 'x' }, 'levers'],
    [{ name: 'x', levers: [], sed: 1 }, 'sed'],
    [{ name: 'x', levers: [{ type: 'scaleVolume', factor: 2 }] }, 'levers[0].type'],
    [{ name: 'x', levers: [{ type: 'scaleVolumes', facter: 2 }] }, 'levers[0].facter'],
    [{ name: 'x', levers: [{ type: 'scaleVolumes', factor: -1 }] }, 'levers[0].factor'],
    [{ name: 'x', levers: [{ type: 'scaleVolumes', factor: 2, where: { field: ['land'] } }] }, 'levers[0].where.field'],
    [{ name: 'x', levers: [{ type: 'scaleVolumes', factor: 2, where: { kinds: ['town'] } }] }, 'levers[0].where.kinds[0]'],
    [{ name: 'x', levers: [{ type: 'changeStandards', factor: 0.8, where: { provinces: ['01'] } }] }, 'levers[0].where.provinces'],
    [{ name: 'x', levers: [{ type: 'decentralise', share: 0.3, distributeBy: 'area' }] }, 'levers[0].distributeBy'],
    [{ name: 'x', levers: [{ type: 'removeStaff', count: 3, rate: 0.1 }] }, 'levers[0].rate'],
    [{ name: 'x', levers: [{ type: 'removeStaff', count: 2.5 }] }, 'levers[0].count'],
    [{ name: 'x', levers: [{ type: 'removeStaff', rate: 1.5 }] }, 'levers[0].rate'],
    [{ name: 'x', levers: [{ type: 'addStaff' }] }, 'levers[0].count'],
    [{ name: 'x', levers: [{ type: 'addStaff', allocation: [{ unit_code: 'A', field: 'land', staff: -1 }] }] }, 'levers[0].allocation[0].staff'],
    [{ name: 'x', levers: [{ type: 'setNorms', caps: { village: 3 } }] }, 'levers[0].caps.village'],
    [{ name: 'x', levers: [{ type: 'setBands', overloadedBelow: 1.2 }] }, 'levers[0].overloadedBelow'],
    [{ name: 'x', levers: [], plan: { kind: 'reduce' } }, 'plan.kind'],
    [{ name: 'x', levers: [], plan: { kind: 'hire' } }, 'plan.recruits'],
    [{ name: 'x', levers: [], plan: { kind: 'hire', recruits: 2.5 } }, 'plan.recruits'],
    [{ name: 'x', levers: [], plan: { kind: 'hire', recruits: {} } }, 'plan.recruits'],
    [{ name: 'x', levers: [], plan: { kind: 'hire', recruits: { land: -1 } } }, 'plan.recruits.land'],
    [{ name: 'x', levers: [], plan: { kind: 'hire', recruits: { land: 1 }, fields: ['land'] } }, 'plan.fields'],
    [{ name: 'x', levers: [], plan: { kind: 'hire', recruits: 5, maxDistanceKm: 30 } }, 'plan.maxDistanceKm'],
    [{ name: 'x', levers: [], plan: { kind: 'route' } }, 'plan.transferableShare'],
    [{ name: 'x', levers: [], plan: { kind: 'route', transferableShare: { land: 1.5 } } }, 'plan.transferableShare.land'],
    [{ name: 'x', levers: [], plan: { kind: 'route', transferableShare: { land: 0.5 }, solver: 'flow' } }, 'plan.solver'],
    [{ name: 'x', levers: [], plan: { kind: 'route', transferableShare: { land: 0.5 }, fields: ['land'] } }, 'plan.fields'],
    [{ name: 'x', levers: [{ type: 'addStaff', count: 5, optimised: 'yes' }] }, 'levers[0].optimised'],
    [{ name: 'x', levers: [{ type: 'addStaff', count: 5, optimised: true, by: 'share' }] }, 'levers[0].by'],
    [{ name: 'x', levers: [{ type: 'addStaff', allocation: [], optimised: true }] }, 'levers[0].optimised'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', maxDistanceKm: -1 } }, 'plan.maxDistanceKm'],
    // The plan option rules (PLAN_OPTION_RULES): road km are never shorter than great-circle km, so >= 1.
    [{ name: 'x', levers: [], plan: { kind: 'transfer', roadFactor: 0.5 } }, 'plan.roadFactor'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', timeLimitMs: 0.5 } }, 'plan.timeLimitMs'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', mode: 'fast' } }, 'plan.mode'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', keepLastOfficer: false } }, 'plan.keepLastOfficer'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', weights: { minRatio: 1, shortage: 1, staffKm: 1 } } }, 'plan.weights'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', maxMoves: 1.5 } }, 'plan.maxMoves'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', maxDistance: 30 } }, 'plan.maxDistance'],
    [{ name: 'x', levers: [], plan: { kind: 'transfer', crossProvince: 'yes' } }, 'plan.crossProvince'],
  ])('rejects %j at %s', (value, column) => {
    expect(errorOf(value).column).toBe(column);
  });
});

describe('parseScenario', () => {
  it('reads YAML by extension and JSON otherwise', () => {
    const yaml = 'name: faster\nlevers:\n  - type: changeStandards\n    factor: 0.8\n    where: { fields: [civil_status] }\n';
    const json = JSON.stringify({ name: 'faster', levers: [{ type: 'changeStandards', factor: 0.8, where: { fields: ['civil_status'] } }] });
    expect(parseScenario(yaml, { source: 'a.yaml' })).toEqual(parseScenario(json, { source: 'a.json' }));
  });

  it('reports syntax errors with the file name', () => {
    expect(() => parseScenario('{"name": ', { source: 'broken.json' })).toThrow(/^broken\.json: got "invalid JSON .*expected valid JSON/);
    expect(() => parseScenario('name: [unclosed', { source: 'broken.yml' })).toThrow(/^broken\.yml; expected valid YAML/);
  });

  it('refuses a key given twice in one object, in JSON (which would keep the last) and in YAML', () => {
    const json = '{"name": "x", "levers": [{"type": "scaleVolumes", "factor": 2, "factor": 0.5}]}';
    expect(() => parseScenario(json, { source: 'dup.json' })).toThrow('dup.json, item 1, column "factor": got "key \\"factor\\" twice in $.levers[0] (line 1)"; expected each key once per object');
    expect(() => parseScenario('name: x\nname: y\nlevers: []\n', { source: 'dup.yaml' })).toThrow(/^dup\.yaml; expected valid YAML \(Map keys must be unique/);
  });

  it('validates after parsing, naming YAML paths the same way', () => {
    expect(() => parseScenario('name: x\nlevers:\n  - type: scaleVolumes\n    factor: abc\n', { source: 'v.yaml' })).toThrow(
      'v.yaml, column "levers[0].factor": got "abc"; expected a finite number > 0 <= 1000',
    );
  });
});
