// Shared labels and colours for every page. Page prose is English; chart labels, unit kinds,
// statuses and field names follow the language toggle (English / Tiếng Việt).
import * as Inputs from "@observablehq/inputs";

export const STATUSES = ["overloaded", "balanced", "underloaded"];
export const STATUS_COLORS = ["#d62728", "#9a9a9a", "#1f77b4"];
export const KINDS = ["commune", "ward", "special_zone"];
export const KIND_SYMBOLS = ["circle", "square", "triangle"];

const TEXT = {
  en: {
    overloaded: "overloaded", balanced: "balanced", underloaded: "underloaded",
    commune: "commune", ward: "ward", special_zone: "special zone",
    required: "Required staff (WISN, FTE)", staff: "Actual staff", load: "Load (required ÷ staff)",
    units: "Units", status: "Status", kind: "Kind", province: "Province", field: "Field", gap: "Staff − required"
  },
  vi: {
    overloaded: "quá tải", balanced: "cân bằng", underloaded: "dư người",
    commune: "xã", ward: "phường", special_zone: "đặc khu",
    required: "Biên chế cần (WISN)", staff: "Biên chế hiện có", load: "Mức tải (cần ÷ có)",
    units: "Số đơn vị", status: "Tình trạng", kind: "Loại", province: "Tỉnh/thành", field: "Lĩnh vực", gap: "Có − cần"
  }
};

// Where the language choice is kept, so every page opens in the language last chosen.
const LANGUAGE_KEY = "canbang-lang";

// The stored choice, or English; storage may be unavailable (private mode, file://), which is not an error.
function storedLanguage() {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === "vi" || value === "en" ? value : "en";
  } catch {
    return "en";
  }
}

/**
 * A language toggle; its value is "en" or "vi". It starts with the language last chosen on any page and
 * remembers a new choice (localStorage), and sets <html lang>. Keep it in its own cell: cells holding page
 * state (province, sliders) must not depend on it, so switching the language never resets them.
 */
export function languageInput() {
  const initial = storedLanguage();
  const input = Inputs.radio(["en", "vi"], {label: "Language / Ngôn ngữ", value: initial, format: (d) => (d === "en" ? "English" : "Tiếng Việt")});
  document.documentElement.lang = initial;
  input.addEventListener("input", () => {
    document.documentElement.lang = input.value;
    try {
      localStorage.setItem(LANGUAGE_KEY, input.value);
    } catch {
      // Not stored: the choice still holds on this page.
    }
  });
  return input;
}

/** Translator for a language: t("overloaded") -> "quá tải". Unknown keys come back unchanged. */
export function translator(lang) {
  const table = TEXT[lang] ?? TEXT.en;
  // Own keys only: a name from the data such as "constructor" must not find Object's members.
  return (key) => (Object.hasOwn(table, key) ? table[key] : key);
}

/** Field display name in a language. */
export function fieldName(field, lang) {
  return lang === "vi" ? field.name_vi : field.name_en;
}

/** Plot colour scale for statuses, with translated legend labels. */
export function statusColor(t) {
  return {domain: STATUSES, range: STATUS_COLORS, legend: true, tickFormat: t};
}

/** Plot symbol scale for unit kinds, with translated legend labels. */
export function kindSymbol(t) {
  return {domain: KINDS, range: KIND_SYMBOLS, legend: true, tickFormat: t};
}

// One Intl.NumberFormat per number of digits: toLocaleString builds a new one on every call, which took
// ~200 ms of the Overview's first load (a tooltip per unit).
const formatters = new Map();
export const fmt = (x, digits = 2) => {
  if (x === null || x === undefined) return "–";
  if (!formatters.has(digits)) formatters.set(digits, new Intl.NumberFormat("en-US", {maximumFractionDigits: digits}));
  return formatters.get(digits).format(x);
};

// Short field labels for chart axes and legends (full names stay in tables and sliders).
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

/** Tooltip line for a unit whose population is flagged (doubtful or imputed): "" when it is not. */
export function flagLine(unit) {
  return unit.pop_flag ? `\n⚠ population flagged: ${unit.pop_flag} (figures resting on it are doubtful)` : "";
}
