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
import { balance, compare, foldText, formatNumber, formatWorstLoad, LOAD_FIGURE_LABELS, planTransfers, requirementMatrix, runScenario, translate, type Dataset, type PlanTransfersOptions, type Scenario } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { launchBrowser, openPage, serveStatic, type OpenPageOptions, type PageProblems, type StaticServer } from '../support/browser.ts';
import { englishWordsIn } from '../support/english-words.ts';
// 15b: worker, your data, export
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as XLSX from '@e965/xlsx';
import { CanbangInputError, dataNote, inputErrorMessage, uncertainty } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';
import { caseDir, caseInput, SAMPLE_DIR } from '../io/malformed.ts';
import { longestTask, recordLongTasks, resetLongTasks } from '../support/long-tasks.ts';
import { runCli } from '../support/run-cli.ts';

const NOTEBOOKS = join(import.meta.dirname, '..', '..', 'notebooks');
const DIST = join(NOTEBOOKS, 'dist');
/** Every page of notebooks/observablehq.config.js. */
const PAGES = ['index.html', 'province.html', 'unit.html', 'plan.html', 'scenario.html', 'data.html'];
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
async function open(path: string, ready: string, options: OpenPageOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(browser, `${server.url}/${path}`, options);
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
    await page.waitForSelector('#national-map svg');

    // National choropleth: one shape per unit of the dataset (3,321 for Viet Nam), each a link to its province.
    expect(await marks(page, '#national-map', 'national-units')).toBe(ds.units.numRows());
    const firstHref = await page.locator('#national-map svg g[aria-description="national-units"] > a').first().getAttribute('href');
    expect(firstHref).toMatch(/^\.\/province\.html\?province=\d{2}$/);

    // Scatter: every unit of the dataset is one mark (3,321 for Viet Nam).
    expect(await marks(page, '#scatter', 'units')).toBe(ds.units.numRows());
    // The two band lines are dashed (a constant dash, not a function whose source text would land in the SVG),
    // and each of the three lines has its label.
    const dashes = await page.locator('#scatter g[aria-description="band-lines"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('stroke-dasharray')));
    expect(dashes).toEqual(['5,4']);
    expect(await marks(page, '#scatter', 'band-lines')).toBe(2);
    expect(await page.locator('#scatter g[aria-description="band-labels"] > *').count()).toBe(3);
    expect(await page.locator('#scatter').innerHTML()).not.toContain('=>');

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
    // Matching ignores diacritics ("thành" matches "thạnh"): compare folded text.
    for (const row of rows) for (const term of foldText(worst.name).split(' ')) expect(foldText(row)).toContain(term);
    expect(rows.some((row) => row.includes(nfc(worst.name)))).toBe(true);
    expect(await page.locator('#unit-table tbody a[href^="./unit.html?unit="]').count()).toBeGreaterThan(0);
    expect(await page.locator('#unit-table tbody a[href^="./province.html?province="]').count()).toBeGreaterThan(0);

    // Search ignores diacritics and case: "dien bien" finds the units of Điện Biên; the expected count applies the
    // page's rule (every typed word starts a word of the unit's name, province or code) to the dataset in Node.
    const provinceNames = new Map((ds.provinces.objects() as { province_code: string; province_name: string }[]).map((p) => [p.province_code, p.province_name]));
    const words = (text: string) => ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')}`;
    const matches = (u: UnitRow, query: string) =>
      foldText(query).split(' ').every((term) => [u.name, provinceNames.get(u.province_code)!, u.unit_code].some((v) => words(v).includes(` ${term}`)));
    await page.locator('input[type=search]').fill('dien bien');
    await page.waitForTimeout(300);
    const expected = units.filter((u) => matches(u, 'dien bien')).length;
    expect(expected).toBeGreaterThan(40); // the province has 45 units
    // Inputs.search prints the number of rows it keeps beside the box.
    expect(await page.locator('form:has(input[type=search]) output').innerText()).toBe(formatNumber(expected, 'en'));
    const shown = await page.locator('#unit-table tbody tr').allInnerTexts();
    for (const row of shown) expect(foldText(row)).toContain('dien bien');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dien bien');

    // Vietnamese toggle: legends switch to Vietnamese labels.
    await page.getByLabel('Tiếng Việt').check();
    await page.waitForFunction(() => document.querySelector('#scatter')?.textContent?.includes('quá tải'));
    expect(await marks(page, '#scatter', 'units')).toBe(ds.units.numRows());

    // Click-through from the national map: the unit's province page opens, in Vietnamese, with the search kept.
    const shape = page.locator('#national-map svg g[aria-description="national-units"] > a').first();
    const province = new URLSearchParams((await shape.getAttribute('href'))!.split('?')[1]).get('province');
    await shape.evaluate((a) => a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await page.waitForURL(/province\.html/);
    await page.waitForSelector('#map svg');
    const carried = new URL(page.url()).searchParams;
    expect([carried.get('province'), carried.get('lang'), carried.get('q')]).toEqual([province, 'vi', 'dien bien']);
    expect(await page.locator('select').first().evaluate((el: HTMLSelectElement) => el.value)).not.toBe('');

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
      // Click-through: every unit shape links to that unit's profile; the province is in the URL.
      const hrefs = await page.locator('#map svg g[aria-description="province-units"] > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const codes = hrefs.map((h) => new URLSearchParams(h!.split('?')[1]).get('unit'));
      expect(codes.sort()).toEqual(units.filter((u) => u.province_code === p.province_code).map((u) => u.unit_code).sort());
      expect(new URL(page.url()).searchParams.get('province')).toBe(p.province_code);
    }
    await expectClean(page, problems);
    await page.close();

    // The Overview links to province.html?province=CODE, which opens on that province.
    const target = sorted[Math.floor(sorted.length / 2)]!;
    const linked = await open(`province.html?province=${target.province_code}`, '#map svg');
    expect(await linked.page.locator('select option:checked').innerText()).toBe(nfc(target.province_name));
    expect(await marks(linked.page, '#map', 'province-units')).toBe(size(target.province_code));
    await expectClean(linked.page, linked.problems);
    await linked.page.close();
  }, PAGE_TIMEOUT_MS);

  it('Unit profile: the WISN decomposition of the unit and the plan moves that touch it, as the library computes them', async () => {
    // A unit that the default plan of its province moves staff into or out of (Plan page defaults).
    const options: PlanTransfersOptions = { province: '11', maxDistanceKm: 30, maxMovesOut: 5, solver: 'flow', fixedMoves: [], forbidden: [] };
    const plan = await planTransfers(ds, options);
    const touched = plan.moves[0]!.to;
    const { page, problems } = await open(`unit.html?unit=${touched}`, '#field-table table');
    await page.waitForSelector('#unit-moves');
    await page.waitForFunction(() => !document.querySelector('#unit-moves')?.closest('.observablehq--loading'));
    const m = requirementMatrix(ds);
    const u = m.unitCodes.indexOf(touched);
    const nf = m.fields.length;
    // One row per field, with the requirement requirementMatrix gives (2 decimals, as shown).
    const fieldRows = await page.locator('#field-table tbody tr').allInnerTexts();
    expect(fieldRows).toHaveLength(nf);
    const shownRequired = fieldRows.map((r) => r.split('\t').map((c) => c.trim()).filter(Boolean)[4]);
    expect(shownRequired.sort()).toEqual(m.fields.map((_, f) => formatNumber(m.required[u * nf + f]!, 'en', 2)).sort());
    // One activity row per volume row of the unit.
    const volumeRows = (ds.volumes.array('unit_code') as string[]).filter((c) => c === touched).length;
    expect(await page.locator('#activity-table form').evaluate((f) => f.querySelectorAll('tbody tr').length)).toBe(Math.min(volumeRows, 24));
    // The moves of the default plan that touch this unit.
    const touching = plan.moves.filter((mv) => mv.from === touched || mv.to === touched);
    expect(await page.locator('#unit-moves tbody tr').count()).toBe(touching.length);
    expect(await page.locator('select.unit-select, .unit-select select').first().evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text)).toBe(nfc(units.find((x) => x.unit_code === touched)!.name));
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('Language: switching to Tiếng Việt keeps the province, a moved control and the search, on this page and the next', async () => {
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
    const selectedName = () => page.locator('select').first().evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text);
    expect(nfc(await selectedName())).toBe(nfc(hcmc.province_name));
    expect(await range.inputValue()).toBe('50');
    // The state is in the URL.
    const params = new URL(page.url()).searchParams;
    expect([params.get('province'), params.get('km'), params.get('lang')]).toEqual(['79', '50', 'vi']);

    // The next page (through the sidebar link, as a reader goes) opens in Vietnamese on the same province.
    await page.locator('#observablehq-sidebar a[href*="province"]').first().click();
    await page.waitForSelector('#map svg');
    expect(await page.getByLabel('Tiếng Việt').first().isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(nfc(await selectedName())).toBe(nfc(hcmc.province_name));
    // ... and back: the Plan page still has the slider at 50 and Ho Chi Minh City.
    await page.locator('#observablehq-sidebar a[href*="plan"]').first().click();
    await page.waitForSelector('#moves-map svg');
    expect(nfc(await selectedName())).toBe(nfc(hcmc.province_name));
    expect(await page.locator('input[type=range]').first().inputValue()).toBe('50');
    expect(JSON.parse((await page.locator('#plan-options').textContent())!).maxDistanceKm).toBe(50);
    await expectClean(page, problems);
    await page.close();

    // Search and sliders on the Scenario page: a language switch keeps both, and so does the next page and back.
    const scen = await open('scenario.html?lang=en', '#dumbbell svg');
    const hires = scen.page.getByLabel('New hires (placed where shortage is largest)', { exact: false }).first();
    await hires.fill('2000');
    await hires.dispatchEvent('input');
    await scen.page.locator('input[type=search]').fill('ha noi');
    await scen.page.getByLabel('Tiếng Việt').first().check();
    await scen.page.waitForFunction(() => document.documentElement.lang === 'vi');
    await scen.page.waitForTimeout(500);
    const state = async () => [await scen.page.locator('input[type=search]').inputValue(), await scen.page.getByLabel('Tuyển mới', { exact: false }).first().inputValue()];
    expect(await state()).toEqual(['ha noi', '2000']);
    await scen.page.locator('#observablehq-sidebar a[href="./"], #observablehq-sidebar a[href$="index.html"]').first().click();
    await scen.page.waitForSelector('#unit-table table');
    expect(await scen.page.locator('input[type=search]').inputValue()).toBe('ha noi');
    await scen.page.locator('#observablehq-sidebar a[href*="scenario"]').first().click();
    await scen.page.waitForSelector('#dumbbell svg');
    expect(await state()).toEqual(['ha noi', '2000']);
    await expectClean(scen.page, scen.problems);
    await scen.page.close();
  }, PAGE_TIMEOUT_MS);

  it('Out-of-range input: a typed value outside a slider is clamped, shown and used', async () => {
    const { page, problems } = await open('plan.html?province=11', '#moves-map svg');
    const box = page.locator('input[type=number]').first();
    await box.fill('999');
    await box.dispatchEvent('change');
    // The box shows the value used (the slider's maximum, 150) and a message says why.
    expect(await box.inputValue()).toBe('150');
    expect(await page.locator('.clamp-note').first().innerText()).toBe('999 is outside 5–150: 150 is used.');
    const before = (await page.locator('#plan-options').textContent())!;
    await page.locator('#solve-plan').click();
    await page.waitForFunction((old) => document.querySelector('#plan-options')?.textContent !== old, before, { timeout: 90_000 });
    expect(JSON.parse((await page.locator('#plan-options').textContent())!).maxDistanceKm).toBe(150);
    // A value below the range from a link is clamped too.
    await page.goto(`${server.url}/plan.html?province=11&km=1`);
    await page.waitForSelector('#moves-map svg');
    await page.waitForTimeout(300);
    expect(await page.locator('input[type=number]').first().inputValue()).toBe('5');
    expect(await page.locator('.clamp-note').first().innerText()).toBe('1 is outside 5–150: 5 is used.');
    // The first plan is solved with the clamped value, so the page is not out of date, and the URL says 5.
    await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
    expect(JSON.parse((await page.locator('#plan-options').textContent())!).maxDistanceKm).toBe(5);
    expect(await page.evaluate(() => document.body.hasAttribute('data-results-stale'))).toBe(false);
    expect(new URL(page.url()).searchParams.get('km')).toBe('5');

    // A field keeps its colour whatever the province: the legend lists every field in the same colours.
    const legend = async () => page.locator('#moves-map').evaluate((el) => Array.from(el.querySelectorAll('[class*="swatch"]')).map((s) => s.textContent + '=' + (s.querySelector('svg rect, svg')?.getAttribute('fill') ?? s.querySelector('rect')?.getAttribute('fill'))));
    const inDienBien = await legend();
    await page.goto(`${server.url}/plan.html?province=79`);
    await page.waitForSelector('#moves-map svg');
    expect(inDienBien.length).toBeGreaterThanOrEqual(new Set(ds.fields.array('field') as string[]).size);
    expect(await legend()).toEqual(inDienBien);
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
      // One boundary shape per unit of the province.
      expect(await marks(page, '#moves-map', 'plan-units')).toBe(units.filter((u) => u.province_code === options.province).length);
      const status = await page.locator('#plan-status').innerText();
      expect(status).toContain(`${plan.moves.length} moves`);
      // Staff·km is the sum over the listed moves, locked ones included (staff × km of each move).
      const staffKm = plan.moves.reduce((sum, m) => sum + m.staff * m.distance_km, 0);
      expect(status).toContain(`${formatNumber(staffKm, 'en', 1)} staff·km`);
      expect(await page.locator('#moves-table tbody tr').count()).toBe(plan.moves.length);
      // The same worst-load figures, in the same words, as canbang plan and the report.
      for (const w of ['all', 'reachable'] as const) expect(status).toContain(`${LOAD_FIGURE_LABELS[w]}: ${formatWorstLoad(plan.load.before, w)} → ${formatWorstLoad(plan.load.after, w)}`);
      return { options, plan };
    };
    const first = await expectSamePlan();
    expect(first.plan.moves.length).toBeGreaterThan(0);

    const moveRows = page.locator('#moves-table tbody tr');
    const optionsChange = (before: string) =>
      page.waitForFunction((old) => document.querySelector('#plan-options')?.textContent !== old, before, { timeout: 90_000 });

    // Pick the first move ON THE MAP (click its arrow): its table row is checked; forbid it.
    const banned = first.plan.moves[0]!;
    let before = (await page.locator('#plan-options').textContent())!;
    await page.locator('#moves-map svg g[aria-description="moves"] > *').first().dispatchEvent('click');
    await page.waitForFunction(() => document.querySelector('#moves-table tbody tr input[type=checkbox]:checked') !== null);
    await page.getByRole('button', { name: 'Forbid selected' }).click();
    await optionsChange(before);
    const second = await expectSamePlan();
    expect(second.options.forbidden).toEqual([{ from: banned.from, to: banned.to, field: banned.field }]);
    expect(second.plan.moves.some((m) => m.from === banned.from && m.to === banned.to && m.field === banned.field)).toBe(false);
    // The ban is listed with its own undo button.
    expect(await page.locator('#overrides tbody tr[data-kind="forbidden"]').count()).toBe(1);

    // Lock the (new) first two moves from the table: they stay in the plan, marked as locked, and count in staff·km.
    before = (await page.locator('#plan-options').textContent())!;
    await moveRows.nth(0).locator('input[type=checkbox]').check();
    await moveRows.nth(1).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Lock selected' }).click();
    await optionsChange(before);
    const third = await expectSamePlan();
    expect(third.options.fixedMoves).toHaveLength(2);
    expect(third.plan.moves.filter((m) => m.fixed)).toHaveLength(2);
    expect(await page.locator('#moves-table').innerText()).toContain('yes');
    expect(await page.locator('#overrides tbody tr').count()).toBe(3);

    // Undo the ban alone: locks stay, the ban goes.
    before = (await page.locator('#plan-options').textContent())!;
    await page.locator('#overrides tbody tr[data-kind="forbidden"] button').click();
    await optionsChange(before);
    const fourth = await expectSamePlan();
    expect(fourth.options.forbidden).toEqual([]);
    expect(fourth.options.fixedMoves).toEqual(third.options.fixedMoves);

    // No glyph that needs an emoji font anywhere on the page (emoji presentation characters).
    expect(await page.evaluate(() => /\p{Extended_Pictographic}/u.test(document.body.innerText.replace(/[©®™↔-⇿]/g, '')))).toBe(false);
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
  /** Each page and a selector that shows once its last cell has rendered. */
  const READY: Record<string, string> = {
    'index.html': '#unit-table table', 'province.html': '#heatmap svg', 'unit.html': '#field-table table', 'plan.html': '#moves-table table', 'scenario.html': '#unit-changes table', 'data.html': '#pick-workbook',
  };

  it('Tiếng Việt: no page shows an English word of the list (issue 14), outside machine text', async () => {
    for (const path of PAGES) {
      const { page, problems } = await open(`${path}?lang=vi&province=11`, READY[path]!);
      await page.waitForTimeout(500);
      // Machine text stays as it is: the scenario file (JSON codes) and the command line. Move explanations come
      // from planTransfers with the page's locale; they must equal the library's own text for that locale.
      if (path === 'plan.html') {
        const options = JSON.parse((await page.locator('#plan-options').textContent())!) as PlanTransfersOptions;
        expect((options as { locale?: string }).locale).toBe('vi');
        const plan = await planTransfers(ds, options);
        const shown = await page.locator('#moves-table tbody tr td:last-child').allInnerTexts();
        expect(shown.map((x) => x.trim())).toEqual(plan.moves.slice(0, shown.length).map((m) => m.explanation));
      }
      const text = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('pre, #moves-table tbody td:nth-last-child(-n+2)').forEach((el) => el.remove());
        document.body.append(body);
        body.style.position = 'absolute';
        const t = body.innerText;
        body.remove();
        return t;
      });
      expect(englishWordsIn(text), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      await expectClean(page, problems);
      await page.close();
    }
  }, PAGE_TIMEOUT_MS * 2);

  it('390 px: no horizontal overflow, no cut-off number or name, charts drawn at their own size (text not shrunk)', async () => {
    for (const width of [390, 1440]) {
      for (const path of PAGES) {
        const { page, problems } = await open(`${path}?province=79`, READY[path]!, { viewport: { width, height: 900 } });
        await page.waitForTimeout(500);
        const layout = await page.evaluate(() => {
          const cells = Array.from(document.querySelectorAll('main td, main th')) as HTMLElement[];
          return {
            checked: [cells.length, document.querySelectorAll('main svg[class^="plot"]').length],
            scrollWidth: document.documentElement.scrollWidth,
            clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.innerText).slice(0, 5),
            ellipsis: cells.filter((c) => c.innerText.trim().endsWith('…')).map((c) => c.innerText).slice(0, 5),
            // Plot charts: drawn width / intended width (below 1 = scaled down, its 10-11 px text shrinks).
            // Chart text with a number in it must lie inside its chart (not cut by the SVG's edge).
            cutNumbers: (Array.from(document.querySelectorAll('main svg[class^="plot"] text')) as SVGTextElement[])
              .filter((text) => /\d/.test(text.textContent ?? ''))
              .filter((text) => {
                const box = text.getBoundingClientRect();
                const frame = text.ownerSVGElement!.getBoundingClientRect();
                return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
              })
              .map((text) => text.textContent)
              .slice(0, 5),
            shrunk: (Array.from(document.querySelectorAll('main svg[class^="plot"]')) as SVGSVGElement[])
              .filter((svg) => svg.width.baseVal.value > 0 && svg.getBoundingClientRect().width / svg.width.baseVal.value < 0.99)
              .map((svg) => svg.closest('[id]')?.id ?? '?'),
          };
        });
        // Every page has tables or charts to check (the unit page has no chart, the others both), except the Data
        // page, which shows only its file pickers until a dataset is loaded: there only the page width is checked.
        if (path !== 'data.html') expect(layout.checked[0]! + layout.checked[1]!, path).toBeGreaterThan(0);
        expect(layout.scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width);
        expect(layout.clipped, `${path} at ${width} px`).toEqual([]);
        expect(layout.ellipsis, `${path} at ${width} px`).toEqual([]);
        expect(layout.shrunk, `${path} at ${width} px`).toEqual([]);
        expect(layout.cutNumbers, `${path} at ${width} px`).toEqual([]);
        await expectClean(page, problems);
        await page.close();
      }
    }
  }, PAGE_TIMEOUT_MS * 2);
});

