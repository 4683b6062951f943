/**
 * Where the time of `loadVietNam()` goes (it runs on every `canbang analyze`), phase by phase, against the
 * alternative of shipping a pre-generated dataset: JSON.parse of the same rows (a cache file) followed by
 * the same validation. Also the real geography (units-2025-geo.csv) and the boundaries (TopoJSON -> GeoJSON).
 * Run: pnpm tsx bench/data-vn-load.ts. To measure an older generator, run this file in a checkout of that
 * commit (git worktree add /tmp/before <commit>); the ratio to JSON.parse makes the runs comparable.
 */
import { createDataset, validateDatasetRows } from '@canbang/core';
import { generateVietNam, loadBoundaries, loadRegistry, loadUnitGeography, loadVietNam, unitShapes } from '@canbang/data-vn';

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
const registry = loadRegistry();
const geographyJson = JSON.stringify([...loadUnitGeography(registry.units).values()]);
const topology = loadBoundaries();
const phases = [
  ['loadRegistry (read + parse 2 CSV files)', best(() => loadRegistry())],
  ['loadUnitGeography (read + check units-2025-geo.csv)', best(() => loadUnitGeography(registry.units))],
  ['JSON.parse of the same geography rows', best(() => JSON.parse(geographyJson))],
  ['loadBoundaries (read + JSON.parse 1.7 MB TopoJSON)', best(() => loadBoundaries())],
  ['unitShapes (TopoJSON -> GeoJSON, 3,321 features)', best(() => unitShapes(topology))],
  ['generateVietNam (registry + synthetic rows)', best(() => generateVietNam())],
  ['JSON.parse of the same rows (cache alternative)', best(() => JSON.parse(json))],
  ['validateDatasetRows (core)', best(() => validateDatasetRows(rows))],
  ['createDataset (validate + arquero tables)', best(() => createDataset(rows))],
  ['loadVietNam (generate + createDataset)', best(() => loadVietNam())],
] as const;
const parse = phases.find(([name]) => name.startsWith('JSON.parse of the same rows'))![1];
console.log(`rows: ${rows.units.length} units, ${rows.headcount.length} headcount, ${rows.volumes.length} volumes; JSON cache ${(json.length / 1e6).toFixed(1)} MB`);
console.log('| phase | best of 5, ms | ratio to JSON.parse |');
console.log('|---|---:|---:|');
for (const [name, ms] of phases) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / parse).toFixed(2)} |`);
