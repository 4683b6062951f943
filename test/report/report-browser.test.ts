/**
 * The HTML report opened in headless Chromium with every outside request blocked: charts must be drawn
 * (as many bars as the data implies, computed here straight from `balance`), with no page errors, no
 * blocked requests, and the Vietnamese unit names shown exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createDataset } from '@canbang/core';
import { buildReport } from '../../packages/cli/src/report/build-report.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectedBars, openReport } from './report-page.ts';
import { tinyRows } from '../../packages/core/test/fixtures/tiny-dataset.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'canbang-report-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(html: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, html, 'utf8');
  return openReport(browser, file);
}

describe('HTML report in headless Chromium (outside requests blocked)', () => {
  it('draws every chart of a small dataset, shows its Vietnamese names, makes no requests', async () => {
    const rows = tinyRows();
    // A decomposed (NFD) name and markup in a name: the page must show the NFC form and the literal text.
    const units = [{ ...rows.units[0]!, name: 'Phường Hải Châu <i>&</i>' }, { ...rows.units[1]!, name: 'Xã Mường Nhé'.normalize('NFD') }, rows.units[2]!];
    const dataset = createDataset({ ...rows, units });
    const expected = expectedBars(dataset);
    const { page, problems, bars, drawnArea } = await open(await buildReport(dataset), 'tiny.html');

    expect(await bars('status-by-kind')).toBe(expected.byKind);
    expect(await bars('status-by-province')).toBe(expected.byProvince);
    expect(await bars('field-gaps')).toBe(expected.fields);
    expect(await bars('load-distribution')).toBe(expected.loadBins);
    // Hand check of the fixture: A overloaded (ward), B and C underloaded (commune, special zone) -> 3 kind
    // segments; loads 1.148, 0.458, 0.25 -> 3 bins; 2 fields -> 4 bars.
    expect([expected.byKind, expected.loadBins, expected.fields]).toEqual([3, 3, 4]);
    const kindChart = await drawnArea('status-by-kind');
    expect(kindChart.width).toBeGreaterThan(100);
    expect(kindChart.withArea).toBe(3);

    const names = await page.locator('.unit-name').allTextContents();
    expect(names).toContain('Phường Hải Châu <i>&</i>');
    expect(names).toContain('Xã Mường Nhé'.normalize('NFC'));
    expect(await page.locator('#synthetic-warning').count()).toBe(1);
    expect(await page.title()).toContain('tiny test dataset');

    // The page's CSP (default-src 'none') stops outside loads before they leave the page and logs a console
    // error; anything it misses reaches the harness's route and is recorded as blocked. Both must stay empty.
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blockedRequests).toEqual([]);
    await page.close();
  });

  it('at phone width (390 px) the page never scrolls sideways: a wide table scrolls inside its own box', async () => {
    // Điện Biên (11) of the built-in dataset with its plan: the widest report tables (units, fields, moves).
    const { loadVietNam } = await import('@canbang/data-vn');
    const { planTransfers } = await import('@canbang/core');
    const dataset = loadVietNam();
    const html = await buildReport(dataset, { province: '11', plan: await planTransfers(dataset, { province: '11' }) });
    const { page, problems } = await open(html, 'phone.html');
    await page.setViewportSize({ width: 390, height: 800 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widestTable: Math.max(...Array.from(document.querySelectorAll('table')).map((t) => t.getBoundingClientRect().width)),
      boxes: Array.from(document.querySelectorAll('table')).filter((t) => t.parentElement?.classList.contains('table-scroll')).length,
      tables: document.querySelectorAll('table').length,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    // The check would pass trivially without a wide table: at least one is wider than the phone.
    expect(widths.widestTable).toBeGreaterThan(390);
    expect(widths.boxes).toBe(widths.tables);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
