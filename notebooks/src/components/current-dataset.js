// The dataset every page shows, through ONE function: currentDataset(). It is the built-in dataset unless
// the user loaded their own on the Data page (kept in this browser only: IndexedDB, named by this tab's
// sessionStorage, so it lasts for the browser session and never leaves the machine). The engine (plan
// solving, scenario runs, Monte Carlo, reading the user's files) runs in a Web Worker: the page's main
// thread only draws.
import {FileAttachment} from "observablehq:stdlib";

const WORKER = FileAttachment("../_lib/engine-worker.js");
const DATASET = FileAttachment("../data/dataset.json");
const BALANCE = FileAttachment("../data/balance.json");
const ABOUT = FileAttachment("../data/about.json");

/** sessionStorage key naming the user's stored dataset (absent: the built-in dataset). */
export const SESSION_KEY = "canbang.dataset";

function sessionDatasetKey() {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null; // storage unavailable (file://, privacy mode): the built-in dataset
  }
}

function rememberDatasetKey(key) {
  try {
    if (key) sessionStorage.setItem(SESSION_KEY, key);
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Not remembered: the loaded dataset holds on this page only.
  }
}

/** An error from the worker: message in English (`message`) and both languages (`messages`). */
export class EngineError extends Error {
  constructor(error) {
    super(error.messages.en);
    this.messages = error.messages;
    this.input = error.input;
  }
}

/**
 * The page's engine: requests to the worker, one at a time in order. It is an EventTarget: "start"
 * (detail {type}), "progress" ({type, done, total, label}) and "end" ({type, ms, error}) let the page show
 * a run's progress; `type` is the request: "plan", "scenario" or "uncertainty".
 */
class Engine extends EventTarget {
  #url;
  #open;
  #worker;
  #next = 0;
  #pending = new Map();

  // The worker (~1 MB of script) starts on the first request: a page showing the built-in summary only
  // never loads it.
  constructor(url, open) {
    super();
    this.#url = url;
    this.#open = open;
  }

  #start() {
    this.#worker = new Worker(this.#url, {type: "module"});
    this.#worker.postMessage({id: 0, type: "open", ...this.#open});
    this.#worker.onmessage = ({data}) => {
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      if (data.kind === "progress") {
        if (pending.visible) this.dispatchEvent(new CustomEvent("progress", {detail: {...data, type: pending.type}}));
        return;
      }
      this.#pending.delete(data.id);
      const ms = performance.now() - pending.t0;
      if (pending.visible) this.dispatchEvent(new CustomEvent("end", {detail: {type: pending.type, ms, error: data.kind === "error" ? new EngineError(data.error) : null}}));
      if (data.kind === "result") pending.resolve(data.value);
      else pending.reject(new EngineError(data.error));
    };
  }

  /** Posts a request; `visible` runs (plan, scenario, Monte Carlo) raise start/progress/end events. */
  request(type, payload = {}, {visible = false, transfer = []} = {}) {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {resolve, reject, visible, type, t0: performance.now()});
      if (visible) this.dispatchEvent(new CustomEvent("start", {detail: {type}}));
      if (!this.#worker) this.#start();
      this.#worker.postMessage({id, type, ...payload}, transfer);
    });
  }

  /** Rows of a dataset table ("units", "provinces" or "fields") as plain objects. */
  rows(table) {
    return this.request("rows", {table});
  }

  /** The unit profile page's numbers for one unit (lib/unit-profile.ts), or null for an unknown code. */
  unit(code) {
    return this.request("unit", {code});
  }

  /** planTransfers(dataset, options) in the worker (options as for @canbang/core; no callbacks). */
  plan(options) {
    return this.request("plan", {options}, {visible: true});
  }

  /** runScenario + compare against the baseline: {national, provinces, units} as plain rows. */
  scenario(scenario) {
    return this.request("scenario", {scenario}, {visible: true});
  }

  /** Monte Carlo around a scenario (@canbang/core uncertainty): {units, national, ...} as plain rows. */
  uncertainty(scenario, {draws = 200, seed} = {}) {
    return this.request("uncertainty", {scenario, draws, ...(seed === undefined ? {} : {seed})}, {visible: true});
  }
}

let current;

/**
 * The dataset the pages show: `{source, about, engine, summary}`.
 * - `source`: which dataset ({kind: "builtin" | "user", name, files, units, checks, lost?});
 * - `about`: its meta (with the data note), provinces ({code, name}), fields and unit count (a few kB);
 * - `engine`: the computations in the worker (plan, scenario, uncertainty, rows, downloads);
 * - `summary()`: the national balance every chart page draws (the shape of data/balance.json), loaded on
 *   first call (1.3 MB for the built-in dataset: the Plan and Scenario pages never ask for it).
 * The same promise for every caller on a page.
 * @example
 * const {about, engine} = await currentDataset();
 * const plan = await engine.plan({province: "11", maxDistanceKm: 30});
 * const summary = await (await currentDataset()).summary();
 */
export function currentDataset() {
  current ??= open();
  return current;
}

const once = (load) => {
  let value;
  return () => (value ??= load());
};

async function open() {
  const userKey = sessionDatasetKey();
  const engine = new Engine(WORKER.href, {builtinUrl: DATASET.href, userKey});
  const source = userKey === null ? null : await engine.request("source");
  if (source === null || source.lost) {
    if (source?.lost) rememberDatasetKey(null);
    const about = await ABOUT.json();
    const builtin = {kind: "builtin", name: about.meta.name, nameVi: about.meta.nameVi, files: [], key: null, units: about.units, checks: [], ...(source?.lost ? {lost: true} : {})};
    return {source: builtin, about, engine, summary: once(() => BALANCE.json())};
  }
  return {source, about: await engine.request("about"), engine, summary: once(() => engine.request("summary"))};
}

/**
 * Reads, validates and keeps the user's files ([{path, bytes}]) as the dataset of this browser session.
 * Resolves to the new source, or rejects with an EngineError carrying the CLI's message; a refused file
 * changes nothing. Pages opened afterwards show the new dataset.
 * @example
 * await loadUserDataset([{path: "mine.xlsx", bytes: new Uint8Array(await file.arrayBuffer())}]);
 */
export async function loadUserDataset(files) {
  const {engine} = await currentDataset();
  const source = await engine.request("load", {files}, {transfer: files.map((f) => f.bytes.buffer)});
  rememberDatasetKey(source.key);
  return source;
}

/**
 * Back to the built-in dataset (forgets the stored files).
 * @example
 * await resetUserDataset();
 */
export async function resetUserDataset() {
  const {engine} = await currentDataset();
  rememberDatasetKey(null);
  return engine.request("reset");
}
