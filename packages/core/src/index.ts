/**
 * @canbang/core: workload (WHO WISN) vs headcount balance, indicators, optimal staff plans and
 * what-if scenarios for any set of administrative units. Every export is re-exported here by name.
 * Keep one block per concept folder; add new exports inside your folder's block.
 */

// model/: types, validation, dataset construction
export * from './model/types.ts';
export { CanbangInputError, type InputErrorLocation } from './model/errors.ts';
export { validateDatasetRows, type TableSources } from './model/validate.ts';
export { createDataset, datasetRows } from './model/dataset.ts';

// workload/: WISN requirement

// indicators/: balance, classify, summarise, statistics, norms

// optimize/: formulate, solvers, plans, explain

// scenario/: levers, run, compare, sensitivity, uncertainty

// io/: read/write CSV, JSON, XLSX
