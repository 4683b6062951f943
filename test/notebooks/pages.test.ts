/**
 * Notebook smoke tests: builds the Observable Framework site offline (telemetry off), serves
 * notebooks/dist from 127.0.0.1 and opens every page in headless Debian Chromium with every outside
 * request blocked. A page fails on any page error, console error, Observable cell error or blocked
 * request, and each chart must have as many SVG marks as the dataset implies — counts computed here
 * from `loadVietNam()` + `balance()`, not typed in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { balance, compare, formatWorstLoad, LOAD_FIGURE_LABELS, planTransfers, runScenario, type Dataset, type PlanTransfersOptions, type Scenario } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { launchBrowser, openPage, serveStatic, type PageProblems, type StaticServer } from '../support/browser.ts';

const NOTEBOOKS = join(import.meta.dirname, '..', '..', 'notebooks');
const DIST = join(NOTEBOOKS, 'dist');
/** Every page of notebooks/observablehq.config.js. */
const PAGES = ['index.html', 'province.html', 'plan.html', 'scenario.html'];
/** The scenario page runs the national engine twice in the browser; a loaded 2-core CI box needs headroom. */
const PAGE_TIMEOUT_MS = 180_000;

interface UnitRow { unit_code: string; name: string; province_code: string; status: string; load: number | null }

let server: StaticServer;
let browser: Browser;
let ds: Dataset;
let units: UnitRow[];
let buildSeconds = 0;

