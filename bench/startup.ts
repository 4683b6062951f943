/**
 * Whole-process start-up of the `canbang` command, side by side with `node -e 0` (the floor any Node
 * program pays): `canbang --version` and `canbang analyze` (national, built-in dataset), before (tsx
 * compiling the TypeScript sources at run time, as the bin did until the build), with the compiled modules
 * of dist/ one by one (the first build), and after (the bin now: the esbuild bundle of dist/, with the
 * dataset snapshot the build writes). Two more processes show the snapshot's share: the built-in dataset
 * loaded from the snapshot against generated and validated again, both from the compiled package. Runs are
 * interleaved round by round so machine load hits every case alike; the median wall time is reported.
 * Targets on the 2-core machine: --version within 0.15 s, analyze within 0.6 s.
 * Run: pnpm bench startup (builds first), or pnpm tsx bench/startup.ts [rounds=7] after `pnpm build`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 7);
const SOURCE = ['--conditions=canbang-source', '--import', 'tsx', 'packages/cli/src/main.ts'];
const BIN = ['packages/cli/bin/canbang.js'];
const MODULES = ['packages/cli/dist/main.js'];
const DATA_VN = (expression: string) => ['--input-type=module', '-e', `const m = await import('./packages/data-vn/dist/load.js'); ${expression}.units.numRows();`];

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'canbang --version, before (tsx on sources)', args: [...SOURCE, '--version'] },
  { name: 'canbang --version, after (compiled)', args: [...BIN, '--version'], target: 150 },
  { name: 'canbang analyze, before (tsx on sources)', args: [...SOURCE, 'analyze'] },
  { name: 'canbang analyze, compiled modules', args: [...MODULES, 'analyze'] },
  { name: 'canbang analyze, after (bundle + snapshot)', args: [...BIN, 'analyze'], target: 600 },
  { name: 'dataset generated + validated (compiled)', args: DATA_VN('m.generateAndValidate()') },
  { name: 'dataset from the build snapshot (compiled)', args: DATA_VN('m.loadVietNam()') },
] as const;

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const times = cases.map(() => [] as number[]);
for (const c of cases) wallMs(c.args); // warm the file cache
for (let round = 0; round < rounds; round++) cases.forEach((c, i) => times[i]!.push(wallMs(c.args)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medians = times.map(median);
const floor = medians[0]!;

console.log(`whole-process wall time, median of ${rounds} interleaved rounds (ms)`);
console.log('case'.padEnd(46), 'median'.padStart(7), ' x node -e 0', ' above node', ' target');
cases.forEach((c, i) => {
  const ms = medians[i]!;
  const target = 'target' in c ? `${ms <= c.target ? 'met' : 'MISSED'} (${c.target})` : '';
  console.log(c.name.padEnd(46), ms.toFixed(0).padStart(7), `${(ms / floor).toFixed(2)}`.padStart(12), `${(ms - floor).toFixed(0)}`.padStart(11), ` ${target}`);
});
const above = (i: number) => medians[i]! - floor;
console.log(`speed-up after vs before: --version ${(medians[1]! / medians[2]!).toFixed(2)}x, analyze ${(medians[3]! / medians[5]!).toFixed(2)}x (compiled modules ${(medians[4]! / medians[5]!).toFixed(2)}x)`);
console.log(`dataset above node: snapshot ${above(7).toFixed(0)} ms vs generate + validate ${above(6).toFixed(0)} ms (${(above(6) / above(7)).toFixed(1)}x)`);
