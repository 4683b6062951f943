import { CanbangInputError } from '../model/errors.ts';
import type { Unit } from '../model/types.ts';
import { haversineKm } from './haversine-km.ts';
import {
  DEFAULT_TRANSFER_OPTIONS,
  type TransferArc,
  type TransferNode,
  type TransferOptions,
  type TransferProblem,
  type UnitLimit,
} from './types.ts';

/** Staff and requirement of one unit x field (a `balance(dataset).byField` row has these columns). */
export interface TransferRow {
  unit_code: string;
  field: string;
  staff: number;
  required: number;
}

/** What the problem builder needs: unit coordinates and names, and staff vs requirement per unit x field. */
export interface TransferInput {
  units: readonly Pick<Unit, 'code' | 'name' | 'province_code' | 'lat' | 'lon'>[];
  rows: readonly TransferRow[];
}

const EPS = 1e-9;

/**
 * Splits a staff-vs-requirement table into independent transfer problems, one per province (one national
 * block when `crossProvince`), applies fixed moves, and generates only the arcs a plan can use: from donors
 * with at least one person to spare to recipients with room for one more, within the distance limit, not
 * forbidden. Problems the fixed moves or `maxLoad` make infeasible carry `infeasibleReason`.
 *
 * @example
 * const problems = buildTransferProblems({ units, rows }, { maxDistanceKm: 30 });
 * problems[0].arcs.length; // candidate moves in the first province
 */
