import { vi } from 'vitest';
import { main } from '@canbang/cli';

/**
 * Runs the CLI in-process and returns its exit code and what it wrote to stderr.
 * The stderr spy stays until the test calls `vi.restoreAllMocks()` (in afterEach).
 */
export async function runMain(argv: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  return { code, stderr };
}
