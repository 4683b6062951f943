// Page state in the URL: province, language, unit, search and every control live in the address's search
// parameters (?province=11&lang=vi&q=dien+bien&km=50), so a link, a reload or a language switch keeps them,
// and links to the other pages carry them along. Parameter names shared by every page: `province` (code),
// `lang` (vi | en), `unit` (code), `q` (search); other controls use page-specific names.
// The language is also remembered in localStorage (`canbang.lang`) for pages opened without `lang`.
import * as Inputs from "@observablehq/inputs";
import {codeLabel, foldText, formatNumber, intlTag, translate} from "../_lib/i18n.js";

export const LANGUAGE_KEY = "canbang.lang";
const LANGUAGES = ["en", "vi"];
const LANGUAGE_EVENT = "canbang:language";

/** The value of one URL parameter, or null. */
export function pageParam(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Sets (or, with null / "", removes) one URL parameter without reloading or adding a history entry. */
export function setPageParam(name, value) {
  const url = new URL(location.href);
  if (value === null || value === undefined || value === "") url.searchParams.delete(name);
  else url.searchParams.set(name, String(value));
  history.replaceState(history.state, "", url);
}

const XLINK = "http://www.w3.org/1999/xlink";

// Links to the other pages of the site carry the current parameters (a link's own parameters win), so the
// province, language and controls follow the reader from page to page.
function carryState(event) {
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  // The maps' links are SVG <a> elements with xlink:href (Plot's href channel); page links have href.
  const xlink = link?.getAttributeNS(null, "href") ? null : XLINK;
  const href = link?.getAttributeNS(xlink, "href");
  if (!href) return;
  const target = new URL(href, location.href);
  if (target.origin !== location.origin || !/\.html$|\/$/.test(target.pathname)) return;
  for (const [name, value] of new URLSearchParams(location.search)) if (!target.searchParams.has(name)) target.searchParams.set(name, value);
  link.setAttributeNS(xlink, "href", target.href);
}
document.addEventListener("click", carryState, true);
document.addEventListener("auxclick", carryState, true);

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) ?? localStorage.getItem("canbang-lang");
  } catch {
    return null; // storage unavailable (private mode, file://): not an error
  }
}

/** The page's language: `lang` in the URL, else the one last chosen on any page, else English. */
export function pageLanguage() {
  const chosen = pageParam("lang") ?? storedLanguage();
  return LANGUAGES.includes(chosen) ? chosen : "en";
}

let currentLanguage = pageLanguage();

function applyLanguage(lang) {
  currentLanguage = lang;
  document.documentElement.lang = lang;
  setPageParam("lang", lang);
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // not stored: the URL still carries it
  }
  translateChrome(lang);
  document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, {detail: lang}));
}

// The site's own chrome (sidebar page names, footer) follows the language too.
const PAGE_NAMES = {"index": "nb.nav.overview", "province": "nb.nav.province", "unit": "nb.nav.unit", "plan": "nb.nav.plan", "scenario": "nb.nav.scenario", "data": "nb.nav.data"};
function translateChrome(lang) {
  for (const link of document.querySelectorAll("#observablehq-sidebar ol + ol a[href]")) {
    const page = new URL(link.href, location.href).pathname.split("/").pop().replace(/\.html$/, "") || "index";
    if (Object.hasOwn(PAGE_NAMES, page)) link.textContent = translate(lang, PAGE_NAMES[page]);
  }
}

/**
 * The language toggle (English / Tiếng Việt). Its value is "en" or "vi"; a change goes to the URL and
 * localStorage, sets <html lang> and relabels every live label. Keep it in its own cell: cells that hold
 * state (province, sliders, search) must not read it, so a switch never rebuilds them.
 */
export function languageInput() {
  const input = Inputs.radio(LANGUAGES, {label: "Ngôn ngữ / Language", value: currentLanguage, format: (d) => (d === "en" ? "English" : "Tiếng Việt")});
  input.classList.add("language-toggle");
  applyLanguage(currentLanguage);
  input.addEventListener("input", () => applyLanguage(input.value));
  return input;
}

/**
 * Text helpers for a language: t(key, params) from the catalogue, fmt(x, digits) in the language's number
 * style (Vietnamese 1.453,3; English 1,453.3), code(group, code) for statuses and kinds.
 */
export function texts(lang) {
  return {
    lang,
    tag: intlTag(lang),
    t: (key, params) => translate(lang, key, params),
    fmt: (x, digits = 0) => formatNumber(x, lang, digits),
    code: (group, value) => codeLabel(lang, group, value)
  };
}

/**
 * A catalogue text as inline HTML: **bold** becomes <b>, everything else stays text (never parsed as HTML).
 */
export function rich(text) {
  const span = document.createElement("span");
  text.split(/\*\*(.+?)\*\*/g).forEach((part, i) => span.append(i % 2 ? Object.assign(document.createElement("b"), {textContent: part}) : part));
  return span;
}

/**
 * A text node of the catalogue that follows the language toggle without rebuilding the cell it is in:
 * give it as an input's label so the input keeps its value when the language changes.
 */
export function liveText(key, params) {
  const span = document.createElement("span");
  const render = () => (span.textContent = translate(currentLanguage, key, typeof params === "function" ? params(currentLanguage) : params));
  render();
  document.addEventListener(LANGUAGE_EVENT, render);
  return span;
}

/**
 * Keeps an input's value in the URL parameter `name`: the input starts from the URL (when `read` accepts
 * the text) and every change is written back. Returns the input.
 */
export function bindParam(input, name, {read = (text) => text, write = (value) => value} = {}) {
  const text = pageParam(name);
  if (text !== null) {
    const value = read(text);
    if (value !== undefined) {
      input.value = value;
      input.dispatchEvent(new Event("input", {bubbles: true}));
    }
  }
  input.addEventListener("input", () => setPageParam(name, write(input.value)));
  return input;
}

/** A number read from the URL, or undefined when the text is not one. */
export const readNumber = (text) => (text.trim() !== "" && Number.isFinite(+text) ? +text : undefined);

/**
 * A search box over `data` whose query lives in the URL (`q`) and which ignores diacritics and case:
 * "dien bien" finds "Điện Biên", "ha noi" finds "Hà Nội" (each typed word must start a word of a column).
 */
export function searchInput(data, {columns, placeholder, name = "q"}) {
  const input = Inputs.search(data, {
    columns,
    placeholder,
    query: pageParam(name) ?? "",
    format: (n) => formatNumber(n, currentLanguage),
    filter: (query) => {
      const terms = foldText(query).split(" ").filter(Boolean);
      return (row) => terms.every((term) => columns.some((column) => ` ${foldText(String(row[column] ?? "")).replace(/[^a-z0-9]+/g, " ")}`.includes(` ${term}`)));
    }
  });
  input.addEventListener("input", () => setPageParam(name, input.querySelector("input[type=search]").value));
  return input;
}

/**
 * The province choice, kept in the URL (`province`): a select of `provinces` ({code, name}) that starts on
 * the URL's province, else `fallback`.
 */
export function provinceInput(provinces, {fallback}) {
  // ?province=CODE, or the older #p=CODE links.
  const code = pageParam("province") ?? new URLSearchParams(location.hash.slice(1)).get("p");
  const linked = provinces.find((p) => p.code === code);
  const input = Inputs.select(provinces, {label: liveText("nb.control.province"), format: (p) => p.name, value: linked ?? fallback});
  input.classList.add("province-select");
  setPageParam("province", input.value.code);
  input.addEventListener("input", () => setPageParam("province", input.value.code));
  return input;
}