// 15b: the engine in a Web Worker (no long main-thread task), the user's own data, downloads.

/** The longest task a page may block its main thread for (issue 15: under 200 ms). */
const LONGEST_TASK_MS = 200;
/** Where each page is ready: its main chart, or the Data page's pickers. */
const READY: Readonly<Record<string, string>> = {
  'index.html': '#scatter svg', 'province.html': '#map svg', 'unit.html': '#field-table table', 'plan.html': '#moves-map svg', 'scenario.html': '#dumbbell svg', 'data.html': '#pick-workbook',
};

/** Opens a page recording long tasks from its very first script. */
async function openRecorded(path: string, viewport = { width: 1440, height: 900 }): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(browser, `${server.url}/${path}`, { viewport, prepare: recordLongTasks });
  await opened.page.waitForSelector(READY[path]!, { timeout: 90_000 });
  return opened;
}

/**
 * Longest task of `act` on `page`, best of `tries` (a fresh attempt only when over the limit): the test
 * machine is shared, and a task stretched by another process's load says nothing about the page.
 */
async function longestOf(label: string, tries: number, act: () => Promise<Page>): Promise<number> {
  const seen: number[] = [];
  for (let k = 0; k < tries && !(seen.length && Math.min(...seen) < LONGEST_TASK_MS); k++) {
    const page = await act();
    await page.waitForTimeout(1000); // tasks that follow the visible result (layout, paint) count too
    seen.push(await longestTask(page));
    await page.close();
  }
  process.stderr.write(`notebooks: longest main-thread task, ${label}: ${seen.map((ms) => `${Math.round(ms)} ms`).join(', then ')}\n`);
  return Math.min(...seen);
}

