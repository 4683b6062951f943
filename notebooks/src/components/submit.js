// A form whose value only changes when its button is pressed: the scenario and plan runs take a
// second or more on the whole country, so they must not re-run on every slider movement.
import * as Inputs from "@observablehq/inputs";
import {liveText} from "./page-state.js";
import {APPLY, runStatus} from "./run-status.js";

/**
 * Inputs.form(inputs) with a button (label: catalogue key `labelKey`, following the language) that applies it.
 * With `engine` (from currentDataset), a status line under the button shows the progress of its runs (the
 * request types in `runs`, default all) in the worker and marks the results stale when a control moves
 * before the button is pressed.
 */
export function submitForm(inputs, {labelKey, id, engine, runs} = {}) {
  const form = Inputs.form(inputs);
  const button = document.createElement("button");
  button.append(liveText(labelKey));
  button.type = "button";
  if (id) button.id = id;
  button.style.cssText = "margin: 0.5rem 0 1rem; padding: 0.3rem 1.2rem; font-size: 1rem; cursor: pointer;";
  const wrapper = document.createElement("div");
  wrapper.append(form, button);
  if (engine) wrapper.append(runStatus(engine, form, labelKey, {types: runs}));
  wrapper.value = form.value;
  // Slider input must not reach the view until the button is pressed.
  form.addEventListener("input", (event) => event.stopPropagation());
  button.addEventListener("click", () => {
    form.dispatchEvent(new Event(APPLY));
    wrapper.value = form.value;
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return wrapper;
}
