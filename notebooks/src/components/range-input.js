// A slider with a number box whose value lives in the URL and which never silently ignores a typed value:
// a number outside the range (typed, or from a link) is clamped to the nearest end and a message says so.
import * as Inputs from "@observablehq/inputs";
import {bindParam, liveText, readNumber, setPageParam} from "./page-state.js";

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
  const nearest = (typed) => Math.min(max, Math.max(min, typed));
  const explain = (typed, used) => note.replaceChildren(liveText("nb.control.clamped", (lang) => ({typed: String(typed), min: String(min), max: String(max), used: String(used)})));
  const clamp = (typed) => {
    const used = nearest(typed);
    explain(typed, used);
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
      // A value from the URL outside the range starts the slider at the nearest end (so the first run uses
      // it); the message and the corrected URL follow once the input is set up.
      if (typed !== undefined && (typed < min || typed > max)) {
        const used = nearest(typed);
        queueMicrotask(() => {
          explain(typed, used);
          setPageParam(name, used);
        });
        return used;
      }
      return typed;
    }
  });
  return input;
}
