import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '@canbang/cli';

// Runs the CLI in-process and returns its exit code and what it wrote to stderr.
async function run(argv: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  return { code, stderr };
}

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
