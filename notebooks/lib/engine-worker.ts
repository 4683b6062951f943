/**
 * The notebooks' engine, off the main thread: a module Web Worker (scripts/prepare.ts bundles this file to
 * src/_lib/engine-worker.js) that holds the dataset and runs plan solving, scenario runs, Monte Carlo and the
 * unit profile's decomposition,
 * reporting progress, so a page never blocks for the seconds a national run takes. The dataset is the
 * built-in one (the compact dataset.json, decoded here, not on the page) unless the user loaded their own
 * (read and validated here by @canbang/io/browser, the CLI's readers). Talk to it through
 * src/components/current-dataset.js.
 *
 * Protocol: the page posts `{ id, type, ...payload }`; the worker answers `{ id, kind: 'progress', done,
 * total, label }` any number of times, then `{ id, kind: 'result', value }` or `{ id, kind: 'error', error }`.
 * Requests run one at a time in the order posted.
 */
import {
  balance, CanbangInputError, compare, createDataset, datasetName, describeCheck, inputErrorMessage, planTransfers, runScenario,
  uncertainty, type Balance, type Dataset, type DatasetMeta, type PlanTransfersOptions, type Scenario,
} from '@canbang/core';
import { DATASET_FOLDER_FILES, readPickedDataset, type PickedFile } from '@canbang/io/browser';
import { aboutData } from './about-data.ts';
import { balanceData } from './balance-data.ts';
import { decodeDataset, type CompactDataset } from './dataset-codec.ts';
import { csvBytes, xlsxBytes, type ExportTable } from './table-file.ts';
import { unitProfile } from './unit-profile.ts';
import { clearStoredDatasets, storeDataset, storedDataset } from './user-dataset-store.ts';

/** What the pages show about the dataset in use. */
export interface DatasetSource {
  kind: 'builtin' | 'user';
  /** The dataset's meta name, and its Vietnamese name (datasetName). */
  name: string;
  nameVi: string;
  /** The files it was read from (user data only). */
  files: string[];
  /** IndexedDB key (user data only). */
  key: string | null;
  units: number;
  /** The readers' warnings, one line each in each language (dataset.checks through describeCheck). */
  checks: { en: string; vi: string }[];
  /** True when the session named a stored dataset that is gone (the built-in one is used instead). */
  lost?: boolean;
}

/** A failure as the page shows it: the CLI's one-line message in each language, and the error's parts. */
export interface EngineError {
  messages: { en: string; vi: string };
  input?: { source: string; row?: number; column?: string; expected: string };
}

interface Loaded {
  dataset: Dataset;
  baseline: Balance;
  source: DatasetSource;
}

type Request =
  | { id: number; type: 'open'; builtinUrl: string; userKey: string | null }
  | { id: number; type: 'source' }
  | { id: number; type: 'summary' }
  | { id: number; type: 'about' }
  | { id: number; type: 'rows'; table: 'units' | 'provinces' | 'fields' }
  | { id: number; type: 'unit'; code: string }
  | { id: number; type: 'plan'; options: PlanTransfersOptions }
  | { id: number; type: 'scenario'; scenario: Scenario }
  | { id: number; type: 'uncertainty'; scenario: Scenario; draws: number; seed?: number }
  | { id: number; type: 'load'; files: PickedFile[] }
  | { id: number; type: 'export'; format: 'csv' | 'xlsx'; tables: ExportTable[]; meta: DatasetMeta }
  | { id: number; type: 'reset' };

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<Request>) => void) | null };

let builtinUrl = '';
let loaded: Promise<Loaded> | undefined;

function sourceOf(dataset: Dataset, kind: DatasetSource['kind'], files: string[] = [], key: string | null = null): DatasetSource {
  return { kind, name: dataset.meta.name, nameVi: datasetName(dataset.meta, 'vi'), files, key, units: dataset.units.numRows(), checks: (dataset.checks ?? []).map((check) => ({ en: describeCheck(check, 'en'), vi: describeCheck(check, 'vi') })) };
}

async function builtin(): Promise<Loaded> {
  const response = await fetch(builtinUrl);
  if (!response.ok) throw new Error(`the built-in dataset did not load (${response.status} ${builtinUrl})`);
  const dataset = createDataset(decodeDataset((await response.json()) as CompactDataset));
  return { dataset, baseline: balance(dataset), source: sourceOf(dataset, 'builtin') };
}

