// The Scenario page's Monte Carlo section: on request, @canbang/core's `uncertainty` around the scenario
// shown runs in the engine worker (with progress), and a table gives the 10th / 50th / 90th percentiles
// of required staff, shortage and overloaded units, as `canbang scenario --draws` does.
import * as Inputs from "@observablehq/inputs";
import {translate} from "../_lib/i18n.js";
import {tableExport} from "./export.js";
import {rangeInput} from "./range-input.js";
import {APPLY, runStatus} from "./run-status.js";

const METRICS = ["required", "shortage", "overloaded"];

// The last result, so a language switch (which rebuilds the section) keeps it for the same scenario.
let last = null;

/**
 * The section for `scenario` (the object the page ran) in a language ("en" | "vi").
 * @example
 * display(monteCarloSection(engine, scenario, lang));
 */
export function monteCarloSection(engine, scenario, lang) {
  const tr = (key, params) => translate(lang, key, params);
  const number = (x, digits) => (x === null || x === undefined ? "–" : x.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", {maximumFractionDigits: digits}));
  const root = Object.assign(document.createElement("section"), {id: "monte-carlo"});
  const heading = Object.assign(document.createElement("h2"), {textContent: tr("notebook.mc.heading")});
  const intro = Object.assign(document.createElement("p"), {textContent: tr("notebook.mc.intro")});
  // In the URL (`draws`) like every control, so a language switch (which rebuilds the section) keeps it.
  const draws = rangeInput([20, 1000], {step: 10, value: 200, labelKey: "notebook.mc.draws", name: "draws"});
  const button = Object.assign(document.createElement("button"), {type: "button", id: "run-monte-carlo", textContent: tr("notebook.mc.run")});
  button.style.cssText = "margin: 0.5rem 0; padding: 0.3rem 1.2rem; font-size: 1rem; cursor: pointer;";
  const output = Object.assign(document.createElement("div"), {id: "monte-carlo-result"});
  root.append(heading, intro, draws, button, runStatus(engine, draws, "notebook.mc.run", {types: ["uncertainty"]}), output);

  const show = (result) => {
    const rows = METRICS.map((metric) => ({...result.national.find((r) => r.metric === metric), label: tr(`notebook.mc.${metric}`)}));
    const digits = (i) => (rows[i].metric === "overloaded" ? 0 : 1);
    const likely = result.units.filter((u) => u.p_overloaded > 0.5).length;
    const dist = (d) => tr(`notebook.mc.dist.${d.type}`);
    const note = tr("notebook.mc.noise", {
      draws: number(result.draws, 0), seed: result.seed,
      volume: dist(result.volumeDistribution), volumeCv: number(result.volumeDistribution.cv, 3),
      standard: dist(result.standardDistribution), standardCv: number(result.standardDistribution.cv, 3)
    });
    const units = translate(lang, likely === 1 ? "noun.unit.one" : "noun.unit.other", {n: number(likely, 0)});
    output.replaceChildren(
      Inputs.table(rows, {
        columns: ["label", "point", "p10", "p50", "p90"],
        header: {label: tr("notebook.mc.metric"), point: tr("notebook.mc.point"), p10: "p10", p50: "p50", p90: "p90"},
        format: {point: (x, i) => number(x, digits(i)), p10: (x, i) => number(x, digits(i)), p50: (x, i) => number(x, digits(i)), p90: (x, i) => number(x, digits(i))},
        select: false
      }),
      Object.assign(document.createElement("p"), {id: "monte-carlo-likely", textContent: `${tr("notebook.mc.likely", {count: units})} ${note}`}),
      tableExport("monte-carlo", [{name: "national", rows: result.national}, {name: "units", rows: result.units}])
    );
  };
  const key = JSON.stringify(scenario);
  if (last?.key === key) {
    draws.value = last.result.draws;
    show(last.result);
  }

  button.addEventListener("click", async () => {
    button.disabled = true;
    draws.dispatchEvent(new Event(APPLY));
    try {
      const result = await engine.uncertainty(scenario, {draws: draws.value});
      last = {key, result};
      show(result);
    } catch {
      // The status line shows the failure.
    } finally {
      button.disabled = false;
    }
  });
  return root;
}