export function buildTransferProblems(input: TransferInput, options: TransferOptions = {}): TransferProblem[] {
  const fn = 'buildTransferProblems';
  checkOptions(options, fn);
  const roadFactor = options.roadFactor ?? DEFAULT_TRANSFER_OPTIONS.roadFactor;
  const keep = options.keepWithinRequirement ?? DEFAULT_TRANSFER_OPTIONS.keepWithinRequirement;
  const maxKm = options.maxDistanceKm ?? Infinity;
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));

  // Group rows into blocks.
  const blocks = new Map<string, TransferNode[]>();
  input.rows.forEach((row, i) => {
    const unit = unitByCode.get(row.unit_code);
    if (!unit) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, column: 'unit_code', value: row.unit_code, expected: 'a unit code of the units table' });
    }
    if (!Number.isFinite(row.staff) || row.staff < 0) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, column: 'staff', value: row.staff, expected: 'a finite number >= 0' });
    }
    if (!Number.isFinite(row.required) || row.required < 0) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, column: 'required', value: row.required, expected: 'a finite number >= 0' });
    }
    if (options.province !== undefined && unit.province_code !== options.province) return;
    const key = options.crossProvince ? 'national' : unit.province_code;
    let nodes = blocks.get(key);
    if (!nodes) blocks.set(key, (nodes = []));
    nodes.push({
      unit_code: unit.code,
      unit_name: unit.name,
      province_code: unit.province_code,
      field: row.field,
      staff: row.staff,
      required: row.required,
      role: 'none',
      lat: unit.lat,
      lon: unit.lon,
    });
  });
  if (options.province !== undefined && blocks.size === 0) {
    throw new CanbangInputError({ source: fn, column: 'province', value: options.province, expected: 'a province code with at least one unit' });
  }

  const cover = new Map<string, number>();
  (options.crossField ?? []).forEach((c, i) => {
    if (!(c.efficiency > 0 && c.efficiency <= 1) || c.from === c.to) {
      throw new CanbangInputError({ source: `${fn}(options.crossField)`, row: i + 1, column: 'efficiency', value: c.efficiency, expected: 'two different fields and an efficiency in (0, 1]' });
    }
    cover.set(`${c.from}\u0000${c.to}`, c.efficiency);
  });
  const forbidden = new Set((options.forbidden ?? []).map((p) => `${p.from}\u0000${p.to}\u0000${p.field ?? '*'}`));
  const isForbidden = (from: string, to: string, field: string) =>
    forbidden.has(`${from}\u0000${to}\u0000${field}`) || forbidden.has(`${from}\u0000${to}\u0000*`);

  // Fixed moves: find their block, check them, apply them.
  const fixedByBlock = new Map<string, NonNullable<TransferOptions['fixedMoves']>[number][]>();
  (options.fixedMoves ?? []).forEach((m, i) => {
    const from = unitByCode.get(m.from);
    const to = unitByCode.get(m.to);
    const src = `${fn}(options.fixedMoves)`;
    if (!from) throw new CanbangInputError({ source: src, row: i + 1, column: 'from', value: m.from, expected: 'a unit code of the units table' });
    if (!to) throw new CanbangInputError({ source: src, row: i + 1, column: 'to', value: m.to, expected: 'a unit code of the units table' });
    if (!(Number.isInteger(m.staff) && m.staff >= 1)) throw new CanbangInputError({ source: src, row: i + 1, column: 'staff', value: m.staff, expected: 'an integer >= 1' });
    if (!options.crossProvince && from.province_code !== to.province_code) {
      throw new CanbangInputError({ source: src, row: i + 1, column: 'to', value: m.to, expected: `a unit of province ${from.province_code} (cross-province moves are off)` });
    }
    if (m.toField !== undefined && m.toField !== m.field && !cover.has(`${m.field}\u0000${m.toField}`)) {
      throw new CanbangInputError({ source: src, row: i + 1, column: 'toField', value: m.toField, expected: `a field that ${m.field} may cover (options.crossField)` });
    }
    const key = options.crossProvince ? 'national' : from.province_code;
    if (!blocks.has(key)) return; // another province than the one asked for
    let list = fixedByBlock.get(key);
    if (!list) fixedByBlock.set(key, (list = []));
    list.push(m);
  });

  const problems: TransferProblem[] = [];
  for (const [key, nodes] of [...blocks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const index = new Map(nodes.map((n, i) => [`${n.unit_code}\u0000${n.field}`, i]));
    const reasons: string[] = [];
    const fixedOut = new Map<string, number>();
    const fixedIn = new Map<string, number>();
    let fixedCount = 0;
    const fixed = fixedByBlock.get(key) ?? [];
    for (const m of fixed) {
      const toField = m.toField ?? m.field;
      const a = index.get(`${m.from}\u0000${m.field}`);
      const b = index.get(`${m.to}\u0000${toField}`);
      if (a === undefined || b === undefined) {
        reasons.push(`fixed move ${m.from} -> ${m.to} (${m.field}) names a unit x field with no staff row`);
        continue;
      }
      const eff = toField === m.field ? 1 : cover.get(`${m.field}\u0000${toField}`)!;
      const d = nodes[a]!;
      const r = nodes[b]!;
      d.staff -= m.staff;
      r.staff += m.staff * eff;
      fixedOut.set(m.from, (fixedOut.get(m.from) ?? 0) + m.staff);
      fixedIn.set(m.to, (fixedIn.get(m.to) ?? 0) + m.staff);
      fixedCount += m.staff;
      if (d.staff < -EPS) reasons.push(`fixed moves take more ${m.field} staff out of ${label(d)} than it has`);
      else if (keep && d.staff < d.required - EPS) {
        reasons.push(`fixed move ${m.from} -> ${m.to} leaves donor ${label(d)} with ${fmt(d.staff)} ${m.field} staff, below its requirement ${fmt(d.required)} (WISN+POA rule)`);
      }
      if (keep && r.staff > r.required + EPS) {
        reasons.push(`fixed move ${m.from} -> ${m.to} gives recipient ${label(r)} ${fmt(r.staff)} ${toField} staff, above its requirement ${fmt(r.required)} (WISN+POA rule)`);
      }
    }
    for (const [code, n] of fixedOut) {
      if (options.maxMovesOut !== undefined && n > options.maxMovesOut) reasons.push(`fixed moves take ${n} staff out of unit ${code}, above the limit of ${options.maxMovesOut} per unit`);
    }
    for (const [code, n] of fixedIn) {
      if (options.maxMovesIn !== undefined && n > options.maxMovesIn) reasons.push(`fixed moves bring ${n} staff into unit ${code}, above the limit of ${options.maxMovesIn} per unit`);
    }
    if (options.maxMoves !== undefined && fixedCount > options.maxMoves) reasons.push(`fixed moves total ${fixedCount}, above the budget of ${options.maxMoves} moves`);

    for (const n of nodes) n.role = n.staff > n.required + EPS ? 'donor' : n.staff < n.required - EPS ? 'recipient' : 'none';

    const outLeft = (code: string) => (options.maxMovesOut ?? Infinity) - (fixedOut.get(code) ?? 0);
    const inLeft = (code: string) => (options.maxMovesIn ?? Infinity) - (fixedIn.get(code) ?? 0);
    const canGive = (n: TransferNode) => n.role === 'donor' && outLeft(n.unit_code) >= 1 && Math.floor((keep ? n.staff - n.required : n.staff) + EPS) >= 1;
    const canTake = (n: TransferNode, eff: number) => n.role === 'recipient' && inLeft(n.unit_code) >= 1 && (!keep || n.required - n.staff >= eff - EPS);

    const recipientsByField = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      if (n.role !== 'recipient') return;
      let list = recipientsByField.get(n.field);
      if (!list) recipientsByField.set(n.field, (list = []));
      list.push(i);
    });
    const arcs: TransferArc[] = [];
    nodes.forEach((d, i) => {
      if (!canGive(d)) return;
      const targets: [string, number][] = [[d.field, 1]];
      for (const [k, eff] of cover) {
        const [from, to] = k.split('\u0000') as [string, string];
        if (from === d.field) targets.push([to, eff]);
      }
      for (const [field, eff] of targets) {
        for (const j of recipientsByField.get(field) ?? []) {
          const r = nodes[j]!;
          if (!canTake(r, eff) || isForbidden(d.unit_code, r.unit_code, d.field)) continue;
          if (r.unit_code === d.unit_code && eff === 1) continue;
          const km = Math.round(haversineKm(d, r) * roadFactor * 1000) / 1000;
          if (km > maxKm) continue;
          arcs.push({ from: i, to: j, km, efficiency: eff });
        }
      }
    });

    const unitLimits: UnitLimit[] = [];
    if (options.maxMovesOut !== undefined || options.maxMovesIn !== undefined) {
      const byUnit = new Map<string, number[]>();
      nodes.forEach((n, i) => {
        let list = byUnit.get(n.unit_code);
        if (!list) byUnit.set(n.unit_code, (list = []));
        list.push(i);
      });
      for (const [code, list] of byUnit) unitLimits.push({ unit_code: code, nodes: list, maxOut: outLeft(code), maxIn: inLeft(code) });
    }

    const minRatio = options.maxLoad !== undefined ? 1 / options.maxLoad : null;
    const problem: TransferProblem = {
      key,
      nodes,
      arcs,
      unitLimits,
      budget: options.maxMoves !== undefined ? options.maxMoves - fixedCount : null,
      keepWithinRequirement: keep,
      minRatio,
      fixed: fixed.map((m) => ({ ...m })),
      infeasibleReason: null,
    };
    if (minRatio !== null && reasons.length === 0) reasons.push(...unreachableTargets(problem, { maxKm, roadFactor, canGive, isForbidden, inLeft }));
    problem.infeasibleReason = reasons.length ? reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '') : null;
    problems.push(problem);
  }
  return problems;
}

