// The Data page's controls: pick a workbook, a CSV folder or a JSON dataset; it is read and validated in
// the engine worker by the CLI's readers (same messages), kept for the browser session, and used by every
// page; or go back to the built-in dataset. The outcome of the last action survives a language switch.
import {translate} from "../_lib/i18n.js";
import {loadUserDataset, resetUserDataset} from "./current-dataset.js";

const unitsText = (lang, n) => translate(lang, n === 1 ? "noun.unit.one" : "noun.unit.other", {n: n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US")});

// The last outcome on this page: {state: "loaded" | "refused" | "reset", source?, error?}.
let outcome = null;

async function picked(fileList) {
  return Promise.all([...fileList].map(async (file) => ({path: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer())})));
}

function fileInput(id, label, options) {
  const wrap = document.createElement("label");
  wrap.style.cssText = "display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; margin: 0.5rem 0;";
  const input = Object.assign(document.createElement("input"), {type: "file", id, ...options});
  const text = Object.assign(document.createElement("span"), {textContent: label});
  text.style.cssText = "min-width: 12rem; font-weight: 600;";
  wrap.append(text, input);
  return {wrap, input};
}

/**
 * The loader in a language ("en" | "vi"): three file pickers, a reset button, the outcome (the CLI's
 * message when refused) and the warnings of the dataset in use.
 * @example
 * display(dataLoader(lang));
 */
export function dataLoader(lang) {
  const root = document.createElement("div");
  root.id = "data-loader";
  const status = Object.assign(document.createElement("div"), {id: "data-status"});
  status.setAttribute("role", "status");
  status.style.cssText = "margin: 0.8rem 0; padding: 0.6rem 0.8rem; border-left: 4px solid #999; overflow-wrap: anywhere;";
  const warnings = Object.assign(document.createElement("div"), {id: "data-warnings"});

  const show = () => {
    status.replaceChildren();
    warnings.replaceChildren();
    if (!outcome) {
      status.style.display = "none";
      return;
    }
    status.style.display = "";
    status.dataset.state = outcome.state;
    if (outcome.state === "reading") {
      status.style.borderColor = "#999";
      status.textContent = translate(lang, "notebook.data.reading", {files: outcome.files.join(", ")});
    } else if (outcome.state === "refused") {
      status.style.borderColor = "#b00020";
      status.textContent = translate(lang, "notebook.data.refused", {message: outcome.error.messages?.[lang] ?? String(outcome.error.message)});
    } else if (outcome.state === "reset") {
      status.style.borderColor = "#555"; // neutral: a reset is not a status
      status.textContent = translate(lang, "notebook.data.resetDone");
    } else {
      status.style.borderColor = "#2a8a2a";
      status.textContent = translate(lang, "notebook.data.loaded", {name: lang === "vi" ? outcome.source.nameVi ?? outcome.source.name : outcome.source.name, units: unitsText(lang, outcome.source.units)});
      const checks = outcome.source.checks;
      const head = Object.assign(document.createElement("p"), {textContent: translate(lang, checks.length ? "notebook.data.warnings" : "notebook.data.noWarnings")});
      const list = document.createElement("ul");
      for (const line of checks.slice(0, 200)) list.append(Object.assign(document.createElement("li"), {textContent: line[lang] ?? line.en}));
      warnings.append(head, ...(checks.length ? [list] : []));
    }
  };

  const run = async (fileList) => {
    if (!fileList?.length) return;
    const files = await picked(fileList);
    outcome = {state: "reading", files: files.map((f) => f.path)};
    show();
    try {
      outcome = {state: "loaded", source: await loadUserDataset(files)};
      document.dispatchEvent(new CustomEvent("canbang:dataset", {detail: outcome.source}));
    } catch (error) {
      outcome = {state: "refused", error};
    }
    show();
  };

  const workbook = fileInput("pick-workbook", translate(lang, "notebook.data.workbook"), {accept: ".xlsx"});
  const folder = fileInput("pick-folder", translate(lang, "notebook.data.folder"), {multiple: true, webkitdirectory: true});
  const json = fileInput("pick-json", translate(lang, "notebook.data.json"), {accept: ".json,application/json"});
  for (const {input} of [workbook, folder, json]) {
    input.addEventListener("change", () => {
      run(input.files).finally(() => (input.value = "")); // the same file can be picked again after a fix
    });
  }
  const reset = Object.assign(document.createElement("button"), {type: "button", id: "reset-data", textContent: translate(lang, "notebook.data.reset")});
  reset.style.cssText = "margin: 0.6rem 0; padding: 0.3rem 1rem; cursor: pointer;";
  reset.addEventListener("click", async () => {
    const source = await resetUserDataset();
    outcome = {state: "reset"};
    document.dispatchEvent(new CustomEvent("canbang:dataset", {detail: source}));
    show();
  });

  root.append(workbook.wrap, folder.wrap, json.wrap, reset, status, warnings);
  show();
  return root;
}