// The files a dataset was read from: the one file picked, or the folder's tables and meta.json.
const READ_NAMES = new Set(DATASET_FOLDER_FILES);
const filesRead = (files: PickedFile[]): string[] =>
  files.length === 1 ? [files[0]!.path] : files.map((f) => f.path).filter((path) => READ_NAMES.has(path.split('/').pop()!.toLowerCase())).sort();

async function fromFiles(files: PickedFile[], key: string): Promise<Loaded> {
  const dataset = await readPickedDataset(files);
  return { dataset, baseline: balance(dataset), source: sourceOf(dataset, 'user', filesRead(files), key) };
}

async function open(userKey: string | null): Promise<Loaded> {
  if (userKey === null) return builtin();
  const stored = await storedDataset(userKey).catch(() => undefined);
  if (!stored) {
    const fallback = await builtin();
    return { ...fallback, source: { ...fallback.source, lost: true } };
  }
  return fromFiles(stored.files, stored.key);
}

const progress = (id: number) => (done: number, total: number, label = '') => scope.postMessage({ id, kind: 'progress', done, total, label });

async function handle(request: Request): Promise<unknown> {
  const report = progress(request.id);
  switch (request.type) {
    case 'open':
      builtinUrl = request.builtinUrl;
      loaded = open(request.userKey);
      loaded.catch(() => undefined); // reported to whoever asks for the dataset
      return null;
    case 'source':
      return (await dataset()).source;
    case 'summary':
      return balanceData((await dataset()).dataset);
    case 'about':
      return aboutData((await dataset()).dataset);
    case 'rows':
      return (await dataset()).dataset[request.table].objects();
    case 'unit':
      return unitProfile((await dataset()).dataset, request.code);
    case 'plan': {
      const { dataset: ds } = await dataset();
      return planTransfers(ds, { ...request.options, onProgress: (done, total, key) => report(done, total, key) });
    }
    case 'scenario': {
      const { dataset: ds, baseline } = await dataset();
      report(0, 2, 'scenario');
      const result = runScenario(ds, request.scenario);
      report(1, 2, 'compare');
      const diff = compare(baseline, result);
      report(2, 2, 'done');
      return { national: diff.national.objects()[0], provinces: diff.provinces.objects(), units: diff.units.objects() };
    }
    case 'uncertainty': {
      const { dataset: ds } = await dataset();
      const result = uncertainty(ds, request.scenario, {
        draws: request.draws,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        onProgress: (done, total) => report(done, total, 'draws'),
      });
      return { ...result, units: result.units.objects(), national: result.national.objects() };
    }
    case 'load': {
      // Validate first: a refused file leaves the dataset in use (and the stored one) as they were.
      const candidate = await fromFiles(request.files, '');
      const key = await storeDataset(request.files);
      const next = { ...candidate, source: { ...candidate.source, key } };
      loaded = Promise.resolve(next);
      return next.source;
    }
    case 'export': {
      // The page sends the dataset's meta: a download never waits for the dataset to load here.
      return request.format === 'csv' ? csvBytes(request.tables[0]!) : xlsxBytes(request.tables, request.meta);
    }
    case 'reset':
      await clearStoredDatasets();
      loaded = builtin();
      return (await loaded).source;
  }
}

async function dataset(): Promise<Loaded> {
  if (!loaded) throw new Error('engine worker: "open" must come first');
  return loaded;
}

function describeError(error: unknown): EngineError {
  if (error instanceof CanbangInputError) {
    return {
      messages: { en: inputErrorMessage(error, 'en'), vi: inputErrorMessage(error, 'vi') },
      input: { source: error.source, ...(error.row === undefined ? {} : { row: error.row }), ...(error.column === undefined ? {} : { column: error.column }), expected: error.expected },
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { messages: { en: text, vi: text } };
}

// One request at a time, in order: each waits for the one before.
let queue: Promise<unknown> = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id: request.id, kind: 'result', value: await handle(request) });
    } catch (error) {
      scope.postMessage({ id: request.id, kind: 'error', error: describeError(error) });
    }
  });
};
