/**
 * Entry of the browser bundle of the canbang engine (scripts/prepare.ts writes src/_lib/canbang.js).
 * `@canbang/core` is browser-safe (no node:* import, no spreadsheet library: those live in `@canbang/io`);
 * the bundle is built with platform "browser", so a Node-only import anywhere in it fails the build loudly.
 */
export {
  createDataset, datasetRows, balance, summarize, classify, DEFAULT_BANDS, loadStatistics, runScenario, compare,
  planTransfers, planLoadFigures, formatWorstLoad, LOAD_FIGURE_LABELS,
  // The unit profile page: the WISN decomposition, the quota cap and floor, data-quality flags.
  requirementMatrix, serviceFte, availableWorkingTime, VN_WORKING_TIME, unitCap, unitFloor, unitQualityFlags,
} from '@canbang/core';
export { decodeDataset } from './dataset-codec.ts';
// Transfer plans: the exact min-cost-flow solver (default for pure transfers) and javascript-lp-solver run
// in the browser; HiGHS (WASM) is replaced by @canbang/core's browser stub (optimize/highs-unavailable.ts).
