// `pnpm run docs` (TypeDoc, typedoc.json) builds the offline HTML API reference of every package and must
// report no warning: notDocumented validation flags any public export without TSDoc, and warnings are errors.
// The second case runs the same validation on a fixture with an undocumented export, so the check can fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPEDOC = join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc');
const out = mkdtempSync(join(tmpdir(), 'canbang-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('API reference', () => {
  it('builds with no warning, offline HTML', () => {
    const result = spawnSync(process.execPath, [TYPEDOC, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).not.toMatch(/warning|error/i);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'modules', '_canbang_core.html'))).toBe(true);
  }, 180_000);

  it('the same validation flags an undocumented export', () => {
    const fixture = join(ROOT, 'test', 'package', 'typedoc-fixture', 'index.ts');
    const result = spawnSync(process.execPath, [
      TYPEDOC, '--entryPointStrategy', 'resolve', '--tsconfig', join(ROOT, 'tsconfig.json'), '--validation.notDocumented',
      '--treatWarningsAsErrors', '--emit', 'none', '--readme', 'none', fixture,
    ], { cwd: ROOT, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toMatch(/undocumentedExport.*does not have any documentation/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/documented, defined/);
    expect(result.status).not.toBe(0);
  }, 180_000);
});