beforeAll(async () => {
  const t0 = performance.now();
  const build = spawnSync('pnpm', ['--filter', '@canbang/notebooks', 'build'], {
    cwd: join(NOTEBOOKS, '..'),
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  buildSeconds = (performance.now() - t0) / 1000;
  if (build.status !== 0) throw new Error(`notebook build failed (exit ${build.status}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  process.stderr.write(`notebooks: site built in ${buildSeconds.toFixed(1)} s\n`);
  ds = loadVietNam();
  units = balance(ds).byUnit.objects() as unknown as UnitRow[];
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until `ready` is visible. */
async function open(path: string, ready: string): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(browser, `${server.url}/${path}`);
  await opened.page.waitForSelector(ready, { timeout: 90_000 });
  return opened;
}

/** Number of SVG elements Plot drew for the mark with this ariaDescription inside `container`. */
async function marks(page: Page, container: string, description: string): Promise<number> {
  return page.locator(`${container} svg g[aria-description="${description}"] > *`).count();
}

async function expectClean(page: Page, problems: PageProblems): Promise<void> {
  expect(await page.locator('.observablehq--error').count()).toBe(0);
  expect(problems.blockedRequests).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
}

const nfc = (s: string) => s.normalize('NFC');

describe('notebook site build', () => {
  it('builds every page (and reports build time and sizes)', () => {
    for (const page of PAGES) expect(existsSync(join(DIST, page)), page).toBe(true);
    const size = (dir: string): number =>
      readdirSync(dir).reduce((sum, name) => {
        const p = join(dir, name);
        return sum + (statSync(p).isDirectory() ? size(p) : statSync(p).size);
      }, 0);
    process.stderr.write(`notebooks: dist is ${(size(DIST) / 1e6).toFixed(2)} MB; build ${buildSeconds.toFixed(1)} s\n`);
  });
});

describe('notebook pages offline in headless Chromium', () => {
  it('Overview: one mark per unit, load histogram, province bars, searchable table, synthetic warning', async () => {
    const { page, problems } = await open('index.html', '#scatter svg');
    await page.waitForSelector('#unit-table table');

    // Scatter: every unit of the dataset is one mark (3,321 for Viet Nam).
    expect(await marks(page, '#scatter', 'units')).toBe(ds.units.numRows());

    // Histogram: one bar per non-empty (0.05-wide load bin, status); loads >= 3 share the last bin.
    const bins = new Set(units.filter((u) => u.load !== null).map((u) => `${Math.min(Math.floor(u.load! / 0.05), 59)}|${u.status}`));
    expect(await marks(page, '#histogram', 'load-bins')).toBe(bins.size);

    // Province chart: one bar segment per non-empty (province, status).
    const provinceStatus = new Set(units.map((u) => `${u.province_code}|${u.status}`));
    expect(await marks(page, '#provinces', 'province-bars')).toBe(provinceStatus.size);

    // KPIs: national counts by status, as balance() gives them.
    const kpis = await page.locator('#kpis').innerText();
    for (const status of ['overloaded', 'balanced', 'underloaded']) {
      const n = units.filter((u) => u.status === status).length;
      expect(kpis).toContain(n.toLocaleString('en-US'));
    }

    // The synthetic-data warning is on the page.
    const note = await page.locator('#synthetic-note').innerText();
    expect(note).toContain('SYNTHETIC');
    expect(note).toContain('real');

    // Table sorted most overloaded first: the highest-load unit's Vietnamese name is shown, NFC.
    const worst = units.filter((u) => u.load !== null).sort((a, b) => b.load! - a.load!)[0]!;
    const tableText = await page.locator('#unit-table').innerText();
    expect(tableText).toContain(nfc(worst.name));

    // Search narrows the table to the unit searched for.
    await page.locator('input[type=search]').fill(worst.name);
    await page.waitForTimeout(300);
    // Inputs.search keeps rows where every search term starts a word in some column.
    const rows = await page.locator('#unit-table tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(units.filter((u) => u.name === worst.name).length);
    expect(rows.length).toBeLessThan(units.length);
    for (const row of rows) for (const term of worst.name.toLowerCase().split(/\s+/)) expect(row.toLowerCase()).toContain(term);
    expect(rows.some((row) => row.includes(nfc(worst.name)))).toBe(true);
    const link = page.locator('#unit-table tbody a').first();
    expect(await link.getAttribute('href')).toMatch(/^\.\/province\.html#p=\w+$/);

    // Vietnamese toggle: legends switch to Vietnamese labels.
    await page.getByLabel('Tiếng Việt').check();
    await page.waitForFunction(() => document.querySelector('#scatter')?.textContent?.includes('quá tải'));
    expect(await marks(page, '#scatter', 'units')).toBe(ds.units.numRows());

    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('Province drill-down: units of the chosen province on the map and unit x field cells', async () => {
    const { page, problems } = await open('province.html', '#map svg');
    const provinces = ds.provinces.objects() as unknown as { province_code: string; province_name: string }[];
    const fieldCount = new Set(balance(ds).byField.array('field') as string[]).size;
    // Two provinces: the largest (most units) and the smallest.
    const size = (code: string) => units.filter((u) => u.province_code === code).length;
    const sorted = provinces.slice().sort((a, b) => size(b.province_code) - size(a.province_code));
    for (const p of [sorted[0]!, sorted.at(-1)!]) {
      await page.locator('select').selectOption({ label: nfc(p.province_name) });
      await page.waitForFunction((name) => document.querySelector('#map')?.closest('main')?.textContent?.includes(name), nfc(p.province_name));
      await page.waitForTimeout(300);
      const n = size(p.province_code);
      expect(await marks(page, '#map', 'province-units')).toBe(n);
      expect(await marks(page, '#heatmap', 'field-cells')).toBe(n * fieldCount);
      expect(await page.locator('#field-table tbody tr').count()).toBe(fieldCount);
    }
    await expectClean(page, problems);
    await page.close();

    // The Overview table links to province.html#p=CODE, which opens on that province.
    const target = sorted[Math.floor(sorted.length / 2)]!;
    const linked = await open(`province.html#p=${target.province_code}`, '#map svg');
    expect(await linked.page.locator('select option:checked').innerText()).toBe(nfc(target.province_name));
    expect(await marks(linked.page, '#map', 'province-units')).toBe(size(target.province_code));
    await expectClean(linked.page, linked.problems);
    await linked.page.close();
  }, PAGE_TIMEOUT_MS);

  it('Language: switching to Tiếng Việt keeps the chosen province and a moved control, and the next page opens in Tiếng Việt', async () => {
    const { page, problems } = await open('plan.html', '#moves-map svg');
    const provinceRows = ds.provinces.objects() as { province_code: string; province_name: string }[];
    const hcmc = provinceRows.find((p) => p.province_code === '79')!;
    const provinceSelect = page.locator('select').first();
    await provinceSelect.selectOption({ label: hcmc.province_name });
    // Move the first slider (distance limit) from its default 30 to 50 km.
    const range = page.locator('input[type=range]').first();
    await range.evaluate((el: HTMLInputElement) => {
      el.value = '50';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByLabel('Tiếng Việt').first().check();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await page.waitForTimeout(500);
    const selectedName = () => provinceSelect.evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text);
    expect(nfc(await selectedName())).toBe(nfc(hcmc.province_name));
    expect(await range.inputValue()).toBe('50');

    // The next page opens in the language chosen here; switching back there keeps its own province choice.
    await page.goto(`${server.url}/province.html`);
    await page.waitForSelector('select');
    expect(await page.getByLabel('Tiếng Việt').first().isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const dienBien = provinceRows.find((p) => p.province_code === '11')!;
    await page.locator('select').first().selectOption({ label: dienBien.province_name });
    await page.getByLabel('English').first().check();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForTimeout(500);
    expect(nfc(await page.locator('select').first().evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text))).toBe(nfc(dienBien.province_name));
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('Plan explorer: the browser plan equals planTransfers in Node, also after forbidding and locking moves', async () => {
    const { page, problems } = await open('plan.html', '#moves-map svg');
    const optionsOnPage = async () => JSON.parse(await page.locator('#plan-options').textContent() ?? '{}') as PlanTransfersOptions;
    const expectSamePlan = async () => {
      const options = await optionsOnPage();
      const plan = await planTransfers(ds, options);
      expect(plan.status).toBe('optimal');
      // One arrow per move on the map; one arrow per unit x field whose staff changes on the load chart.
      expect(await marks(page, '#moves-map', 'moves')).toBe(plan.moves.length);
      expect(await marks(page, '#load-change', 'load-change')).toBe(plan.units.filter((r) => r.staff_after !== r.staff_before).length);
      expect(await marks(page, '#moves-map', 'plan-units')).toBe(units.filter((u) => u.province_code === options.province).length);
      const status = await page.locator('#plan-status').innerText();
      expect(status).toContain(`${plan.moves.length} moves`);
      // The same worst-load figures, in the same words, as canbang plan and the report.
      for (const w of ['all', 'reachable'] as const) expect(status).toContain(`${LOAD_FIGURE_LABELS[w]}: ${formatWorstLoad(plan.load.before, w)} → ${formatWorstLoad(plan.load.after, w)}`);
      return { options, plan };
    };
    const first = await expectSamePlan();
    expect(first.plan.moves.length).toBeGreaterThan(0);

    const moveRows = page.locator('table:has(th:has-text("From (donor)")) tbody tr');
    const optionsChange = (before: string) =>
      page.waitForFunction((old) => document.querySelector('#plan-options')?.textContent !== old, before, { timeout: 90_000 });

    // Forbid the first move: the new plan no longer uses that donor -> recipient pair in that field.
    const banned = first.plan.moves[0]!;
    let before = (await page.locator('#plan-options').textContent())!;
    await moveRows.first().locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Forbid selected' }).click();
    await optionsChange(before);
    const second = await expectSamePlan();
    expect(second.options.forbidden).toEqual([{ from: banned.from, to: banned.to, field: banned.field }]);
    expect(second.plan.moves.some((m) => m.from === banned.from && m.to === banned.to && m.field === banned.field)).toBe(false);

    // Lock the (new) first move: it stays in the plan, marked as locked.
    before = (await page.locator('#plan-options').textContent())!;
    await moveRows.first().locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Lock selected' }).click();
    await optionsChange(before);
    const third = await expectSamePlan();
    expect(third.options.fixedMoves).toHaveLength(1);
    expect(third.plan.moves.filter((m) => m.fixed)).toHaveLength(1);
    expect(await page.locator('table:has(th:has-text("From (donor)"))').innerText()).toContain('yes');

    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('Scenario explorer: runs the scenario in the browser with the same result as Node', async () => {
    const { page, problems } = await open('scenario.html', '#dumbbell svg');
    await page.waitForSelector('#scenario-json');
    const provinces = ds.provinces.numRows();
    expect(await marks(page, '#dumbbell', 'province-change')).toBe(provinces);
    expect(await marks(page, '#transitions', 'transitions')).toBe(9); // 3 statuses x 3 statuses

    // The page shows the scenario it ran; the same scenario run in Node gives the same national counts.
    const check = async () => {
      const scenario = JSON.parse(await page.locator('#scenario-json').innerText()) as Scenario;
      const national = compare(balance(ds), runScenario(ds, scenario)).national.objects()[0] as Record<string, number>;
      const kpi = await page.locator('#kpi-table').innerText();
      const row = (label: string) => kpi.split('\n').find((line) => line.trim().startsWith(`${label}\t`)) ?? '';
      expect(row('Overloaded units')).toContain(national.overloaded_scenario!.toLocaleString('en-US'));
      expect(row('Underloaded units')).toContain(national.underloaded_scenario!.toLocaleString('en-US'));
      expect(row('Staff')).toContain(national.staff_scenario!.toLocaleString('en-US'));
      return scenario;
    };
    const first = await check();
    expect(first.levers.length).toBeGreaterThan(0);

    // Move a slider: nothing re-runs until the button is pressed; then the new scenario has no hires.
    const hires = page.getByLabel('New hires (placed where shortage is largest)', { exact: false }).first();
    await hires.fill('0');
    await hires.dispatchEvent('input');
    expect(await page.locator('#scenario-json').innerText()).toContain('addStaff');
    await page.locator('#run-scenario').click();
    await page.waitForFunction(() => !document.querySelector('#scenario-json')?.textContent?.includes('addStaff'), undefined, { timeout: 90_000 });
    const second = await check();
    expect(second.levers.length).toBe(first.levers.length - 1);

    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);
});