/** Nodes below the `maxLoad` floor that no arc can help, each with the constraint that cuts them off. */
function unreachableTargets(
  p: TransferProblem,
  ctx: {
    maxKm: number;
    roadFactor: number;
    canGive: (n: TransferNode) => boolean;
    isForbidden: (from: string, to: string, field: string) => boolean;
    inLeft: (code: string) => number;
  },
): string[] {
  const hasArc = new Set(p.arcs.map((a) => a.to));
  const reasons: string[] = [];
  p.nodes.forEach((n, i) => {
    if (n.required <= 0 || n.staff >= p.minRatio! * n.required - EPS || hasArc.has(i)) return;
    const maxLoad = fmt(1 / p.minRatio!);
    if (n.role === 'recipient' && p.keepWithinRequirement && n.required - n.staff < 1 - EPS) {
      reasons.push(`maxLoad ${maxLoad} needs one more ${n.field} officer at ${label(n)} (${fmt(n.staff)} staff for ${fmt(n.required)} required), but the WISN+POA rule forbids going above the requirement`);
      return;
    }
    if (ctx.inLeft(n.unit_code) < 1) {
      reasons.push(`the limit on moves into one unit leaves ${label(n)} unable to receive ${n.field} staff`);
      return;
    }
    const donors = p.nodes.filter((d) => d.field === n.field && ctx.canGive(d) && d.unit_code !== n.unit_code);
    if (donors.length === 0) {
      reasons.push(`no unit of ${p.key === 'national' ? 'the country' : `province ${p.key}`} has ${n.field} staff to spare for ${label(n)}`);
      return;
    }
    const allowed = donors.filter((d) => !ctx.isForbidden(d.unit_code, n.unit_code, n.field));
    if (allowed.length === 0) {
      reasons.push(`forbidden pairs ban every donor of ${n.field} staff to ${label(n)}`);
      return;
    }
    let nearest = allowed[0]!;
    let best = Infinity;
    for (const d of allowed) {
      const km = haversineKm(d, n) * ctx.roadFactor;
      if (km < best) [best, nearest] = [km, d];
    }
    reasons.push(`distance limit ${fmt(ctx.maxKm)} km leaves unit ${label(n)} with no donor in field ${n.field} (nearest: ${label(nearest)} at ${best.toFixed(1)} km)`);
  });
  return reasons;
}

function checkOptions(o: TransferOptions, fn: string): void {
  const positive = (name: keyof TransferOptions, integer: boolean, min: number) => {
    const v = o[name];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
      throw new CanbangInputError({ source: fn, column: `options.${name}`, value: v, expected: `a finite ${integer ? 'integer' : 'number'} >= ${min}` });
    }
  };
  positive('maxDistanceKm', false, 0);
  positive('roadFactor', false, 1);
  positive('maxMovesOut', true, 0);
  positive('maxMovesIn', true, 0);
  positive('maxMoves', true, 0);
  positive('maxLoad', false, Number.MIN_VALUE);
  positive('timeLimitMs', false, 1);
}

export function label(n: Pick<TransferNode, 'unit_code' | 'unit_name'>): string {
  return `${n.unit_code} (${n.unit_name})`;
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
