// One line on every page saying which dataset it shows (built-in, or the user's, read in this browser),
// with a link to the Data page. It fills itself from currentDataset().
import {translate} from "../_lib/i18n.js";
import {currentDataset} from "./current-dataset.js";

const unitsText = (lang, n) => translate(lang, n === 1 ? "noun.unit.one" : "noun.unit.other", {n: n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US")});

/**
 * The data-source line in a language ("en" | "vi").
 * @example
 * display(dataSourceLine(lang));
 */
export function dataSourceLine(lang) {
  const line = document.createElement("p");
  line.className = "data-source";
  line.style.cssText = "font-size: 0.9rem; color: var(--theme-foreground-muted, #555); margin: 0.4rem 0;";
  const fill = (source) => {
    const name = lang === "vi" ? source.nameVi ?? source.name : source.name;
    const text = source.kind === "user"
      ? translate(lang, "notebook.source.user", {name, units: unitsText(lang, source.units), files: source.files.join(", ")})
      : `${source.lost ? `${translate(lang, "notebook.source.lost")} ` : ""}${translate(lang, "notebook.source.builtin", {name})}`;
    const link = Object.assign(document.createElement("a"), {href: "./data.html", textContent: translate(lang, "notebook.source.change")});
    line.dataset.kind = source.kind;
    line.replaceChildren(`${text} `, link);
  };
  currentDataset().then(({source}) => fill(source));
  // The Data page announces a newly loaded (or reset) dataset.
  const changed = (event) => (line.isConnected ? fill(event.detail) : document.removeEventListener("canbang:dataset", changed));
  document.addEventListener("canbang:dataset", changed);
  return line;
}
