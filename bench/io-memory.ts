/**
 * Peak memory (resident set size) of reading the national dataset (3,321 units, synthetic volumes) with
 * readDataset, each read in a fresh child process so peaks do not mix: the .xlsx workbook against the same
 * dataset as .json (and a CSV folder), measured in the same run, plus a child that only loads the library
 * (the floor every read starts from). Target: under 500 MB for the workbook.
 * Peak RSS is the child's own getrusage maxrss (process.resourceUsage().maxRSS, KiB).
 * Run: pnpm tsx bench/io-memory.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';

const TARGET_MB = 500;
const dir = mkdtempSync(join(tmpdir(), 'canbang-bench-mem-'));
const ds = loadVietNam();
await writeDataset(ds, join(dir, 'vn.xlsx'));
await writeDataset(ds, join(dir, 'vn.json'));
await writeDataset(ds, join(dir, 'vn'));

// The child runs from packages/core so '@canbang/core' resolves; it prints its peak RSS and read time.
const core = fileURLToPath(new URL('../packages/core', import.meta.url));
function peak(path: string | null): { mb: number; ms: number } {
  const script = [
    "import { readDataset } from '@canbang/io';",
    'const t = performance.now();',
    path === null ? '' : `const ds = await readDataset(${JSON.stringify(path)}); if (ds.units.numRows() !== ${ds.units.numRows()}) throw new Error('short read');`,
    'console.log(JSON.stringify({ kib: process.resourceUsage().maxRSS, ms: performance.now() - t }));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: core, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`child failed: ${run.stderr}`);
  const { kib, ms } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { kib: number; ms: number };
  return { mb: kib / 1024, ms };
}

const floor = peak(null);
const rows = [
  ['library loaded, nothing read', floor, 0],
  ['readDataset CSV folder', peak(join(dir, 'vn')), ['units', 'headcount', 'volumes', 'standards'].reduce((s, t) => s + statSync(join(dir, 'vn', `${t}.csv`)).size, 0)],
  ['readDataset .json', peak(join(dir, 'vn.json')), statSync(join(dir, 'vn.json')).size],
  ['readDataset .xlsx', peak(join(dir, 'vn.xlsx')), statSync(join(dir, 'vn.xlsx')).size],
] as const;
const json = rows[2][1].mb;
console.log(`national dataset: ${ds.units.numRows()} units, ${ds.headcount.numRows()} headcount rows, ${ds.volumes.numRows()} volume rows`);
console.log('| read (fresh child process) | file MB | peak RSS MB | above floor MB | read ms | peak RSS / .json | target |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [name, { mb, ms }, bytes] of rows) {
  const target = name.endsWith('.xlsx') ? (mb < TARGET_MB ? `< ${TARGET_MB} MB: met` : `< ${TARGET_MB} MB: MISSED`) : '';
  console.log(`| ${name} | ${(bytes / 1e6).toFixed(1)} | ${mb.toFixed(0)} | ${(mb - floor.mb).toFixed(0)} | ${ms.toFixed(0)} | ${(mb / json).toFixed(2)} | ${target} |`);
}
rmSync(dir, { recursive: true, force: true });
