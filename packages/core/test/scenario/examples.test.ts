import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '@canbang/core';

const dir = new URL('../../../../data/scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f)).sort();

describe('example scenario files in data/scenarios', () => {
  it('are there, one per question of issue 4', () => {
    expect(files).toEqual([
      'civil-status-simplification.json',
      'hire-accountants-by-shortage.yaml',
      'hire-accountants.yaml',
      'land-decentralisation.yaml',
      'leavers-not-replaced.yaml',
    ]);
  });

  it.each(files)('%s is a valid, described scenario', (file) => {
    const scenario = parseScenario(readFileSync(new URL(file, dir), 'utf8'), { source: file });
    expect(scenario.description?.length).toBeGreaterThan(40);
    expect(scenario.levers.length).toBeGreaterThan(0);
  });

  it('the leavers scenario uses the published 37,590 figure', () => {
    const s = parseScenario(readFileSync(new URL('leavers-not-replaced.yaml', dir), 'utf8'), { source: 'leavers-not-replaced.yaml' });
    expect(s.levers[0]).toEqual({ type: 'removeStaff', count: 37590, by: 'share' }); // docs/DESIGN.md, published figures: 37,590 leavers (1 Oct 2025)
  });

  it('the accountants scenario places its 500 finance hires with the optimiser, the variant by shortage', () => {
    const read = (f: string) => parseScenario(readFileSync(new URL(f, dir), 'utf8'), { source: f });
    expect(read('hire-accountants.yaml').levers).toEqual([{ type: 'addStaff', count: 500, optimised: true, where: { fields: ['finance'] } }]);
    expect(read('hire-accountants-by-shortage.yaml').levers).toEqual([{ type: 'addStaff', count: 500, by: 'shortage', where: { fields: ['finance'] } }]);
  });
});
