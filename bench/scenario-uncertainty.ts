/**
 * Monte Carlo uncertainty at national scale (3,321 units x 9 fields): the fast path (`uncertainty`,
 * typed-array requirement matrix, classification in place) against the naive path (rebuild a Dataset with
 * createDataset and call `balance` for every draw), measured in the same run, the naive one on fewer draws.
 * Both consume the same random stream, so the bench also prints the largest difference in unit requirement.
 *
 *   pnpm tsx bench/scenario-uncertainty.ts [fastDraws=1000] [naiveDraws=10]
 */
import { loadVietNam } from '@canbang/data-vn';
import {
  balance,
  createDataset,
  datasetRows,
  DEFAULT_STANDARD_DISTRIBUTION,
  DEFAULT_VOLUME_DISTRIBUTION,
  uncertainty,
  type StandardRow,
  type VolumeRow,
} from '@canbang/core';
import { createScenarioRandom } from '../packages/core/src/scenario/random.ts';
import { fieldSamplers } from '../packages/core/src/scenario/uncertainty.ts';

const fastDraws = Number(process.argv[2] ?? 1000);
const naiveDraws = Number(process.argv[3] ?? 10);
const seed = 2025;

const dataset = loadVietNam();
const rows = datasetRows(dataset);
const fields = [...new Set(rows.standards.map((s) => s.field))];
process.stdout.write(
  `dataset: ${dataset.meta.name} — ${rows.units.length} units x ${fields.length} fields, ${rows.volumes.length} volume rows\n`,
);

// Fast path.
let t0 = performance.now();
const fast = uncertainty(dataset, { name: 'baseline', levers: [] }, {
  draws: fastDraws,
  seed,
  onProgress: (done, total) => {
    if (done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`  fast ${done}/${total}\r`);
  },
});
const fastMs = performance.now() - t0;
process.stderr.write('\n');

// Naive path: the same random stream (standards first, then every volume row, per draw), but a full
// Dataset (validated) and `balance` per draw.
const random = createScenarioRandom(seed);
const vol = fieldSamplers(DEFAULT_VOLUME_DISTRIBUTION, fields, random, 'bench', 'volumeDistribution');
const std = fieldSamplers(DEFAULT_STANDARD_DISTRIBUTION, fields, random, 'bench', 'standardDistribution');
const fieldIndex = new Map(fields.map((f, i) => [f, i]));
const naiveRequired: Float64Array[] = [];
t0 = performance.now();
for (let d = 0; d < naiveDraws; d++) {
  const standards: StandardRow[] = rows.standards.map((s) =>
    s.kind === 'service' ? { ...s, minutes_per_case: s.minutes_per_case! * std[fieldIndex.get(s.field)!]!() } : { ...s },
  );
  const volumes: VolumeRow[] = rows.volumes.map((v) => ({ ...v, cases: v.cases * vol[fieldIndex.get(v.field)!]!() }));
  const drawn = createDataset({ ...rows, standards, volumes });
  naiveRequired.push(Float64Array.from(balance(drawn).byUnit.array('required') as ArrayLike<number>));
  process.stderr.write(`  naive ${d + 1}/${naiveDraws}\r`);
}
const naiveMs = performance.now() - t0;
process.stderr.write('\n');

// Check: with the same stream, the fast run's first draws equal the naive ones (up to rounding).
// Re-run the fast path on naiveDraws draws and compare per-unit p50 with one draw, or min/max with more.
const check = uncertainty(dataset, { name: 'baseline', levers: [] }, { draws: naiveDraws, seed });
const lo = check.units.array('required_p10') as Float64Array;
const naiveSorted = rows.units.map((_, u) => Float64Array.from(naiveRequired, (r) => r[u]!).sort());
let maxDiff = 0;
naiveSorted.forEach((values, u) => {
  const h = (values.length - 1) * 0.1;
  const q = values[Math.floor(h)]! + (h - Math.floor(h)) * (values[Math.min(Math.floor(h) + 1, values.length - 1)]! - values[Math.floor(h)]!);
  maxDiff = Math.max(maxDiff, Math.abs(q - lo[u]!) / Math.max(1e-9, Math.abs(q)));
});

const fastPerDraw = fastMs / fastDraws;
const naivePerDraw = naiveMs / naiveDraws;
const national = fast.national.objects() as { metric: string; point: number; p10: number; p50: number; p90: number }[];
process.stdout.write(
  [
    '',
    'path   draws   total ms   ms/draw',
    `fast   ${String(fastDraws).padStart(5)}   ${fastMs.toFixed(0).padStart(8)}   ${fastPerDraw.toFixed(2).padStart(7)}`,
    `naive  ${String(naiveDraws).padStart(5)}   ${naiveMs.toFixed(0).padStart(8)}   ${naivePerDraw.toFixed(2).padStart(7)}`,
    `speed-up per draw (naive / fast): ${(naivePerDraw / fastPerDraw).toFixed(1)}x`,
    `1,000 draws fast: ${((fastPerDraw * 1000) / 1000).toFixed(1)} s (target < 60 s: ${fastPerDraw * 1000 < 60_000 ? 'met' : 'NOT met'})`,
    `largest relative difference fast vs naive (unit p10 over ${naiveDraws} identical draws): ${maxDiff.toExponential(2)}`,
    '',
    `national bands over ${fastDraws} draws (volumes ${DEFAULT_VOLUME_DISTRIBUTION.type} cv ${DEFAULT_VOLUME_DISTRIBUTION.cv}, standards ${DEFAULT_STANDARD_DISTRIBUTION.type} cv ${DEFAULT_STANDARD_DISTRIBUTION.cv}):`,
    ...national.map((r) => `  ${r.metric.padEnd(10)} point ${r.point.toFixed(0).padStart(8)}  p10 ${r.p10.toFixed(0).padStart(8)}  p50 ${r.p50.toFixed(0).padStart(8)}  p90 ${r.p90.toFixed(0).padStart(8)}`),
    '',
  ].join('\n'),
);
