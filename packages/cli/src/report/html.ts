/**
 * Small, dependency-free HTML building blocks for the report. Every piece of text goes through
 * {@link text}: NFC-normalised (so "ệ" is one code point whatever the input file used) and escaped.
 */
import { BALANCE_STATUSES, formatNumber, STATUS_PALETTE, type Locale } from '@canbang/core';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe to place in HTML content or a quoted attribute: NFC-normalised, with & < > " ' escaped.
 *
 * @example
 * text('Xã A & B <i>'); // 'Xã A &amp; B &lt;i&gt;'
 */
export function text(value: unknown): string {
  return String(value ?? '')
    .normalize('NFC')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Formats numbers the same way on every machine (en-US grouping, fixed decimals).
 *
 * @example
 * num(1832.5, 1); // '1,832.5'
 * num(null); // '–'
 */
export function num(value: number | null | undefined, decimals = 0, locale: Locale = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatNumber(value, locale, decimals);
}

/** One column of {@link htmlTable}: header, cell content (already HTML) and whether it is numeric. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  numeric?: boolean;
}

/**
 * An HTML table; cells are produced by the columns (use {@link text}/{@link num} inside them).
 *
 * @example
 * htmlTable([{ n: 'Xã Mường Nhé' }], [{ header: 'Name', cell: (r) => text(r.n) }]);
 */
export function htmlTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], caption?: string): string {
  const cls = (c: Column<Row>) => (c.numeric ? ' class="num"' : '');
  const head = columns.map((c) => `<th${cls(c)}>${text(c.header)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td${cls(c)}>${c.cell(r)}</td>`).join('')}</tr>`).join('\n');
  const cap = caption === undefined ? '' : `<caption>${text(caption)}</caption>`;
  // The wrapper scrolls a wide table inside its own box, so the page never scrolls sideways on a phone.
  return `<div class="table-scroll"><table>${cap}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * A chart with its caption, marked `data-chart="<id>"`; `svg` null means the chart had no data and a note
 * stands in its place.
 *
 * @example
 * figure('load-distribution', svg, 'Units per load bin');
 */
export function figure(id: string, svg: string | null, caption: string): string {
  const body = svg ?? '<p class="empty">No data to chart.</p>';
  return `<figure data-chart="${text(id)}">${body}<figcaption>${text(caption)}</figcaption></figure>`;
}

/** Inline stylesheet: system fonts only (no web fonts), printable, charts scale to the page. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0 auto;
  max-width: 1100px; padding: 1.5rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
.synthetic { background: #fff3cd; border: 1px solid #e0b400; padding: 0.6rem 0.9rem; border-radius: 4px; }
.data-note, .flag-note { font-size: 0.9rem; color: #444; } sup.flag { color: ${STATUS_PALETTE.overloaded}; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; }
.card { border: 1px solid #ddd; border-radius: 4px; padding: 0.5rem 0.8rem; min-width: 9rem; }
.card b { display: block; font-size: 1.3rem; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9rem; }
.table-scroll { max-width: 100%; overflow-x: auto; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 0.25rem 0.6rem; text-align: left; }
th { background: #f5f5f5; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
${BALANCE_STATUSES.map((status) => `.${status} { color: ${STATUS_PALETTE[status]}; }`).join(' ')}
footer { margin-top: 2rem; color: #666; font-size: 0.85rem; }
`;
