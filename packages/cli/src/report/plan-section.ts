import { formatWorstLoad, LOAD_FIGURE_LABELS, planLoadFigures, type PlanMove, type PlanUnitRow, type TransferPlan } from '@canbang/core';
import { beforeAfterSpec, type BeforeAfterRow } from './charts.ts';
import { figure, htmlTable, num, text } from './html.ts';
import { renderVegaLite } from './render-vega-lite.ts';

/** How many moves the plan table lists (largest first); the rest are counted, not listed. */
export const PLAN_MOVES_LISTED = 25;

/** Per-field rows of the before/after charts: shortage (FTE) and overloaded unit x fields. */
export interface PlanFieldRows {
  shortage: BeforeAfterRow[];
  overloaded: BeforeAfterRow[];
}

/**
 * Before/after figures of a transfer plan per field, from its unit x field rows: shortage sums
 * max(0, required - staff); overloaded counts unit x fields whose status is overloaded. Fields come
 * largest shortage (before) first.
 *
 * @example
 * planFieldRows(plan.units, new Map([['land', 'Đất đai']])).shortage[0]; // { label, before, after }
 */
export function planFieldRows(units: readonly PlanUnitRow[], labels: ReadonlyMap<string, string>): PlanFieldRows {
  const byField = new Map<string, { shortage: BeforeAfterRow; overloaded: BeforeAfterRow }>();
  for (const u of units) {
    let row = byField.get(u.field);
    if (!row) {
      const label = labels.get(u.field) ?? u.field;
      row = { shortage: { label, before: 0, after: 0 }, overloaded: { label, before: 0, after: 0 } };
      byField.set(u.field, row);
    }
    row.shortage.before += Math.max(0, u.required - u.staff_before);
    row.shortage.after += Math.max(0, u.required - u.staff_after);
    if (u.status_before === 'overloaded') row.overloaded.before++;
    if (u.status_after === 'overloaded') row.overloaded.after++;
  }
  // Largest shortage before the plan first, as in the per-field table.
  const fields = [...byField.keys()].sort((a, b) => byField.get(b)!.shortage.before - byField.get(a)!.shortage.before || a.localeCompare(b));
  return { shortage: fields.map((f) => byField.get(f)!.shortage), overloaded: fields.map((f) => byField.get(f)!.overloaded) };
}

/**
 * The "Plan before / after" section: two charts (shortage and overloaded unit x fields per field, before
 * and after), the plan's objectives, and its largest moves with Vietnamese unit names.
 * With `province`, only that province's part of the plan is shown.
 *
 * @example
 * const html = await planSection(await planTransfers(ds, { province: '79' }), labels);
 */
export async function planSection(plan: TransferPlan, labels: ReadonlyMap<string, string>, province?: string): Promise<string> {
  const inScope = <T extends { province_code: string }>(rows: readonly T[]) => (province === undefined ? [...rows] : rows.filter((r) => r.province_code === province));
  const units = inScope(plan.units);
  const moves = inScope(plan.moves);
  const rows = planFieldRows(units, labels);
  // A plan block with no unit x field to change has no rows: no chart then (Vega cannot scale over nothing).
  const hasRows = rows.shortage.length > 0;
  const shortageSvg = hasRows
    ? await renderVegaLite(beforeAfterSpec(rows.shortage, { title: 'Shortage by field before and after the plan (FTE)', valueTitle: 'Shortage (FTE)' }))
    : null;
  const overloadedSvg = hasRows
    ? await renderVegaLite(beforeAfterSpec(rows.overloaded, { title: 'Overloaded unit × field pairs before and after the plan', valueTitle: 'Unit × fields' }))
    : null;

  const staffMoved = moves.reduce((s, m) => s + m.staff, 0);
  const staffKm = moves.reduce((s, m) => s + m.staff * m.distance_km, 0);
  const sum = (f: (u: PlanUnitRow) => number) => units.reduce((s, u) => s + f(u), 0);
  // The same figures, in the same words, as canbang plan's table, JSON and workbook (planLoadFigures).
  const load = planLoadFigures(units);
  const objectives: [string, string, string][] = [
    [LOAD_FIGURE_LABELS.all, formatWorstLoad(load.before, 'all'), formatWorstLoad(load.after, 'all')],
    [LOAD_FIGURE_LABELS.reachable, formatWorstLoad(load.before, 'reachable'), formatWorstLoad(load.after, 'reachable')],
    ['Total shortage (FTE)', num(sum((u) => Math.max(0, u.required - u.staff_before)), 1), num(sum((u) => Math.max(0, u.required - u.staff_after)), 1)],
    ['Overloaded unit × fields', num(sum((u) => (u.status_before === 'overloaded' ? 1 : 0))), num(sum((u) => (u.status_after === 'overloaded' ? 1 : 0)))],
    ['Staff moved', '0', num(staffMoved)],
    ['Staff × km (locked moves included)', '0', num(staffKm, 1)],
    ['Still to hire (whole people)', '', num(inScope(plan.residual ?? []).reduce((s, r) => s + r.to_hire, 0))],
  ];
  const listed = [...moves].sort((a, b) => b.staff - a.staff || a.distance_km - b.distance_km || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)).slice(0, PLAN_MOVES_LISTED);
  const status =
    plan.status === 'optimal'
      ? '<p>Solver status: optimal in every province block.</p>'
      : `<p class="overloaded">Solver status: ${text(plan.status)}. ${text(plan.explanation ?? '')}</p>`;

  return `<section id="plan"><h2>Plan before / after</h2>
<p>Integer staff transfers within each province (WISN + POA rule: no donor goes below its requirement, no recipient above it; no unit above its staffing quota or below its floor; by default at most 30 road km and no island–mainland moves), objectives in order: lowest worst load, then least shortage, then least staff × km. Shortage no transfer can close is counted as people still to hire.</p>
${status}
${figure('plan-shortage', shortageSvg, 'Shortage per field summed over units, before and after the moves.')}
${figure('plan-overloaded', overloadedSvg, 'Unit × field pairs with status overloaded, before and after the moves.')}
${htmlTable(objectives, [
    { header: 'Objective', cell: (r) => text(r[0]) },
    { header: 'Before', cell: (r) => text(r[1]), numeric: true },
    { header: 'After', cell: (r) => text(r[2]), numeric: true },
  ])}
${htmlTable(
    listed,
    [
      { header: 'From', cell: (m: PlanMove) => `<span class="unit-name">${text(m.from_name)}</span> <small>${text(m.from)}</small>` },
      { header: 'To', cell: (m: PlanMove) => `<span class="unit-name">${text(m.to_name)}</span> <small>${text(m.to)}</small>` },
      { header: 'Field', cell: (m: PlanMove) => text(labels.get(m.field) ?? m.field) + (m.to_field !== m.field ? ` → ${text(labels.get(m.to_field) ?? m.to_field)}` : '') },
      { header: 'Staff', cell: (m: PlanMove) => num(m.staff), numeric: true },
      { header: 'km', cell: (m: PlanMove) => num(m.distance_km, 1), numeric: true },
    ],
    `Largest moves (${listed.length} of ${moves.length} moves, ${num(staffMoved)} staff)`,
  ).replace('<table>', '<table id="plan-moves">')}
</section>`;
}
