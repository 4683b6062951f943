import type { PlanUnitRow } from './plan-unit-status.ts';

const EPS = 1e-9;

/** A unit x field still short after a transfer plan: what is left "to hire". */
export interface ResidualRow {
  province_code: string;
  unit_code: string;
  unit_name: string;
  field: string;
  required: number;
  staff_after: number;
  /** required - staff after (FTE). */
  shortage: number;
  /** Whole recruits that close it: ceil(shortage). */
  to_hire: number;
  /** Why no transfer closed it, in words. */
  reason: string;
}

/**
 * The shortage a transfer plan leaves, per unit x field, as whole people "to hire" (ceil of the FTE short).
 * A unit x field short by less than one person cannot receive a whole transfer under the WISN+POA rule
 * (it would end above its requirement), so it is listed with that reason; the others had no donor in reach
 * with staff to spare under the plan's rules (distance, quota, bans, limits).
 *
 * @example
 * residualShortage(plan.units).reduce((s, r) => s + r.to_hire, 0); // recruits still needed after the moves
 */
export function residualShortage(units: readonly PlanUnitRow[]): ResidualRow[] {
  const rows: ResidualRow[] = [];
  for (const u of units) {
    const shortage = u.required - u.staff_after;
    if (shortage <= EPS) continue;
    rows.push({
      province_code: u.province_code,
      unit_code: u.unit_code,
      unit_name: u.unit_name,
      field: u.field,
      required: u.required,
      staff_after: u.staff_after,
      shortage,
      to_hire: Math.ceil(shortage - EPS),
      reason:
        shortage < 1 - EPS
          ? 'short by less than one person: a whole transfer would put it above its requirement'
          : 'no donor in reach had staff to spare under the plan rules (distance, islands, quota, bans, limits)',
    });
  }
  return rows;
}

/** Residual shortage summed per field: unit x fields, FTE and whole people to hire. */
export interface ResidualByField {
  field: string;
  cells: number;
  /** Of which short by less than one person. */
  cellsUnderOne: number;
  shortage: number;
  to_hire: number;
}

/**
 * Sums residual rows per field, largest shortage first.
 *
 * @example
 * residualByField(residualShortage(plan.units))[0]; // { field: 'land', cells, cellsUnderOne, shortage, to_hire }
 */
export function residualByField(rows: readonly ResidualRow[]): ResidualByField[] {
  const by = new Map<string, ResidualByField>();
  for (const r of rows) {
    let f = by.get(r.field);
    if (!f) by.set(r.field, (f = { field: r.field, cells: 0, cellsUnderOne: 0, shortage: 0, to_hire: 0 }));
    f.cells++;
    if (r.shortage < 1 - EPS) f.cellsUnderOne++;
    f.shortage += r.shortage;
    f.to_hire += r.to_hire;
  }
  return [...by.values()].sort((a, b) => b.shortage - a.shortage || a.field.localeCompare(b.field));
}
