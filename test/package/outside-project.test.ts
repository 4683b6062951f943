// Outside use, as a developer of another project would try it: every workspace package is packed
// (`pnpm pack`, which turns workspace:^ into the version range), the tarballs are installed into a fresh
// temporary project with plain `npm install` (no workspace, no overrides), then
// - `node app.mjs` loads the Viet Nam dataset, balances it and plans one province: its figures must equal the
//   same computation run here on the workspace sources;
// - the installed `canbang` bin answers --version and runs `analyze`, a HiGHS plan and a report from its compiled
//   bundle, printing what the workspace's own bin prints;
// - a strict NodeNext `tsc --noEmit` accepts a typed consumer file and rejects a wrong one.
// Slow (npm install from the registry, about 20-60 s), hence its own file.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balance, planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { runCli } from '../support/run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONSUMER = fileURLToPath(new URL('./consumer', import.meta.url));
const PACKAGES = ['core', 'io', 'data-vn', 'cli'] as const;
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PROVINCE = '11';

let work = '';
let app = '';

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  // npm_config_* from the pnpm that runs the tests must not leak into the consumer's plain npm.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^PNPM_|^NODE_OPTIONS$/i.test(key)));
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
  return result;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'canbang-outside-'));
  const tarballs = join(work, 'tarballs');
  run(process.execPath, [TSC, '-b', 'tsconfig.build.json'], ROOT); // dist up to date (no-op when built)
  // The CLI bundle and the dataset snapshot come from `pnpm build`'s later steps (rebuilding them here would
  // race with other test files that run the bin).
  for (const made of ['packages/cli/dist/canbang-bundle.js', 'packages/data-vn/dist/vietnam-snapshot/header.json']) {
    if (!existsSync(join(ROOT, made))) throw new Error(`${made} is missing: run \`pnpm build\` first`);
  }
  for (const name of PACKAGES) run('pnpm', ['pack', '--pack-destination', tarballs], join(ROOT, 'packages', name));
  app = join(work, 'app');
  cpSync(CONSUMER, app, { recursive: true });
  const files = readdirSync(tarballs);
  const dependencies = Object.fromEntries(PACKAGES.map((name) => {
    const file = files.find((f) => f.startsWith(`canbang-${name}-`) && f.endsWith('.tgz'));
    if (file === undefined) throw new Error(`no tarball for @canbang/${name} in ${files.join(', ')}`);
    return [`@canbang/${name}`, `file:${join(tarballs, file)}`];
  }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'outside-consumer', private: true, type: 'module', dependencies }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund'], app);
}, 600_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed packages in an outside project', () => {
  it('ship compiled JavaScript, types, LICENSE and README, no tests or fixtures', () => {
    for (const name of PACKAGES) {
      const dir = join(app, 'node_modules', '@canbang', name);
      const shipped = readdirSync(dir);
      expect(shipped, name).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist', 'package.json']));
      expect(shipped, name).not.toContain('test');
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      // workspace:^ became a range the tarball set satisfies
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) if (dep.startsWith('@canbang/')) expect(range).toBe('^0.1.0');
    }
    // the registry's flechette 2.7 needs a package the registry does not serve; the pin keeps 2.6.0
    const flechette = JSON.parse(readFileSync(join(app, 'node_modules', '@uwdata', 'flechette', 'package.json'), 'utf8')) as { version: string };
    expect(flechette.version).toBe('2.6.0');
  });

  it('plain `node app.mjs` balances the dataset and plans one province as the workspace sources do', async () => {
    const printed = JSON.parse(run(process.execPath, ['app.mjs', PROVINCE], app).stdout.trim()) as Record<string, unknown>;
    // Expectation: the same computation on the workspace TypeScript sources, in this process.
    const dataset = loadVietNam();
    const plan = await planTransfers(dataset, { province: PROVINCE });
    expect(printed).toEqual({
      units: dataset.units.numRows(),
      overloaded: balance(dataset).byUnit.filter((d) => d.status === 'overloaded').numRows(),
      status: plan.status,
      moves: plan.moves.length,
      staffMoved: plan.moves.reduce((sum, move) => sum + move.staff, 0),
    });
  }, 120_000);

  it('the installed canbang bin runs its compiled bundle and prints what the workspace bin prints', () => {
    const bin = join(app, 'node_modules', '.bin', 'canbang');
    expect(run(bin, ['--version'], app).stdout).toBe('0.1.0\n');
    // Expectation: the workspace's own bin on the same arguments (same code, same built-in dataset).
    for (const args of [['analyze', '--province', PROVINCE], ['plan', '--province', PROVINCE, '--solver', 'highs', '--format', 'csv']]) {
      const workspace = runCli(args);
      expect(workspace.code, workspace.stderr).toBe(0);
      expect(run(bin, args, app).stdout, args.join(' ')).toBe(workspace.stdout);
    }
    // the report loads Vega, which stays outside the bundle
    run(bin, ['report', '--province', PROVINCE, '--out', 'report.html'], app);
    expect(readFileSync(join(app, 'report.html'), 'utf8')).toContain('<svg');
    // no TypeScript at run time: the bin loads the bundle esbuild made from dist/*.js
    expect(readFileSync(join(app, 'node_modules', '@canbang', 'cli', 'bin', 'canbang.js'), 'utf8')).toContain('../dist/canbang-bundle.js');
    // the built-in dataset ships as the build's snapshot
    expect(existsSync(join(app, 'node_modules', '@canbang', 'data-vn', 'dist', 'vietnam-snapshot', 'header.json'))).toBe(true);
  }, 120_000);

  it('a strict NodeNext tsc accepts the typed consumer and rejects a wrong call', () => {
    run(process.execPath, [TSC, '-p', 'tsconfig.json'], app);
    // With library checking on, no error may come from a @canbang declaration file (arquero's and
    // flechette's own .d.ts have a few under this strict setting; they are not ours to fix).
    const libCheck = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json', '--skipLibCheck', 'false'], { cwd: app, encoding: 'utf8' });
    expect(libCheck.stdout.split('\n').filter((line) => line.includes('@canbang'))).toEqual([]);
    const bad = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.bad.json'], { cwd: app, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts\(5,\d+\): error TS2322/);
  }, 120_000);
});
