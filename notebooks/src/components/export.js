// Download buttons for the pages: every table as CSV and XLSX (made in the engine worker: the CLI's CSV
// rules, an `about` sheet with the data note), every chart as SVG and PNG, and the scenario as a JSON file
// that `canbang scenario` runs. Files are made in the browser; nothing is sent anywhere.
import {translate} from "../_lib/i18n.js";
import {currentDataset} from "./current-dataset.js";
import {followLanguage} from "./follow-language.js";

const language = () => (document.documentElement.lang === "vi" ? "vi" : "en");

/** Saves bytes or text as a file through a temporary link (a blob: URL; nothing leaves the machine). */
export function saveFile(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], {type}));
  const link = Object.assign(document.createElement("a"), {href: url, download: name});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function row(id, buttons) {
  const div = document.createElement("div");
  div.className = "export-row";
  if (id) div.id = id;
  div.style.cssText = "display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; margin: 0.3rem 0 1rem; font-size: 0.85rem;";
  const label = document.createElement("span");
  followLanguage(label, (lang) => (label.textContent = `${translate(lang, "notebook.export.label")}:`));
  const failure = Object.assign(document.createElement("span"), {className: "export-error"});
  failure.style.color = "#b00020";
  div.append(label);
  for (const [text, act, format = text.toLowerCase()] of buttons) {
    const button = Object.assign(document.createElement("button"), {type: "button"});
    followLanguage(button, (lang) => (button.textContent = typeof text === "function" ? text(lang) : text));
    button.dataset.format = format;
    button.style.cssText = "padding: 0.1rem 0.6rem; cursor: pointer;";
    button.addEventListener("click", async () => {
      failure.textContent = "";
      try {
        await act();
      } catch (error) {
        failure.textContent = translate(language(), "notebook.export.failed", {message: error.messages?.[language()] ?? error.message});
      }
    });
    div.append(button);
  }
  div.append(failure);
  return div;
}

/**
 * CSV and XLSX buttons for a table. `table` is an array of rows, `{columns, rows}`, several tables
 * `[{name, rows, columns?}, ...]` (sheets of the XLSX; the CSV is the first), or a function returning one of
 * these (called on click); columns are the machine codes of the rows' keys (default: every key met).
 * `name` is the file name without extension.
 * @example
 * display(tableExport("moves", () => ({rows: plan.moves})));
 */
export function tableExport(name, table, {id} = {}) {
  const get = () => {
    const t = typeof table === "function" ? table() : table;
    // Several tables: [{name, rows, columns?}, ...] give one sheet each in the XLSX; the CSV is the first.
    // An array of rows may carry a `columns` property of its own (Inputs.search sets the searched columns):
    // only {columns, rows} names the columns to export.
    const tables = Array.isArray(t) && t.length && t[0]?.rows ? t : Array.isArray(t) ? [{name, rows: t}] : [{name, rows: t.rows, columns: t.columns}];
    return tables.map((one) => ({
      name: one.name,
      columns: one.columns ?? [...new Set(one.rows.flatMap((r) => Object.keys(r)))],
      rows: one.rows
    }));
  };
  const make = async (format) => {
    const {engine, about} = await currentDataset();
    const bytes = await engine.request("export", {format, tables: get(), meta: about.meta});
    saveFile(`${name}.${format}`, bytes, format === "csv" ? "text/csv;charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  };
  return row(id, [["CSV", () => make("csv")], ["XLSX", () => make("xlsx")]]);
}

// The chart's SVG as a standalone file: Plot's own <svg> (its <style> travels inside it), with the XML
// namespace and explicit size a file viewer needs.
function svgText(chart) {
  // A Plot figure holds its legend swatches (small svgs) and the chart: the chart is the largest svg.
  const area = (el) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
  const svg = chart instanceof SVGSVGElement ? chart : [...chart.querySelectorAll("svg:not(:is(svg svg))")].sort((a, b) => area(b) - area(a))[0];
  if (!svg) throw new Error("no chart to save");
  const copy = svg.cloneNode(true);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const {width, height} = svg.getBoundingClientRect();
  copy.setAttribute("width", String(Math.round(width)));
  copy.setAttribute("height", String(Math.round(height)));
  // A white background: a PNG or a viewer would otherwise show the chart on transparent black or grey.
  copy.style.background = "white";
  return {text: new XMLSerializer().serializeToString(copy), width, height};
}

async function pngBlob(chart, scale = 2) {
  const {text, width, height} = svgText(chart);
  const url = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), {width: Math.round(width * scale), height: Math.round(height * scale)});
    const context = canvas.getContext("2d");
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * SVG and PNG buttons for a chart (a Plot figure or svg element, or a function returning it on click).
 * @example
 * display(chartExport("moves-map", mapChart));
 */
export function chartExport(name, chart, {id} = {}) {
  const get = () => (typeof chart === "function" ? chart() : chart);
  return row(id, [
    ["SVG", () => saveFile(`${name}.svg`, svgText(get()).text, "image/svg+xml")],
    ["PNG", async () => saveFile(`${name}.png`, await pngBlob(get()), "image/png")]
  ]);
}

/**
 * A button saving the scenario as `name.json`, the file `canbang scenario` runs.
 * @example
 * display(scenarioExport(scenario));
 */
export function scenarioExport(scenario, {name = "my-scenario", id} = {}) {
  return row(id, [[(lang) => translate(lang, "notebook.export.scenario"), () => saveFile(`${name}.json`, `${JSON.stringify(scenario, null, 2)}\n`, "application/json"), "scenario"]]);
}
