/**
 * Entry of the browser bundle of the canbang engine (scripts/prepare.ts writes src/_lib/canbang.js).
 * Imports the browser-safe core files directly, not the package index, so Node-only modules
 * (io/: node:fs, exceljs) never reach the bundle: if one of these files ever imports a Node
 * module, the bundle build fails loudly instead of shipping a broken page.
 */
export { createDataset, datasetRows } from '../../packages/core/src/model/dataset.ts';
export { balance } from '../../packages/core/src/indicators/balance.ts';
export { summarise } from '../../packages/core/src/indicators/summarise.ts';
export { classify, DEFAULT_BANDS } from '../../packages/core/src/indicators/classify.ts';
export { loadStatistics } from '../../packages/core/src/indicators/load-statistics.ts';
export { decodeDataset } from './dataset-codec.ts';
export { runScenario } from '../../packages/core/src/scenario/run-scenario.ts';
export { compare } from '../../packages/core/src/scenario/compare.ts';
// Transfer plans: the exact min-cost-flow solver (default for pure transfers) and javascript-lp-solver run
// in the browser; HiGHS (WASM) is replaced by lib/highs-unavailable.ts in the bundle (see scripts/prepare.ts).
export { planTransfers, planLoadFigures } from '../../packages/core/src/optimize/plan-transfers.ts';
export { formatWorstLoad, LOAD_FIGURE_LABELS } from '../../packages/core/src/optimize/load-figures.ts';
