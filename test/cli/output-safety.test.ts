import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// The real binary on outputs that must not be written: exit 2, one stderr line naming --out, nothing changed.
const SAMPLE = fileURLToPath(new URL('../../data/sample', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../../data/scenarios/civil-status-simplification.json', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'canbang-out-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function dataCopy(name: string): string {
  const dir = join(base, name);
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

function expectRefused(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  // Progress lines (scenario) may come first; the error is one last line, without a stack trace.
  const errors = result.stderr.trim().split('\n').filter((line) => line.startsWith('canbang: error: ') || /^\s+at /.test(line));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^canbang: error: canbang --out /);
  expect(errors[0]).toMatch(pattern);
}

describe('canbang --out never replaces an input, a link, a folder or a device', () => {
  it('--out onto units.csv of the --data folder (also spelled through ..) is refused and the file is unchanged', () => {
    const dir = dataCopy('onto-input');
    const before = readFileSync(join(dir, 'units.csv'), 'utf8');
    expectRefused(runCli(['analyze', '--data', dir, '--format', 'csv', '--out', join(dir, '..', 'onto-input', 'units.csv')]), /an input of this run/);
    expect(readFileSync(join(dir, 'units.csv'), 'utf8')).toBe(before);
  });

  it('--out onto the dataset JSON and onto the scenario file are refused', () => {
    const dir = dataCopy('json-input');
    const json = join(base, 'dataset.json');
    copyFileSync(fileURLToPath(new URL('../fixtures/malformed/json-valid/dataset.json', import.meta.url)), json);
    const before = readFileSync(json, 'utf8');
    expectRefused(runCli(['analyze', '--data', json, '--format', 'json', '--out', json]), /an input of this run/);
    expect(readFileSync(json, 'utf8')).toBe(before);
    const scenario = join(base, 'scenario.json');
    copyFileSync(SCENARIO, scenario);
    expectRefused(runCli(['scenario', scenario, '--data', dir, '--format', 'json', '--out', scenario]), /an input of this run/);
    expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(SCENARIO, 'utf8'));
  });

  it('--out onto a symbolic link, a folder or a device node is refused; the link and its target stay', () => {
    const target = join(base, 'target.csv');
    writeFileSync(target, 'keep\n');
    const link = join(base, 'link.csv');
    symlinkSync(target, link);
    expectRefused(runCli(['analyze', '--data', SAMPLE, '--out', link]), /a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('keep\n');
    expectRefused(runCli(['analyze', '--data', SAMPLE, '--format', 'csv', '--out', base]), /a folder/);
    expectRefused(runCli(['analyze', '--data', SAMPLE, '--format', 'csv', '--out', '/dev/null']), /a device or special file/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a folder canbang may not write to gives one clear line (exit 2) and no temporary file', () => {
    // As root every folder is writable, except sysfs, which refuses new files to anyone (EACCES).
    const asRoot = process.getuid?.() === 0;
    const dir = asRoot ? '/sys' : join(base, 'read-only');
    if (!asRoot) {
      mkdirSync(dir);
      chmodSync(dir, 0o555);
    }
    const before = readdirSync(dir);
    expectRefused(runCli(['analyze', '--data', SAMPLE, '--format', 'csv', '--out', join(dir, 'a.csv')]), /got "EACCES"; expected a folder canbang may write to \(permission denied/);
    expect(readdirSync(dir)).toEqual(before);
    if (!asRoot) chmodSync(dir, 0o755);
  });
});

describe('canbang stdout: broken pipes end quietly, a full device says so', () => {
  it('analyze --format csv piped into a reader that closes at once: exit 0, no stack trace', async () => {
    const bin = fileURLToPath(new URL('../../packages/cli/bin/canbang.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'analyze', '--format', 'csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy()); // like `| head -1`
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 120_000);

  it('stdout on /dev/full: exit 2 with one line saying there is no space left', () => {
    if (!existsSync('/dev/full')) return;
    const bin = fileURLToPath(new URL('../../packages/cli/bin/canbang.js', import.meta.url));
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [bin, 'analyze', '--data', SAMPLE, '--format', 'csv'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 120_000 });
    closeSync(full);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('canbang: error: canbang stdout: got "ENOSPC"; expected room on the disk (no space left on the device: free space or write elsewhere)');
  }, 120_000);

  it('Ctrl-C (SIGINT) during a write removes the temporary file', async () => {
    // A child writes 300 MB atomically; as soon as its .tmp- file appears it is interrupted.
    const dir = join(base, 'interrupted');
    mkdirSync(dir);
    const script = `import { writeFileAtomic } from '@canbang/io';\nawait writeFileAtomic(${JSON.stringify(join(dir, 'big.bin'))}, new Uint8Array(300 * 1024 * 1024));\n`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../../packages/core', import.meta.url)), stdio: 'ignore' });
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 2000 && !readdirSync(dir).some((f) => f.includes('.tmp-')); i++) await new Promise((r) => setTimeout(r, 5));
    expect(readdirSync(dir).some((f) => f.includes('.tmp-'))).toBe(true);
    child.kill('SIGINT');
    expect(await closed).toBe('SIGINT');
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});

describe('canbang scenario: option bounds name the option', () => {
  it('--draws 1e9 is refused naming --draws and the bound', () => {
    const result = runCli(['scenario', SCENARIO, '--data', SAMPLE, '--draws', '1e9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('canbang scenario --draws: got "1e9"; expected a whole number >= 1 and <= 10000');
  });
});
