/**
 * Reading the national dataset (3,321 units, synthetic volumes) from disk in each form, fully typed and
 * validated by readDataset, against arquero's own CSV parser (fromCSV: type inference, no validation,
 * no row-numbered errors) on the same CSV files; also one timed write per form. Run: pnpm tsx bench/io-read.ts
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCSV } from 'arquero';
import { readDataset, writeDataset } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';

const dir = mkdtempSync(join(tmpdir(), 'canbang-bench-io-'));
const ds = loadVietNam();
const csvDir = join(dir, 'vn');
const timed = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const writes = [
  ['writeDataset CSV directory', await timed(() => writeDataset(ds, csvDir))],
  ['writeDataset .json', await timed(() => writeDataset(ds, join(dir, 'vn.json')))],
  ['writeDataset .xlsx', await timed(() => writeDataset(ds, join(dir, 'vn.xlsx')))],
] as const;

async function best(fn: () => unknown, runs = 3): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const files = ['units', 'headcount', 'volumes', 'standards', 'provinces', 'fields'].map((t) => join(csvDir, `${t}.csv`));
const csvBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const arquero = await best(() => files.map((f) => fromCSV(readFileSync(f, 'utf8'))));
const rows = [
  ['arquero fromCSV (parse only)', arquero, csvBytes],
  ['readDataset CSV directory', await best(() => readDataset(csvDir)), csvBytes],
  ['readDataset .json', await best(() => readDataset(join(dir, 'vn.json'))), statSync(join(dir, 'vn.json')).size],
  ['readDataset .xlsx', await best(() => readDataset(join(dir, 'vn.xlsx')), 1), statSync(join(dir, 'vn.xlsx')).size],
] as const;
console.log(`national dataset: ${ds.units.numRows()} units, ${ds.headcount.numRows()} headcount rows, ${ds.volumes.numRows()} volume rows`);
console.log('| reader | best ms | MB | ratio to arquero fromCSV |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, ms, bytes] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${(bytes / 1e6).toFixed(1)} | ${(ms / arquero).toFixed(2)} |`);
console.log('\n| writer (one run) | ms | ratio to arquero fromCSV parse |\n| --- | ---: | ---: |');
for (const [name, ms] of writes) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / arquero).toFixed(2)} |`);
rmSync(dir, { recursive: true, force: true });
