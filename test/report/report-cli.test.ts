/**
 * `canbang report` end to end: the real binary writes the report of the built-in Viet Nam dataset, which is
 * then opened in headless Chromium with outside requests blocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { launchBrowser } from '../support/browser.ts';
import { runCli } from '../support/run-cli.ts';
import { expectedBars, openReport } from './report-page.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'canbang-report-cli-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each CLI run builds the 3,321-unit dataset in a child process; allow for a busy 2-core machine.
describe('canbang report', { timeout: 240_000 }, () => {
  const dataset = loadVietNam();

  it('writes the national report; every chart draws the bars the data implies, with no requests or errors', async () => {
    const out = join(dir, 'viet-nam.html');
    const run = runCli(['report', '--out', out]);
    expect(run.stderr).toContain('report: wrote');
    expect(run.code).toBe(0);

    const expected = expectedBars(dataset);
    const { page, problems, bars, drawnArea } = await openReport(browser, out);
    expect(await bars('status-by-kind')).toBe(expected.byKind);
    expect(await bars('status-by-province')).toBe(expected.byProvince);
    expect(await bars('field-gaps')).toBe(expected.fields);
    expect(await bars('load-distribution')).toBe(expected.loadBins);
    // 34 provinces, each with at least one status segment, so the province chart has at least 34 bars.
    expect(expected.byProvince).toBeGreaterThanOrEqual(34);
    const provinceChart = await drawnArea('status-by-province');
    expect(provinceChart.height).toBeGreaterThan(34 * 10);
    expect(provinceChart.withArea).toBe(expected.byProvince);

    // Most overloaded units, recomputed here: overloaded, highest load (no staff = infinite) first, 15 of them.
    const loadOf = (u: { load: number | null }) => u.load ?? Number.POSITIVE_INFINITY;
    const top = expected.units
      .filter((u) => u.status === 'overloaded')
      .sort((a, b) => loadOf(b) - loadOf(a) || a.unit_code.localeCompare(b.unit_code))
      .slice(0, 15);
    const shown = await page.locator('#most-overloaded .unit-name').allTextContents();
    expect(shown).toEqual(top.map((u) => u.name));
    expect(shown.every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(await page.locator('#synthetic-warning').count()).toBe(1);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blockedRequests).toEqual([]);
    await page.close();
  });

  it('writes one province (79, TP Hồ Chí Minh) with its own units only, and its transfer plan before / after', async () => {
    const out = join(dir, 'hcmc.html');
    const run = runCli(['report', '--province', '79', '--plan', '--out', out, '--top', '5']);
    expect(run.stderr).toContain('report: plan block 1/1 (79)');
    expect(run.code).toBe(0);

    const expected = expectedBars(dataset, '79');
    const { page, problems, bars } = await openReport(browser, out);
    expect(await bars('status-by-kind')).toBe(expected.byKind);
    expect(await page.locator('figure[data-chart="status-by-province"]').count()).toBe(0);
    expect(await bars('field-gaps')).toBe(expected.fields);
    expect(await bars('load-distribution')).toBe(expected.loadBins);
    const names = new Set(expected.units.map((u) => u.name));
    const shown = [
      ...(await page.locator('#most-overloaded .unit-name').allTextContents()),
      ...(await page.locator('#most-underloaded .unit-name').allTextContents()),
    ];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(10); // --top 5 per table
    expect(shown.every((name) => names.has(name))).toBe(true);
    expect(await page.title()).toContain('Thành phố Hồ Chí Minh');

    // The same plan computed here: one before and one after bar per field in both plan charts; the moves
    // table lists the 25 largest moves (or all of them when fewer) and names units of province 79 only.
    const plan = await planTransfers(dataset, { province: '79' });
    const planFields = new Set(plan.units.map((u) => u.field)).size;
    expect(await bars('plan-shortage')).toBe(2 * planFields);
    expect(await bars('plan-overloaded')).toBe(2 * planFields);
    expect(await page.locator('#plan-moves tbody tr').count()).toBe(Math.min(25, plan.moves.length));
    const moveNames = await page.locator('#plan-moves .unit-name').allTextContents();
    expect(moveNames.length).toBeGreaterThan(0);
    expect(moveNames.every((name) => names.has(name))).toBe(true);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], blockedRequests: [] });
    await page.close();
  });

  it('rejects an unknown province, a non-HTML output or --max-distance-km without --plan: exit code 2, nothing written', () => {
    const before = readdirSync(dir).length;
    const badProvince = runCli(['report', '--province', '99x', '--out', join(dir, 'bad.html')]);
    expect(badProvince.code).toBe(2);
    expect(badProvince.stderr).toMatch(/--province.*"99x".*expected a province of the dataset, by code/);
    const badOut = runCli(['report', '--out', join(dir, 'report.txt')]);
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toContain('ending in .html');
    const distanceWithoutPlan = runCli(['report', '--max-distance-km', '30', '--out', join(dir, 'bad.html')]);
    expect(distanceWithoutPlan.code).toBe(2);
    expect(distanceWithoutPlan.stderr).toContain('together with --plan');
    // Nothing written, not even a temporary file.
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
    expect(readdirSync(dir).length).toBe(before);
  });
});
