/**
 * Where the time of `loadVietNam()` goes (it runs on every `canbang analyze`), phase by phase, against the
 * alternative of shipping a pre-generated dataset: JSON.parse of the same rows (a cache file) followed by
 * the same validation. Run: pnpm tsx bench/data-vn-load.ts
 */
import { createDataset, validateDatasetRows } from '@canbang/core';
import { generateVietNam, loadRegistry, loadVietNam } from '@canbang/data-vn';

function best(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

loadVietNam(); // warm up the JIT and the file cache
const rows = generateVietNam();
const json = JSON.stringify(rows);
const phases = [
  ['loadRegistry (read + parse 2 CSV files)', best(() => loadRegistry())],
  ['generateVietNam (registry + synthetic rows)', best(() => generateVietNam())],
  ['JSON.parse of the same rows (cache alternative)', best(() => JSON.parse(json))],
  ['validateDatasetRows (core)', best(() => validateDatasetRows(rows))],
  ['createDataset (validate + arquero tables)', best(() => createDataset(rows))],
  ['loadVietNam (generate + createDataset)', best(() => loadVietNam())],
] as const;
const parse = phases[2][1];
console.log(`rows: ${rows.units.length} units, ${rows.headcount.length} headcount, ${rows.volumes.length} volumes; JSON cache ${(json.length / 1e6).toFixed(1)} MB`);
console.log('| phase | best of 5, ms | ratio to JSON.parse |');
console.log('|---|---:|---:|');
for (const [name, ms] of phases) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / parse).toFixed(2)} |`);
