import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The first fenced block of a README: the commands a reader runs first.
function firstCommands(file: string): string[] {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const block = /```bash\n([\s\S]*?)```/.exec(text)![1]!;
  return block.trim().split('\n').map((line) => line.replace(/\s+#.*$/, '').trim());
}

describe('README.vi.md', () => {
  it('starts with the same two commands as README.md (comments translated)', () => {
    const en = firstCommands('README.md');
    expect(en).toHaveLength(2);
    expect(firstCommands('README.vi.md')).toEqual(en);
  });
});
