import { formatWorstLoad, planLoadFigures, translate, type Locale, type MessageKey, type MessageParams, type PlanMove, type PlanUnitRow, type TransferPlan } from '@canbang/core';
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
export async function planSection(plan: TransferPlan, labels: ReadonlyMap<string, string>, province?: string, locale: Locale = 'en'): Promise<string> {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const inScope = <T extends { province_code: string }>(rows: readonly T[]) => (province === undefined ? [...rows] : rows.filter((r) => r.province_code === province));
  const units = inScope(plan.units);
  const moves = inScope(plan.moves);
  const rows = planFieldRows(units, labels);
  // A plan block with no unit x field to change has no rows: no chart then (Vega cannot scale over nothing).
  const hasRows = rows.shortage.length > 0;
  const shortageSvg = hasRows
    ? await renderVegaLite(beforeAfterSpec(rows.shortage, { title: t('report.plan.shortageChart'), valueTitle: t('report.plan.shortageAxis'), locale }))
    : null;
  const overloadedSvg = hasRows
    ? await renderVegaLite(beforeAfterSpec(rows.overloaded, { title: t('report.plan.overloadedChart'), valueTitle: t('report.plan.overloadedAxis'), locale }))
    : null;

  const staffMoved = moves.reduce((s, m) => s + m.staff, 0);
  const staffKm = moves.reduce((s, m) => s + m.staff * m.distance_km, 0);
  const sum = (f: (u: PlanUnitRow) => number) => units.reduce((s, u) => s + f(u), 0);
  // The same figures, in the same words, as canbang plan's table, JSON and workbook (planLoadFigures).
  const load = planLoadFigures(units);
  const objectives: [string, string, string][] = [
    [t('load.label.all'), formatWorstLoad(load.before, 'all', locale), formatWorstLoad(load.after, 'all', locale)],
    [t('load.label.reachable'), formatWorstLoad(load.before, 'reachable', locale), formatWorstLoad(load.after, 'reachable', locale)],
    [t('report.plan.totalShortage'), n(sum((u) => Math.max(0, u.required - u.staff_before)), 1), n(sum((u) => Math.max(0, u.required - u.staff_after)), 1)],
    [t('report.plan.overloadedCells'), n(sum((u) => (u.status_before === 'overloaded' ? 1 : 0))), n(sum((u) => (u.status_after === 'overloaded' ? 1 : 0)))],
    [t('report.plan.staffMoved'), '0', n(staffMoved)],
    [t('report.plan.staffKm'), '0', n(staffKm, 1)],
    [t('report.plan.stillToHire'), '', n(inScope(plan.residual ?? []).reduce((s, r) => s + r.to_hire, 0))],
  ];
  const listed = [...moves].sort((a, b) => b.staff - a.staff || a.distance_km - b.distance_km || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)).slice(0, PLAN_MOVES_LISTED);
  const status =
    plan.status === 'optimal'
      ? `<p>${text(t('report.plan.optimal'))}</p>`
      : `<p class="overloaded">${text(t('report.plan.notOptimal', { status: t(`solve.${plan.status}`), explanation: plan.explanation ?? '' }))}</p>`;

  return `<section id="plan"><h2>${text(t('report.plan.heading'))}</h2>
<p>${text(t('report.plan.intro'))}</p>
${status}
${figure('plan-shortage', shortageSvg, t('report.plan.shortageCaption'))}
${figure('plan-overloaded', overloadedSvg, t('report.plan.overloadedCaption'))}
${htmlTable(objectives, [
    { header: t('report.plan.objective'), cell: (r) => text(r[0]) },
    { header: t('report.plan.before'), cell: (r) => text(r[1]), numeric: true },
    { header: t('report.plan.after'), cell: (r) => text(r[2]), numeric: true },
  ])}
${htmlTable(
    listed,
    [
      { header: t('report.plan.from'), cell: (m: PlanMove) => `<span class="unit-name">${text(m.from_name)}</span> <small>${text(m.from)}</small>` },
      { header: t('report.plan.to'), cell: (m: PlanMove) => `<span class="unit-name">${text(m.to_name)}</span> <small>${text(m.to)}</small>` },
      { header: t('report.column.field'), cell: (m: PlanMove) => text(labels.get(m.field) ?? m.field) + (m.to_field !== m.field ? ` → ${text(labels.get(m.to_field) ?? m.to_field)}` : '') },
      { header: t('report.column.staff'), cell: (m: PlanMove) => n(m.staff), numeric: true },
      { header: 'km', cell: (m: PlanMove) => n(m.distance_km, 1), numeric: true },
    ],
    t('report.plan.movesCaption', { shown: listed.length, total: moves.length, staff: n(staffMoved) }),
  ).replace('<table>', '<table id="plan-moves">')}
</section>`;
}
