// Shared colours and chart scales for every page. Every word comes from the message catalogue (texts() of
// page-state.js); this file only fixes which colour means what, so a status or a field keeps its colour on
// every page and in every province.
import {STATUS_PALETTE} from "../_lib/status-palette.js";

export const STATUSES = ["overloaded", "balanced", "underloaded"];
// One palette with the HTML report: @canbang/core's STATUS_PALETTE (written by scripts/prepare.ts).
export const STATUS_COLORS = STATUSES.map((status) => STATUS_PALETTE[status]);
export const KINDS = ["commune", "ward", "special_zone"];
export const KIND_SYMBOLS = ["circle", "square", "triangle"];

/** Plot colour scale for statuses, with legend labels in the page's language. */
export function statusColor({code}) {
  return {domain: STATUSES, range: STATUS_COLORS, legend: true, tickFormat: (s) => code("status", s)};
}

/** Plot symbol scale for unit kinds, with legend labels in the page's language. */
export function kindSymbol({code}) {
  return {domain: KINDS, range: KIND_SYMBOLS, legend: true, tickFormat: (k) => code("kind", k)};
}

// One colour per field, by the field's position in the dataset's field list (Tableau 10), whatever subset a
// chart shows: a field keeps its colour between provinces and pages.
const FIELD_PALETTE = ["#4e79a7", "#f28e2c", "#e15759", "#76b7b2", "#59a14f", "#edc949", "#af7aa1", "#ff9da7", "#9c755f", "#bab0ab"];

/** Plot colour scale for fields: domain = every field's label, in the dataset's order (stable colours). */
export function fieldColor(fields, lang, legend = true) {
  return {
    domain: fields.map((f) => shortField(f, lang)),
    range: fields.map((_, i) => FIELD_PALETTE[i % FIELD_PALETTE.length]),
    legend
  };
}

/** Field display name in a language (an info row {field, name_en, name_vi}). */
export function fieldName(field, lang) {
  return lang === "vi" ? field.name_vi : field.name_en;
}

// Short field labels for chart axes and legends (full names stay in tables).
const SHORT_FIELDS = {
  en: {office: "Office", land: "Land", construction: "Construction", civil_status: "Civil status", finance: "Finance",
    culture_social: "Culture-social", economy: "Economy", it_digital: "IT / digital", one_stop: "One-stop"},
  vi: {office: "Văn phòng", land: "Đất đai", construction: "Xây dựng", civil_status: "Tư pháp - hộ tịch", finance: "Tài chính",
    culture_social: "Văn hóa - xã hội", economy: "Kinh tế", it_digital: "Chuyển đổi số", one_stop: "Một cửa"}
};

/** Short display name of a field (an info row {field, name_en, name_vi} or an id) for chart axes. */
export function shortField(field, lang) {
  const id = typeof field === "string" ? field : field.field;
  const short = SHORT_FIELDS[lang];
  return (short && Object.hasOwn(short, id) ? short[id] : undefined) ?? (typeof field === "string" ? field : fieldName(field, lang));
}

/** Province name without "Thành phố " / "Tỉnh ", for chart axes where width is short. */
export const shortProvince = (name) => name.replace(/^(Thành phố|Tỉnh)\s+/u, "");

/** Tooltip line for a unit whose population is flagged (doubtful or imputed): "" when it is not. */
export function flagLine(unit, {t}) {
  return unit.pop_flag ? `\n${t("nb.flag.population", {flag: unit.pop_flag})}` : "";
}

/**
 * The status band edges on the load scale (required ÷ staff), the one measure every chart uses. The bands
 * are defined on the WISN ratio staff ÷ required, so a ratio edge r is the load 1 / r.
 */
export function loadBands(bands) {
  return {overloadedAbove: 1 / bands.overloadedBelow, underloadedBelow: 1 / bands.underloadedAbove};
}
