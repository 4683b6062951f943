import { describe, expect, it } from 'vitest';
import { createDataset, loadFigures, planTransfers, type DatasetRows, type PlanUnitRow, type TransferPlan } from '@canbang/core';
import { buildReport } from '../../src/report/build-report.ts';
import { planFieldRows } from '../../src/report/plan-section.ts';

/**
 * Two units 1.1 km apart in one province, one field (land, 60 min a case, no allowances).
 * AWT 1,832 h = 109,920 min, so 1,374 cases a quarter (5,496 a year) need 5,496 h / 1,832 h = 3 FTE, 458 need 1 FTE.
 * X: 1 staff for 3 required (overloaded); Y: 4 staff for 1 required (3 spare). The optimal plan moves 2 staff
 * from Y to X: X reaches exactly its requirement (load 1), never above it, and Y stays above its own.
 */
function twoUnitRows(): DatasetRows {
  const unit = { kind: 'commune' as const, province_code: 'P1', population: 10_000, area_km2: 50, terrain: 'plain' as const };
  return {
    units: [
      { ...unit, code: 'X', name: 'Xã Ea Kiết', lat: 12.0, lon: 108.0 },
      { ...unit, code: 'Y', name: 'Xã Cư Ê Wi', lat: 12.01, lon: 108.0 },
    ],
    standards: [{ field: 'land', activity: 'registration', kind: 'service', minutes_per_case: 60, share: null, hours: null }],
    volumes: [
      { unit_code: 'X', field: 'land', activity: 'registration', cases: 1374 },
      { unit_code: 'Y', field: 'land', activity: 'registration', cases: 458 },
    ],
    headcount: [
      { unit_code: 'X', field: 'land', staff: 1 },
      { unit_code: 'Y', field: 'land', staff: 4 },
    ],
    fields: [{ field: 'land', name_en: 'Land administration', name_vi: 'Địa chính', department: 'Economic' }],
    meta: { name: 'two-unit plan test', synthetic: true, source: 'hand-made', period: '2025-Q3', periodsPerYear: 4 },
  };
}

function bars(html: string, id: string): number {
  const start = html.indexOf(`<figure data-chart="${id}">`);
  const svg = html.slice(start, html.indexOf('</figure>', start));
  return svg
    .split('<g class="mark-rect role-mark')
    .slice(1)
    .reduce((n, g) => n + g.slice(0, g.indexOf('</g>')).split('<path').length - 1, 0);
}

describe('planFieldRows', () => {
  it('sums shortage and counts overloaded unit x fields per field, before and after', () => {
    const row = (field: string, required: number, before: number, after: number, sb: PlanUnitRow['status_before'], sa: PlanUnitRow['status_after']): PlanUnitRow => ({
      unit_code: 'u', unit_name: 'n', province_code: 'P', field, required, staff_before: before, staff_after: after,
      load_before: null, load_after: null, status_before: sb, status_after: sa,
    });
    const rows = planFieldRows(
      [row('land', 3, 1, 3, 'overloaded', 'balanced'), row('land', 1, 4, 2, 'underloaded', 'underloaded'), row('office', 2.5, 2, 2, 'overloaded', 'overloaded')],
      new Map([['land', 'Địa chính']]),
    );
    // land: shortage before max(0, 3 - 1) + max(0, 1 - 4) = 2, after 0 + 0 = 0; overloaded 1 -> 0.
    // office (no Vietnamese label given, shown by id): shortage 0.5 before and after; overloaded 1 -> 1.
    expect(rows.shortage).toEqual([{ label: 'Địa chính', before: 2, after: 0 }, { label: 'office', before: 0.5, after: 0.5 }]);
    expect(rows.overloaded).toEqual([{ label: 'Địa chính', before: 1, after: 0 }, { label: 'office', before: 1, after: 1 }]);
  });
});

describe('buildReport with a plan', () => {
  it('shows the plan before / after: charts, objectives and the moves with unit names', async () => {
    const dataset = createDataset(twoUnitRows());
    // Floor off: Y's 4 staff are below the Dispatch 09 baseline of 32, so the default floor would keep them all.
    const plan = await planTransfers(dataset, { floor: 'off' });
    expect(plan.status).toBe('optimal');
    const html = await buildReport(dataset, { plan });
    // One field -> one before and one after bar in each plan chart.
    expect(bars(html, 'plan-shortage')).toBe(2);
    expect(bars(html, 'plan-overloaded')).toBe(2);
    // The one move: 2 staff from Y to X (see twoUnitRows). Shortage 2 FTE before, 0 after.
    expect(html).toMatch(/<td><span class="unit-name">Xã Cư Ê Wi<\/span> <small>Y<\/small><\/td><td><span class="unit-name">Xã Ea Kiết<\/span> <small>X<\/small><\/td><td>Địa chính<\/td><td class="num">2<\/td>/);
    expect(html).toMatch(/Total shortage \(FTE\)<\/td><td class="num">2\.0<\/td><td class="num">0\.0<\/td>/);
    expect(html).toContain('Solver status: optimal');
    // Worst load over all cells: X 3 / 1 = 3.00 before, 3 / 3 = 1.00 after (Y 1 / 4, then 1 / 2).
    expect(html).toMatch(/Worst load, all unit × fields \(required ÷ staff\)<\/td><td class="num">3\.00<\/td><td class="num">1\.00<\/td>/);
  });

  it('shows a note instead of charts when the plan has nothing to change (Vega cannot scale an empty axis)', async () => {
    const none = { worstLoad: 0, minRatio: Infinity, shortage: 0, staffKm: 0, moves: 0 };
    const noLoad = loadFigures([]);
    const empty: TransferPlan = {
      ...{ kind: 'transfer', status: 'optimal', moves: [], units: [], blocks: [], objectives: none, timeMs: 0, synthetic: true },
      ...{ load: { before: noLoad, after: noLoad }, residual: [], residualByField: [], rules: (await planTransfers(createDataset(twoUnitRows()))).rules },
    };
    const html = await buildReport(createDataset(twoUnitRows()), { plan: empty });
    expect(html).toContain('<figure data-chart="plan-shortage"><p class="empty">No data to chart.</p>');
    expect(bars(html, 'plan-overloaded')).toBe(0);
    expect(html).toContain('(0 of 0 moves, 0 staff)');
  });

  it('leaves the plan section out when no plan is given', async () => {
    const html = await buildReport(createDataset(twoUnitRows()));
    expect(html).not.toContain('id="plan"');
  });
});
