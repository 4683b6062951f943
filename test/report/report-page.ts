/** Shared helpers of the report page tests: expected bar counts from `balance`, and opening a report file. */
import type { Browser } from 'playwright-core';
import { balance, type Dataset, type FieldBalanceRow, type UnitBalanceRow } from '@canbang/core';
import { openPage } from '../support/browser.ts';

/** Bars each chart should draw, derived from the balance tables without the report's own code. */
export function expectedBars(dataset: Dataset, province?: string) {
  let units = balance(dataset).byUnit.objects() as unknown as UnitBalanceRow[];
  let cells = balance(dataset).byField.objects() as unknown as FieldBalanceRow[];
  if (province !== undefined) {
    units = units.filter((u) => u.province_code === province);
    cells = cells.filter((c) => c.province_code === province);
  }
  const distinct = (keys: string[]) => new Set(keys).size;
  // Load bins: 0.1 wide below 2, then one open bin (also units with work but no staff).
  // Bin index = number of edges k/10 (k = 1..20) at or below the load, so no division is involved.
  const bins = new Set<number>();
  for (const u of units) {
    if (u.load === null) {
      if (u.required > 0) bins.add(20);
      continue;
    }
    let k = 0;
    while (k < 20 && u.load * 10 >= k + 1 - 1e-9) k++;
    bins.add(k);
  }
  return {
    // One stacked segment per (group, status) pair that has units.
    byKind: distinct(units.map((u) => `${u.kind}|${u.status}`)),
    byProvince: province === undefined ? distinct(units.map((u) => `${u.province_code}|${u.status}`)) : 0,
    // Two bars (shortage, surplus) per field.
    fields: 2 * distinct(cells.map((c) => c.field)),
    loadBins: bins.size,
    units,
  };
}

/** Opens a report file with outside requests blocked; `bars(id)` counts drawn bars of a chart. */
export async function openReport(browser: Browser, file: string) {
  const { page, problems } = await openPage(browser, file, { waitUntil: 'load' });
  const bars = (id: string) => page.locator(`figure[data-chart="${id}"] svg g.mark-rect.role-mark path`).count();
  // A chart "rendered" when its SVG has a real size on the page and its bars have area.
  const drawnArea = (id: string) =>
    page.locator(`figure[data-chart="${id}"] svg`).evaluate((svg) => {
      const box = (svg as SVGSVGElement).getBoundingClientRect();
      const paths = Array.from(svg.querySelectorAll('g.mark-rect.role-mark path')) as SVGGraphicsElement[];
      const withArea = paths.filter((p) => {
        const b = p.getBBox();
        return b.width > 0 && b.height > 0;
      }).length;
      return { width: box.width, height: box.height, withArea };
    });
  return { page, problems, bars, drawnArea };
}