/** Sets a range input's value as a user dragging it would, without pressing Run. */
async function moveRange(page: Page, index: number, value: string): Promise<void> {
  await page.locator('input[type=range]').nth(index).evaluate((el: HTMLInputElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** Text of a download triggered by `click`. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const csvRows = (bytes: Buffer): Record<string, unknown>[] => {
  const book = XLSX.read(bytes.toString('utf8').replace(/^\ufeff/, ''), { type: 'string', raw: true });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]!]!, { raw: true, defval: null });
};

describe('notebooks: the engine runs in a Web Worker, the main thread never blocks for 200 ms', () => {
  it.each(PAGES)('first load of %s', async (path) => {
    const longest = await longestOf(`first load of ${path}`, 3, async () => (await openRecorded(path)).page);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  }, PAGE_TIMEOUT_MS);

  it('plan re-solve: progress, a stale marker while the controls differ from the plan shown, no long task', async () => {
    const longest = await longestOf('plan re-solve', 2, async () => {
      const { page, problems } = await openRecorded('plan.html');
      await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
      await resetLongTasks(page);
      // Moving a control before pressing the button marks the plan on the page as stale.
      await moveRange(page, 0, '60');
      await page.waitForSelector('.run-status[data-state=stale]');
      expect(await page.evaluate(() => document.body.hasAttribute('data-results-stale'))).toBe(true);
      expect(await page.locator('.run-status').innerText()).toContain('Out of date');
      const before = (await page.locator('#plan-options').textContent())!;
      await page.locator('#solve-plan').click();
      await page.waitForFunction((old) => document.querySelector('#plan-options')?.textContent !== old, before, { timeout: 90_000 });
      await page.waitForSelector('.run-status[data-state=done]');
      expect(await page.evaluate(() => document.body.hasAttribute('data-results-stale'))).toBe(false);
      // The plan solved in the worker is the one planTransfers gives in Node for the options shown.
      const options = JSON.parse((await page.locator('#plan-options').textContent())!) as PlanTransfersOptions;
      expect(options.maxDistanceKm).toBe(60);
      const plan = await planTransfers(ds, options);
      expect(await marks(page, '#moves-map', 'moves')).toBe(plan.moves.length);
      await expectClean(page, problems);
      return page;
    });
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  }, PAGE_TIMEOUT_MS);

  it('a language switch keeps a moved slider and the stale marker, relabelled in Vietnamese, until the plan is solved again', async () => {
    const { page, problems } = await open('plan.html?province=11', '.run-status[data-state=done]');
    await moveRange(page, 0, '60');
    await page.waitForSelector('.run-status[data-state=stale]');
    await page.getByLabel('Tiếng Việt').first().check();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    // The Plan page re-solves in the new language (explanations) with the settings last applied: still stale.
    await page.waitForSelector('.run-status[data-state=stale]', { timeout: 90_000 });
    await page.waitForFunction(() => !document.querySelector('.run-status progress:not([style*="none"])'), undefined, { timeout: 90_000 });
    // The message and the button it names come from the catalogue in Vietnamese.
    const stale = translate('vi', 'notebook.run.stale', { button: translate('vi', 'nb.control.solve') });
    expect(nfc(await page.locator('.run-status').innerText())).toBe(nfc(stale));
    expect(await page.evaluate(() => document.body.hasAttribute('data-results-stale'))).toBe(true);
    expect(await page.locator('input[type=range]').first().inputValue()).toBe('60');
    expect(JSON.parse((await page.locator('#plan-options').textContent())!).maxDistanceKm).toBe(30);
    // Solving applies the slider and clears the marker.
    await page.locator('#solve-plan').click();
    await page.waitForFunction(() => JSON.parse(document.querySelector('#plan-options')?.textContent ?? '{}').maxDistanceKm === 60, undefined, { timeout: 90_000 });
    await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
    expect(await page.evaluate(() => document.body.hasAttribute('data-results-stale'))).toBe(false);
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('scenario run: progress and no long task; the result equals runScenario in Node', async () => {
    const longest = await longestOf('scenario run', 2, async () => {
      const { page, problems } = await openRecorded('scenario.html');
      await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
      await resetLongTasks(page);
      const hires = page.getByLabel('New hires (placed where shortage is largest)', { exact: false }).first();
      await hires.fill('2000');
      await hires.dispatchEvent('input');
      await page.waitForSelector('.run-status[data-state=stale]');
      const before = await page.locator('#scenario-json').innerText();
      await page.locator('#run-scenario').click();
      // While it runs, the status line shows a progress bar.
      await page.waitForSelector('.run-status[data-state=running], .run-status[data-state=done]');
      await page.waitForFunction((old) => document.querySelector('#scenario-json')?.textContent !== old, before, { timeout: 90_000 });
      await page.waitForSelector('.run-status[data-state=done]');
      const scenario = JSON.parse(await page.locator('#scenario-json').innerText()) as Scenario;
      const national = compare(balance(ds), runScenario(ds, scenario)).national.objects()[0] as Record<string, number>;
      expect(await page.locator('#kpi-table').innerText()).toContain(national.staff_scenario!.toLocaleString('en-US'));
      await expectClean(page, problems);
      return page;
    });
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  }, PAGE_TIMEOUT_MS);
  it('Monte Carlo: runs in the worker on request with its own progress line; the same bands as uncertainty() in Node', async () => {
    const longest = await longestOf('Monte Carlo (40 draws)', 2, async () => {
      const { page, problems } = await openRecorded('scenario.html');
      await page.waitForSelector('#run-scenario ~ .run-status[data-state=done]', { timeout: 90_000 });
      await resetLongTasks(page);
      await page.locator('#monte-carlo input[type=range]').evaluate((el: HTMLInputElement) => {
        el.value = '40';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.locator('#run-monte-carlo').click();
      await page.waitForSelector('#monte-carlo .run-status[data-state=done]', { timeout: 120_000 });
      // The scenario's own status line is not touched by the Monte Carlo run.
      expect(await page.locator('#run-scenario ~ .run-status').getAttribute('data-state')).toBe('done');
      const scenario = JSON.parse(await page.locator('#scenario-json').innerText()) as Scenario;
      const u = uncertainty(ds, scenario, { draws: 40 }); // seeded by the scenario: the same draws as the worker
      const national = u.national.objects() as { metric: string; p10: number; p50: number; p90: number }[];
      const overloaded = national.find((r) => r.metric === 'overloaded')!;
      const table = await page.locator('#monte-carlo-result table').innerText();
      const line = table.split('\n').find((l) => l.includes('Overloaded units'))!;
      for (const q of ['p10', 'p50', 'p90'] as const) expect(line).toContain(overloaded[q].toLocaleString('en-US', { maximumFractionDigits: 0 }));
      const likely = (u.units.objects() as { p_overloaded: number }[]).filter((r) => r.p_overloaded > 0.5).length;
      expect(await page.locator('#monte-carlo-likely').innerText()).toContain(`${likely.toLocaleString('en-US')} unit`);
      await expectClean(page, problems);
      return page;
    });
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
  }, PAGE_TIMEOUT_MS);
});

describe('notebooks: your own data, read in the browser with the CLI\'s checks and messages', () => {
  /** The CLI's message for the same files, with the temp folder the Node reader saw left out. */
  async function cliMessage(input: string, locale: 'en' | 'vi'): Promise<string> {
    const error = await readDataset(input).then(() => undefined, (e: unknown) => e);
    if (!(error instanceof CanbangInputError)) throw new Error(`expected ${input} to be refused`);
    return inputErrorMessage(error, locale).replaceAll(`${join(input, '..')}/`, '');
  }

  async function pick(page: Page, picker: string, input: string): Promise<string> {
    // Forget the previous outcome, so the wait below sees this pick's.
    await page.evaluate(() => document.querySelector('#data-status')?.removeAttribute('data-state'));
    await page.locator(picker).setInputFiles(input);
    await page.waitForSelector('#data-status[data-state=loaded], #data-status[data-state=refused]', { timeout: 90_000 });
    return page.locator('#data-status').innerText();
  }

  it('a good CSV folder is used by every page for the session; a reset brings the built-in dataset back', async () => {
    const sample = await readDataset(SAMPLE_DIR);
    const sampleUnits = balance(sample).byUnit.objects() as unknown as UnitRow[];
    const { page, problems } = await open('data.html', '#pick-folder');
    const status = await pick(page, '#pick-folder', SAMPLE_DIR);
    expect(status).toContain(`${sample.units.numRows()} units`);
    expect(await page.locator('#data-source').innerText()).toContain(sample.meta.name);

    // The Overview draws the loaded units: one dot per unit of the sample, its counts by status.
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('#scatter svg g[aria-description="units"]', { timeout: 90_000 });
    await page.waitForFunction((n) => document.querySelectorAll('#scatter svg g[aria-description="units"] > *').length === n, sample.units.numRows(), { timeout: 30_000 });
    const kpis = await page.locator('#kpis').innerText();
    for (const s of ['overloaded', 'underloaded']) expect(kpis).toContain(String(sampleUnits.filter((u) => u.status === s).length));
    expect(await page.locator('#data-source').innerText()).toContain('nothing was uploaded');

    // The Plan page solves on it: the same plan as planTransfers on the files read in Node.
    await page.goto(`${server.url}/plan.html`);
    await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
    const options = JSON.parse((await page.locator('#plan-options').textContent())!) as PlanTransfersOptions;
    expect(options.province).toBe((sample.provinces.objects()[0] as { province_code: string }).province_code);
    const plan = await planTransfers(sample, options);
    expect(await page.locator('#plan-status').innerText()).toContain(`${plan.moves.length} moves`);
    expect(await marks(page, '#moves-map', 'plan-units')).toBe(sample.units.numRows());

    // Reset: the built-in dataset again, on this page and the next.
    await page.goto(`${server.url}/data.html`);
    await page.waitForSelector('#reset-data');
    await page.locator('#reset-data').click();
    await page.waitForSelector('#data-status[data-state=reset]');
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction((n) => document.querySelectorAll('#scatter svg g[aria-description="units"] > *').length === n, ds.units.numRows(), { timeout: 90_000 });
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('a good workbook and a good JSON dataset load with their unit counts', async () => {
    const sample = await readDataset(SAMPLE_DIR);
    const dir = mkdtempSync(join(tmpdir(), 'canbang-byod-'));
    await writeDataset(sample, join(dir, 'dien-bien.xlsx'));
    await writeDataset(sample, join(dir, 'dien-bien.json'));
    const { page, problems } = await open('data.html', '#pick-workbook');
    expect(await pick(page, '#pick-workbook', join(dir, 'dien-bien.xlsx'))).toContain(`${sample.units.numRows()} units`);
    expect(await pick(page, '#pick-json', join(dir, 'dien-bien.json'))).toContain(`${sample.units.numRows()} units`);
    expect(await page.locator('#data-source').innerText()).toContain('dien-bien.json');
    await page.locator('#reset-data').click();
    await page.waitForSelector('#data-status[data-state=reset]');
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  // Bad files of each kind: the page shows the CLI's message (file or sheet, row, column, value, expected).
  const BAD: [string, string, () => string][] = [
    ['CSV folder, negative staff (file, row, column)', '#pick-folder', () => caseInput(caseDir('negative-staff'))],
    ['CSV folder, ragged row', '#pick-folder', () => caseInput(caseDir('ragged-row'))],
    ['JSON, a number given as text (item N)', '#pick-json', () => caseInput(caseDir('json-string-number'))],
    ['workbook, merged staff cells (sheet, row, column)', '#pick-workbook', () => join(import.meta.dirname, '..', 'fixtures', 'workbooks', 'merged-staff.xlsx')],
    ['workbook, a zip entry that inflates past its declared size', '#pick-workbook', () => join(import.meta.dirname, '..', 'fixtures', 'workbooks', 'lying-zip.xlsx')],
  ];
  it.each(BAD)('%s: refused with the CLI\'s message in English and Vietnamese; the dataset in use stays', async (_label, picker, make) => {
    const input = make();
    const { page, problems } = await open('data.html', picker);
    const status = await pick(page, picker, input);
    expect(status).toBe(`Not loaded: ${await cliMessage(input, 'en')}`);
    expect(await page.locator('#data-status').getAttribute('data-state')).toBe('refused');
    expect(await page.locator('#data-source [data-kind], #data-source p').first().getAttribute('data-kind')).toBe('builtin');
    await page.getByLabel('Tiếng Việt').first().check();
    await page.waitForFunction(() => document.querySelector('#data-status')?.textContent?.startsWith('Chưa nạp'));
    expect(await page.locator('#data-status').innerText()).toBe(`Chưa nạp: ${await cliMessage(input, 'vi')}`);
    await page.getByLabel('English').first().check();
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);
});

describe('notebooks: downloads (tables as CSV and XLSX, charts as SVG and PNG, the scenario file)', () => {
  it('Plan: the move list as CSV and XLSX equals planTransfers; the map as SVG and PNG', async () => {
    const { page, problems } = await open('plan.html', '#moves-map svg');
    await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
    const options = JSON.parse((await page.locator('#plan-options').textContent())!) as PlanTransfersOptions;
    const plan = await planTransfers(ds, options);
    const row = page.locator('#moves-export');

    const csv = await download(page, () => row.locator('button[data-format=csv]').click());
    expect(csv.name).toBe(`plan-${options.province}.csv`);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM: Excel reads UTF-8
    const moves = csvRows(csv.bytes);
    expect(moves).toHaveLength(plan.moves.length);
    expect(moves.map((m) => [String(m.from).padStart(5, '0'), String(m.to).padStart(5, '0'), m.field, Number(m.staff)])).toEqual(plan.moves.map((m) => [m.from, m.to, m.field, m.staff]));

    const xlsx = await download(page, () => row.locator('button[data-format=xlsx]').click());
    const book = XLSX.read(xlsx.bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['moves', 'units', 'still_to_hire', 'about']);
    const sheet = (name: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[name]!, { defval: null });
    expect(sheet('moves').map((m) => m.staff)).toEqual(plan.moves.map((m) => m.staff));
    expect(sheet('units')).toHaveLength(plan.units.length);
    // The data note travels with the numbers.
    expect(sheet('about').find((r) => r.item === 'data note')?.value).toBe(dataNote(ds.meta));

    const svg = await download(page, () => page.locator('.export-row-slot button[data-format=svg]').first().click());
    expect(svg.name).toBe(`moves-map-${options.province}.svg`);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    // One path per move arrow inside the moves mark, as on the page.
    const movesGroup = /<g[^>]*aria-description="moves"[^>]*>([\s\S]*?)<\/g>/.exec(svgText)?.[1] ?? '';
    expect((movesGroup.match(/<path/g) ?? []).length).toBe(plan.moves.length);

    const png = await download(page, () => page.locator('.export-row-slot button[data-format=png]').first().click());
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // PNG signature
    // IHDR width: twice the chart's width on the page (drawn at 2x for print).
    const chartWidth = await page.locator('#moves-map svg[aria-description], #moves-map svg:has(g[aria-description])').first().evaluate((el) => Math.round(el.getBoundingClientRect().width));
    expect(png.bytes.readUInt32BE(16)).toBe(chartWidth * 2);
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);

  it('Scenario: the saved scenario file runs in `canbang scenario` to the numbers on the page', async () => {
    const { page, problems } = await open('scenario.html', '#dumbbell svg');
    await page.waitForSelector('.run-status[data-state=done]', { timeout: 90_000 });
    const file = await download(page, () => page.locator('#scenario-file button').click());
    expect(file.name).toBe('my-scenario.json');
    const dir = mkdtempSync(join(tmpdir(), 'canbang-scenario-'));
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    const result = join(dir, 'result.json'); // a file: the national JSON is larger than a pipe buffer
    const cli = runCli(['scenario', path, '--compare', '--out', result]);
    expect(cli.code, cli.stderr).toBe(0);
    const out = JSON.parse(readFileSync(result, 'utf8')) as { national: Record<string, number>; units: Record<string, unknown>[] };
    const kpi = await page.locator('#kpi-table').innerText();
    const rowOf = (label: string) => kpi.split('\n').find((line) => line.trim().startsWith(`${label}\t`)) ?? '';
    expect(rowOf('Overloaded units')).toContain(out.national.overloaded!.toLocaleString('en-US'));
    expect(rowOf('Staff')).toContain(out.national.staff!.toLocaleString('en-US'));

    // The units table downloaded as CSV gives, unit by unit, the CLI's staff changes.
    const csv = await download(page, () => page.locator('.export-row-slot button[data-format=csv]').last().click());
    expect(csv.name).toBe('scenario-units.csv');
    const fromPage = new Map(csvRows(csv.bytes).map((r) => [String(r.unit_code).padStart(5, '0'), Number(r.d_staff)]));
    expect(fromPage.size).toBe(out.units.length);
    for (const u of out.units) expect(fromPage.get(u.unit_code as string)).toBe(u.d_staff);
    await expectClean(page, problems);
    await page.close();
  }, PAGE_TIMEOUT_MS);
});
