// A slider with a number box whose value lives in the URL and which never silently ignores a typed value:
// a number outside the range (typed, or from a link) is clamped to the nearest end and a message says so.
import * as Inputs from "@observablehq/inputs";
import {bindParam, liveText, readNumber} from "./page-state.js";

/**
 * Inputs.range over [min, max] with a live (language-following) label from the catalogue key `labelKey`,
 * kept in the URL parameter `name`. Out-of-range input is clamped and explained under the slider.
 */
export function rangeInput([min, max], {step, value, labelKey, labelParams, name}) {
  const input = Inputs.range([min, max], {step, value, label: liveText(labelKey, labelParams)});
  const number = input.querySelector("input[type=number]");
  const note = document.createElement("div");
  note.className = "clamp-note";
  note.setAttribute("role", "status");
  input.append(note);
  const clamp = (typed) => {
    const used = Math.min(max, Math.max(min, typed));
    note.replaceChildren(liveText("nb.control.clamped", (lang) => ({typed: String(typed), min: String(min), max: String(max), used: String(used)})));
    input.value = used;
    number.dispatchEvent(new Event("input", {bubbles: true}));
  };
  // On change (Enter or leaving the box), not on each keystroke: typing "15" passes through "1".
  number.addEventListener("change", () => {
    const typed = number.valueAsNumber;
    if (Number.isFinite(typed) && (typed < min || typed > max)) clamp(typed);
  });
  // The message goes when the reader sets a new value (not on the blur that follows the clamp: removing it then
  // would move the button being clicked).
  for (const control of input.querySelectorAll("input")) {
    control.addEventListener("input", (event) => {
      if (event.isTrusted && !(control === number && (number.valueAsNumber < min || number.valueAsNumber > max))) note.replaceChildren();
    });
  }
  bindParam(input, name, {
    read: (text) => {
      const typed = readNumber(text);
      if (typed !== undefined && (typed < min || typed > max)) {
        queueMicrotask(() => clamp(typed));
        return undefined;
      }
      return typed;
    }
  });
  return input;
}
