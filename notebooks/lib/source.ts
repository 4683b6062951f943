/**
 * The dataset every notebook data loader computes from: Viet Nam's 3,321 units from
 * `@canbang/data-vn` (real registry, SYNTHETIC calibrated headcount and workload), default seed.
 * One place, so every page and the page tests see the same numbers.
 */
import { loadVietNam } from '@canbang/data-vn';
import type { Dataset } from '@canbang/core';

/**
 * Loads the notebooks' dataset (logs timing to stderr, as data loaders must keep stdout for data).
 * @example
 * const ds = notebookDataset();
 */
export function notebookDataset(): Dataset {
  const t0 = performance.now();
  const ds = loadVietNam(); // default seed; the pages show it from ds.meta.seed
  process.stderr.write(`canbang notebooks: ${ds.units.numRows()} units loaded in ${Math.round(performance.now() - t0)} ms\n`);
  return ds;
}
