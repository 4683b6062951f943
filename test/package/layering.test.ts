// Layering of the workspace (.dependency-cruiser.cjs, run by `pnpm run layers`): core imports no other
// package, no import cycles, no deep or relative imports across packages, no product code importing tests.
// The second case cruises a miniature workspace that breaks each rule once, so the check can fail.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./layering-fixture/', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));
const DEPCRUISE = fileURLToPath(new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function run(cwd: string, targets: readonly string[], outputType: 'json' | 'err') {
  return spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', outputType, ...targets], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

function cruise(cwd: string, targets: readonly string[]): { violations: Violation[]; modules: number } {
  const report = JSON.parse(run(cwd, targets, 'json').stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: report.summary.violations, modules: report.summary.totalCruised };
}

describe('layering rules', () => {
  it('the workspace keeps every rule', () => {
    // The same targets `pnpm run layers` cruises.
    const script = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts.layers!;
    const targets = script.split(/\s+/).slice(1).filter((word, i, words) => !word.startsWith('--') && words[i - 1] !== '--config');
    expect(targets).toContain('packages');
    const { violations, modules } = cruise(ROOT, targets);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
    expect(modules).toBeGreaterThan(200); // the packages, notebooks, tests and benches were all read
  }, 120_000);

  it('each rule fails on a workspace that breaks it', () => {
    const { violations } = cruise(FIXTURE, ['packages']);
    const broken = violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    // One line per import in the fixture that breaks a rule (see the comments in its files).
    expect(broken).toEqual([
      'core-imports-no-other-package: packages/core/src/index.js -> packages/io/src/index.js',
      'no-circular: packages/core/src/first.js -> packages/core/src/second.js',
      'no-deep-import-across-packages: packages/io/src/index.js -> packages/core/src/first.js',
      'no-relative-import-across-packages: packages/core/src/index.js -> packages/io/src/index.js',
      'no-relative-import-across-packages: packages/io/src/index.js -> packages/core/src/first.js',
      'no-unresolvable-import: packages/io/src/index.js -> ./no-such-file.js',
      'src-imports-no-test-code: packages/io/src/index.js -> packages/io/test/sample-rows.js',
    ]);
    // `pnpm run layers` (the default `err` output) exits non-zero on a broken rule.
    const failed = run(FIXTURE, ['packages'], 'err');
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toMatch(/7 dependency violations \(7 errors/);
  }, 120_000);
});
