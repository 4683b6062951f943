// One line next to a page's Run button: the progress of the run in the worker, and a stale-result marker
// when a control moved after the last run. While stale, <body data-results-stale> is set, so the results
// can be dimmed (style.css) and a test can see it.
import {translate} from "../_lib/i18n.js";
import {followLanguage} from "./follow-language.js";

/** Event a form's button dispatches on the form when it applies the controls (clears the stale marker). */
export const APPLY = "canbang:apply";

const language = () => (document.documentElement.lang === "vi" ? "vi" : "en");
const seconds = (ms) => (ms / 1000).toLocaleString(language() === "vi" ? "vi-VN" : "en-US", {maximumFractionDigits: 1, minimumFractionDigits: 1});

/**
 * A status line bound to the engine's run events of the given `types` (default: every run) and to
 * `form`'s "input" events (controls moved). The button, named by its catalogue key `buttonKey`, is named in
 * the stale message ("press Solve plan") in the page's language.
 * @example
 * wrapper.append(runStatus(engine, form, "nb.scenario.run"));
 */
export function runStatus(engine, form, buttonKey, {types} = {}) {
  const mine = (event) => !types || types.includes(event.detail.type);
  const line = document.createElement("div");
  line.className = "run-status";
  line.setAttribute("role", "status");
  line.style.cssText = "display: flex; align-items: center; gap: 0.6rem; min-height: 1.6rem; font-size: 0.9rem;";
  const bar = document.createElement("progress");
  bar.max = 1;
  bar.style.cssText = "width: 10rem; display: none;";
  const text = document.createElement("span");
  line.append(bar, text);

  // The message shown, as [key, params]: redrawn in the new language when the language changes.
  let message = null;
  const say = (key, params = {}) => {
    message = [key, params];
    text.textContent = translate(language(), key, typeof params === "function" ? params(language()) : params);
  };
  followLanguage(line, () => message && say(...message));
  let running = 0;
  // Stale = a control moved since the button last applied the controls (the APPLY event). Only pressing the
  // button clears it: a run started for another reason (the Plan page re-solves in the new language after a
  // switch) still shows results for the old settings.
  let stale = false;
  const showStale = () => {
    line.dataset.state = "stale";
    say("notebook.run.stale", (lang) => ({button: translate(lang, buttonKey)}));
    text.style.color = "#b35900";
  };
  const setStale = (value) => {
    stale = value;
    document.body.toggleAttribute("data-results-stale", value);
    if (value && !running) showStale();
    if (!value && line.dataset.state === "stale") line.dataset.state = "idle";
  };
  form.addEventListener("input", () => setStale(true));
  form.addEventListener(APPLY, () => setStale(false));
  engine.addEventListener("start", (event) => {
    if (!mine(event)) return;
    running++;
    line.dataset.state = "running";
    bar.style.display = "";
    bar.removeAttribute("value"); // indeterminate until the first progress report
    text.style.color = "";
    say("notebook.run.running");
  });
  engine.addEventListener("progress", (event) => {
    if (!mine(event)) return;
    const {done, total} = event.detail;
    bar.value = total > 0 ? done / total : 0;
    say("notebook.run.progress", {done, total});
  });
  engine.addEventListener("end", (event) => {
    if (!mine(event)) return;
    const {ms, error} = event.detail;
    running = Math.max(0, running - 1);
    if (running) return;
    bar.style.display = "none";
    line.dataset.state = error ? "failed" : "done";
    text.style.color = error ? "#b00020" : "";
    if (error) say("notebook.run.failed", (lang) => ({message: error.messages[lang]}));
    else if (stale) showStale();
    else say("notebook.run.done", () => ({seconds: seconds(ms)}));
  });
  return line;
}
