/**
 * Entry of the page-side browser bundle (scripts/prepare.ts writes src/_lib/canbang.js): the few library
 * functions a page calls on its main thread.
 * `@canbang/core` is browser-safe (no node:* import, no spreadsheet library: those live in `@canbang/io`);
 * the bundle is built with platform "browser", so a Node-only import anywhere in it fails the build loudly.
 */
// The engine itself (datasets, plans, scenarios, Monte Carlo) runs in the worker: lib/engine-worker.ts.
export { DEFAULT_BANDS, formatWorstLoad, LOAD_FIGURE_LABELS, translate } from '@canbang/core';
