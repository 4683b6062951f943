import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain as run } from './support/run-main.ts';

describe('--format: each command lists the formats it offers', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('scenario has no table: a bad format lists csv | json | xlsx only', async () => {
    for (const format of ['xml', 'table']) {
      const { code, stderr } = await run(['scenario', 'data/scenarios/land-decentralisation.yaml', '--format', format]);
      expect(code).toBe(2);
      expect(stderr).toContain(`canbang scenario --format: got "${format}"; expected csv | json | xlsx`);
    }
  });

  it('analyze still offers the table', async () => {
    const { code, stderr } = await run(['analyze', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('canbang analyze --format: got "xml"; expected table | csv | json | xlsx');
  });
});
