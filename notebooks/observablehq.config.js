// Observable Framework 1.13 configuration for the canbang explorer.
// Built to work OFFLINE (see ../README.md "Notebooks" and ../docs/DESIGN.md "Offline facts"):
// - globalStylesheets: [] drops the default Google Fonts stylesheet;
// - style.css imports Framework's default/theme CSS and the Inputs CSS from node_modules;
// - pages import Plot/Inputs by bare specifier (bundled from node_modules into /_node), never `npm:`;
// - the canbang engine is bundled for the browser by scripts/bundle.ts into src/_lib/canbang.js.
import {readFileSync} from "node:fs";

// The data note (REAL / DERIVED / SYNTHETIC): one wording for every output, kept in @canbang/data-vn.
const note = JSON.parse(readFileSync(new URL(import.meta.resolve("@canbang/data-vn/data/data-note.json")), "utf8"));
const noteVi = JSON.parse(readFileSync(new URL(import.meta.resolve("@canbang/data-vn/data/data-note.vi.json")), "utf8"));
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export default {
  root: "src",
  title: "canbang — cân bằng",
  pages: [
    { name: "Overview", path: "/index" },
    { name: "Province drill-down", path: "/province" },
    { name: "Unit profile", path: "/unit" },
    { name: "Plan explorer", path: "/plan" },
    { name: "Scenario explorer", path: "/scenario" },
    { name: "Your data", path: "/data" }
  ],
  globalStylesheets: [],
  style: "style.css",
  preserveExtension: true,
  search: false,
  toc: false,
  // Page names switch with the language (components/page-state.js); no pager, whose "Next page" would stay English.
  pager: false,
  // The data note in both languages; style.css shows the one of <html lang>.
  footer: `<span class="lang-en">canbang · REAL: ${escape(note.real)}. DERIVED: ${escape(note.derived)}. SYNTHETIC: ${escape(note.synthetic)}.</span>` +
    `<span class="lang-vi">canbang · THẬT: ${escape(noteVi.real)}. SUY RA: ${escape(noteVi.derived)}. GIẢ LẬP: ${escape(noteVi.synthetic)}.</span>`
};
