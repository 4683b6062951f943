import { CanbangInputError } from '../model/errors.ts';
import type { Unit } from '../model/types.ts';
import { donorSpare } from './donor-spare.ts';
import { isIslandUnit } from './is-island-unit.ts';
import { pairDistances, type PairDistance } from './pair-distance.ts';
import { unitCap, unitFloor, type QuotaUnit } from './unit-quota.ts';
import {
  DEFAULT_TRANSFER_OPTIONS,
  type AppliedFixedMove,
  type FixedMove,
  type ForbiddenPair,
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

/** A unit as the problem builder reads it: coordinates may be missing when a distances input covers its pairs. */
export type TransferUnit = Pick<Unit, 'code' | 'name' | 'province_code'> & QuotaUnit & { lat?: number | null; lon?: number | null };

/** What the problem builder needs: units (names, coordinates, quota data) and staff vs requirement per unit x field. */
export interface TransferInput {
  units: readonly TransferUnit[];
  rows: readonly TransferRow[];
  /** Staff of each unit over all fields, for the quota, when `rows` cover only some fields; default: sum of `rows`. */
  unitStaff?: ReadonlyMap<string, number>;
}

const EPS = 1e-9;
const keyOf = (...parts: string[]) => parts.join('\u0000');

/**
 * Splits a staff-vs-requirement table into independent transfer problems, one per province (one national
 * block when `crossProvince`), applies the planner's locked moves (kept even when they break a rule, with a
 * warning on the move), and generates only the arcs a plan can use: from donors with at least one person to
 * spare to recipients with room for one more, within the distance (and travel-time) limit, not banned, not
 * between an island and the mainland unless allowed. The quota cap and floor become per-unit move limits:
 * a unit receives at most cap - staff and gives at most staff - floor people (counted apart: staff a unit
 * receives never make room for staff it gives). Locks and bans naming an unknown unit, field or a pair of
 * two provinces are a {@link CanbangInputError} naming the entry.
 *
 * @example
 * const problems = buildTransferProblems({ units, rows }, { maxDistanceKm: 30 });
 * problems[0].arcs.length; // candidate moves in the first province
 */
export function buildTransferProblems(input: TransferInput, options: TransferOptions = {}): TransferProblem[] {
  const fn = 'buildTransferProblems';
  checkOptions(options, fn);
  const d = DEFAULT_TRANSFER_OPTIONS;
  const roadFactor = options.roadFactor ?? d.roadFactor;
  const keep = options.keepWithinRequirement ?? d.keepWithinRequirement;
  const keepLastOfficer = options.keepLastOfficer ?? d.keepLastOfficer;
  const maxKm = options.maxDistanceKm ?? d.maxDistanceKm;
  const maxMinutes = options.maxMinutes ?? Infinity;
  const allowIsland = options.allowIslandMoves ?? d.allowIslandMoves;
  const quotaRule = { cap: options.cap ?? d.cap, floor: options.floor ?? d.floor, ...(options.norms ? { norms: options.norms } : {}) };
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));
  const distance = pairDistances(options.distances ?? [], roadFactor, new Set(unitByCode.keys()), options.distancesSource ?? 'distances');
  const fields = new Set(input.rows.map((r) => r.field));

  // Group rows into blocks.
  const blocks = new Map<string, TransferNode[]>();
  input.rows.forEach((row, i) => {
    const unit = unitByCode.get(row.unit_code);
    if (!unit) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, rowLabel: 'item', column: 'unit_code', value: row.unit_code, expected: 'a unit code of the units table' });
    }
    if (!Number.isFinite(row.staff) || row.staff < 0) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, rowLabel: 'item', column: 'staff', value: row.staff, expected: 'a finite number >= 0' });
    }
    if (!Number.isFinite(row.required) || row.required < 0) {
      throw new CanbangInputError({ source: `${fn}(rows)`, row: i + 1, rowLabel: 'item', column: 'required', value: row.required, expected: 'a finite number >= 0' });
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
      lat: unit.lat ?? NaN,
      lon: unit.lon ?? NaN,
    });
  });
  if (options.province !== undefined && blocks.size === 0) {
    throw new CanbangInputError({ source: fn, column: 'province', value: options.province, expected: 'a province code with at least one unit' });
  }

  const cover = new Map<string, number>();
  (options.crossField ?? []).forEach((c, i) => {
    const at = entrySource(c, i, 'options.crossField');
    for (const key of ['from', 'to'] as const) {
      if (!fields.has(c[key])) throw new CanbangInputError({ ...at, column: key, value: c[key], expected: `a field of the dataset (${[...fields].join(', ')})` });
    }
    if (!(c.efficiency > 0 && c.efficiency <= 1) || c.from === c.to) {
      throw new CanbangInputError({ ...at, column: 'efficiency', value: c.efficiency, expected: 'two different fields and an efficiency in (0, 1]' });
    }
    cover.set(keyOf(c.from, c.to), c.efficiency);
  });

  const forbidden = new Set((options.forbidden ?? []).map((p, i) => {
    checkEntry(p, i, 'options.forbidden', unitByCode, fields, options.crossProvince ?? false);
    return keyOf(p.from, p.to, p.field ?? '*');
  }));
  const isForbidden = (from: string, to: string, field: string) => forbidden.has(keyOf(from, to, field)) || forbidden.has(keyOf(from, to, '*'));
  const islandBlocked = (a: TransferUnit, b: TransferUnit) => !allowIsland && isIslandUnit(a) !== isIslandUnit(b);

  // Fixed moves: check them against the dataset, find their block.
  const fixedByBlock = new Map<string, FixedMove[]>();
  (options.fixedMoves ?? []).forEach((m, i) => {
    checkEntry(m, i, 'options.fixedMoves', unitByCode, fields, options.crossProvince ?? false);
    const at = entrySource(m, i, 'options.fixedMoves');
    if (!(Number.isInteger(m.staff) && m.staff >= 1)) throw new CanbangInputError({ ...at, column: 'staff', value: m.staff, expected: 'an integer >= 1' });
    const toField = m.toField ?? m.field;
    if (toField !== m.field && !cover.has(keyOf(m.field, toField))) {
      throw new CanbangInputError({ ...at, column: 'toField', value: m.toField, expected: `a field that ${m.field} may cover (options.crossField)` });
    }
    if (m.from === m.to && toField === m.field) throw new CanbangInputError({ ...at, column: 'to', value: m.to, expected: 'a unit other than the donor' });
    const key = options.crossProvince ? 'national' : unitByCode.get(m.from)!.province_code;
    if (!blocks.has(key)) return; // another province than the one asked for
    let list = fixedByBlock.get(key);
    if (!list) fixedByBlock.set(key, (list = []));
    list.push(m);
  });

  const problems: TransferProblem[] = [];
  for (const [key, nodes] of [...blocks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const index = new Map(nodes.map((n, i) => [keyOf(n.unit_code, n.field), i]));
    const reasons: string[] = [];
    // Unit staff before the plan, and the quota bounds on it.
    const unitStaff = new Map<string, number>();
    for (const n of nodes) unitStaff.set(n.unit_code, (unitStaff.get(n.unit_code) ?? 0) + n.staff);
    for (const code of unitStaff.keys()) if (input.unitStaff?.has(code)) unitStaff.set(code, input.unitStaff.get(code)!);
    const caps = new Map<string, number>();
    const floors = new Map<string, number>();
    for (const [code, staff] of unitStaff) {
      caps.set(code, unitCap(unitByCode.get(code)!, quotaRule, `${fn}(units)`));
      floors.set(code, unitFloor(staff, quotaRule));
    }

    const fixedOut = new Map<string, number>();
    const fixedIn = new Map<string, number>();
    const lockedGivers = new Set<number>();
    const lockedTakers = new Set<number>();
    let fixedCount = 0;
    const applied: AppliedFixedMove[] = [];
    for (const m of fixedByBlock.get(key) ?? []) {
      const toField = m.toField ?? m.field;
      const a = index.get(keyOf(m.from, m.field));
      const b = index.get(keyOf(m.to, toField));
      if (a === undefined || b === undefined) {
        reasons.push(`locked move ${m.from} -> ${m.to} (${m.field}) names a unit x field with no headcount row`);
        continue;
      }
      const eff = toField === m.field ? 1 : cover.get(keyOf(m.field, toField))!;
      const dn = nodes[a]!;
      const rn = nodes[b]!;
      const from = unitByCode.get(m.from)!;
      const to = unitByCode.get(m.to)!;
      const dist = distance(from, to);
      const warnings: string[] = [];
      if (dist.km > maxKm + EPS) warnings.push(`${fmt(dist.km)} km is beyond the distance limit of ${fmt(maxKm)} km`);
      if (dist.minutes !== null && dist.minutes > maxMinutes + EPS) warnings.push(`${fmt(dist.minutes)} min is beyond the travel-time limit of ${fmt(maxMinutes)} min`);
      if (isForbidden(m.from, m.to, m.field)) warnings.push('the pair is banned');
      if (islandBlocked(from, to)) warnings.push('it crosses between an island and the mainland');
      const before = { d: dn.staff, r: rn.staff };
      dn.staff -= m.staff;
      rn.staff += m.staff * eff;
      lockedGivers.add(a);
      lockedTakers.add(b);
      fixedOut.set(m.from, (fixedOut.get(m.from) ?? 0) + m.staff);
      fixedIn.set(m.to, (fixedIn.get(m.to) ?? 0) + m.staff);
      fixedCount += m.staff;
      if (dn.staff < -EPS) reasons.push(`locked moves take more ${m.field} staff out of ${label(dn)} than it has`);
      else if (keep && dn.staff < dn.required - EPS) {
        warnings.push(`donor ${label(dn)} goes from ${fmt(before.d)} to ${fmt(dn.staff)} ${m.field} staff, below its requirement ${fmt(dn.required)} (WISN+POA rule)`);
      }
      if (keep && rn.staff > rn.required + EPS) {
        warnings.push(`recipient ${label(rn)} goes from ${fmt(before.r)} to ${fmt(rn.staff)} ${toField} staff, above its requirement ${fmt(rn.required)} (WISN+POA rule)`);
      }
      applied.push({ ...m, km: dist.km, distance: dist, warnings });
    }
    // Unit-level rules a lock may break: warned on the locks of that unit.
    const warnUnit = (code: string, side: 'from' | 'to', text: string) => {
      for (const m of applied) if (m[side] === code) m.warnings.push(text);
    };
    const staffAfterLocks = (code: string) => unitStaff.get(code)! + (fixedIn.get(code) ?? 0) - (fixedOut.get(code) ?? 0);
    for (const [code, n] of fixedIn) {
      if (staffAfterLocks(code) > caps.get(code)! + EPS) warnUnit(code, 'to', `unit ${code} ends with ${fmt(staffAfterLocks(code))} staff, above its quota of ${fmt(caps.get(code)!)}`);
      if (options.maxMovesIn !== undefined && n > options.maxMovesIn) warnUnit(code, 'to', `${n} staff moved into unit ${code}, above the limit of ${options.maxMovesIn} per unit`);
    }
    for (const [code, n] of fixedOut) {
      if (staffAfterLocks(code) < floors.get(code)! - EPS) warnUnit(code, 'from', `unit ${code} ends with ${fmt(staffAfterLocks(code))} staff, below its floor of ${fmt(floors.get(code)!)}`);
      if (options.maxMovesOut !== undefined && n > options.maxMovesOut) warnUnit(code, 'from', `${n} staff moved out of unit ${code}, above the limit of ${options.maxMovesOut} per unit`);
    }
    if (options.maxMoves !== undefined && fixedCount > options.maxMoves) {
      for (const m of applied) m.warnings.push(`locked moves total ${fixedCount} staff, above the budget of ${options.maxMoves} moves`);
    }

    for (const n of nodes) n.role = n.staff > n.required + EPS ? 'donor' : n.staff < n.required - EPS ? 'recipient' : 'none';

    // What each unit may still give / take: the user's per-unit limits and the quota, after the locks.
    const outLeft = (code: string) => Math.max(0, Math.min((options.maxMovesOut ?? Infinity) - (fixedOut.get(code) ?? 0), staffAfterLocks(code) - floors.get(code)!));
    const inLeft = (code: string) => Math.max(0, Math.min((options.maxMovesIn ?? Infinity) - (fixedIn.get(code) ?? 0), caps.get(code)! - staffAfterLocks(code)));
    const rules = { keepWithinRequirement: keep, keepLastOfficer };
    // A unit x field that received a locked move gives nothing in that field, and one that gave receives nothing:
    // the optimiser re-plans around the planner's decision rather than undoing it.
    const canGive = (i: number) => nodes[i]!.role === 'donor' && !lockedTakers.has(i) && outLeft(nodes[i]!.unit_code) >= 1 - EPS && donorSpare(rules, nodes[i]!) >= 1;
    const canTake = (i: number, eff: number) => {
      const n = nodes[i]!;
      return n.role === 'recipient' && !lockedGivers.has(i) && inLeft(n.unit_code) >= 1 - EPS && (!keep || n.required - n.staff >= eff - EPS);
    };

    const recipientsByField = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      if (n.role !== 'recipient') return;
      let list = recipientsByField.get(n.field);
      if (!list) recipientsByField.set(n.field, (list = []));
      list.push(i);
    });
    const arcs: TransferArc[] = [];
    nodes.forEach((dn, i) => {
      if (!canGive(i)) return;
      const from = unitByCode.get(dn.unit_code)!;
      const targets: [string, number][] = [[dn.field, 1]];
      for (const [k, eff] of cover) {
        const [f, t] = k.split('\u0000') as [string, string];
        if (f === dn.field) targets.push([t, eff]);
      }
      for (const [field, eff] of targets) {
        for (const j of recipientsByField.get(field) ?? []) {
          const rn = nodes[j]!;
          if (rn.unit_code === dn.unit_code && eff === 1) continue;
          if (!canTake(j, eff) || isForbidden(dn.unit_code, rn.unit_code, dn.field)) continue;
          const to = unitByCode.get(rn.unit_code)!;
          if (islandBlocked(from, to)) continue;
          const dist = distance(from, to);
          if (dist.km > maxKm || (dist.minutes !== null && dist.minutes > maxMinutes)) continue;
          arcs.push({ from: i, to: j, km: dist.km, efficiency: eff, distance: dist });
        }
      }
    });

    const unitLimits: UnitLimit[] = [];
    const byUnit = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      let list = byUnit.get(n.unit_code);
      if (!list) byUnit.set(n.unit_code, (list = []));
      list.push(i);
    });
    for (const [code, list] of byUnit) {
      const maxOut = outLeft(code);
      const maxIn = inLeft(code);
      if (Number.isFinite(maxOut) || Number.isFinite(maxIn)) unitLimits.push({ unit_code: code, nodes: list, maxOut: Math.floor(maxOut + EPS), maxIn: Math.floor(maxIn + EPS) });
    }

    const minRatio = options.maxLoad !== undefined ? 1 / options.maxLoad : null;
    const problem: TransferProblem = {
      key,
      nodes,
      arcs,
      unitLimits,
      budget: options.maxMoves !== undefined ? Math.max(0, options.maxMoves - fixedCount) : null,
      keepWithinRequirement: keep,
      keepLastOfficer,
      minRatio,
      fixed: applied,
      infeasibleReason: null,
    };
    if (minRatio !== null && reasons.length === 0) {
      const unit = (code: string) => unitByCode.get(code)!;
      reasons.push(
        ...unreachableTargets(problem, {
          maxKm,
          maxMinutes,
          canGive,
          isForbidden,
          inLeft,
          distance: (a, b) => distance(unit(a), unit(b)),
          islandBlocked: (a, b) => islandBlocked(unit(a), unit(b)),
        }),
      );
    }
    problem.infeasibleReason = reasons.length ? reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '') : null;
    problems.push(problem);
  }
  return problems;
}

// Where an override entry came from, for its error messages.
function entrySource(entry: { source?: string }, i: number, list: string): { source: string; row?: number; rowLabel?: 'item' } {
  return entry.source !== undefined ? { source: entry.source } : { source: `buildTransferProblems(${list})`, row: i + 1, rowLabel: 'item' };
}

/** A lock or ban must name two units of the units table, a field of the dataset, and (without cross-province moves) one province. */
function checkEntry(
  entry: FixedMove | ForbiddenPair,
  i: number,
  list: string,
  units: ReadonlyMap<string, TransferUnit>,
  fields: ReadonlySet<string>,
  crossProvince: boolean,
): void {
  const at = entrySource(entry, i, list);
  for (const key of ['from', 'to'] as const) {
    if (typeof entry[key] !== 'string' || !units.has(entry[key])) {
      throw new CanbangInputError({ ...at, column: key, value: entry[key], expected: 'a unit code of the units table (codes are text: write 00070, not 70)' });
    }
  }
  const fieldList = [...fields].join(', ');
  if (entry.field !== undefined && !fields.has(entry.field)) throw new CanbangInputError({ ...at, column: 'field', value: entry.field, expected: `a field of the dataset (${fieldList})` });
  const toField = 'toField' in entry ? entry.toField : undefined;
  if (toField !== undefined && !fields.has(toField)) throw new CanbangInputError({ ...at, column: 'toField', value: toField, expected: `a field of the dataset (${fieldList})` });
  const a = units.get(entry.from)!;
  const b = units.get(entry.to)!;
  if (!crossProvince && a.province_code !== b.province_code) {
    throw new CanbangInputError({ ...at, column: 'to', value: entry.to, expected: `a unit of province ${a.province_code}, like ${entry.from} (cross-province moves are off)` });
  }
}

/** Nodes below the `maxLoad` floor that no arc can help, each with the constraint that cuts them off. */
function unreachableTargets(
  p: TransferProblem,
  ctx: {
    maxKm: number;
    canGive: (i: number) => boolean;
    isForbidden: (from: string, to: string, field: string) => boolean;
    inLeft: (code: string) => number;
    distance: (from: string, to: string) => PairDistance;
    islandBlocked: (from: string, to: string) => boolean;
    maxMinutes: number;
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
      reasons.push(`the quota or the limit on moves into one unit leaves ${label(n)} unable to receive ${n.field} staff`);
      return;
    }
    const donors = p.nodes.map((_, k) => k).filter((k) => p.nodes[k]!.field === n.field && ctx.canGive(k) && p.nodes[k]!.unit_code !== n.unit_code).map((k) => p.nodes[k]!);
    if (donors.length === 0) {
      reasons.push(`no unit of ${p.key === 'national' ? 'the country' : `province ${p.key}`} has ${n.field} staff to spare for ${label(n)}`);
      return;
    }
    const allowed = donors.filter((dn) => !ctx.isForbidden(dn.unit_code, n.unit_code, n.field));
    if (allowed.length === 0) {
      reasons.push(`forbidden pairs ban every donor of ${n.field} staff to ${label(n)}`);
      return;
    }
    const crossing = allowed.filter((dn) => !ctx.islandBlocked(dn.unit_code, n.unit_code));
    if (crossing.length === 0) {
      reasons.push(`the island rule (no moves between island and mainland units) leaves ${label(n)} with no donor in field ${n.field}`);
      return;
    }
    let nearest = crossing[0]!;
    let best: PairDistance | null = null;
    for (const dn of crossing) {
      const d = ctx.distance(dn.unit_code, n.unit_code);
      if (!best || d.km < best.km) [best, nearest] = [d, dn];
    }
    if (best!.km <= ctx.maxKm && best!.minutes !== null && best!.minutes > ctx.maxMinutes) {
      reasons.push(`travel-time limit ${fmt(ctx.maxMinutes)} min leaves unit ${label(n)} with no donor in field ${n.field} (nearest: ${label(nearest)} at ${fmt(best!.minutes)} min)`);
      return;
    }
    reasons.push(`distance limit ${fmt(ctx.maxKm)} km leaves unit ${label(n)} with no donor in field ${n.field} (nearest: ${label(nearest)} at ${best!.km.toFixed(1)} km)`);
  });
  return reasons;
}

function checkOptions(o: TransferOptions, fn: string): void {
  const positive = (name: keyof TransferOptions, integer: boolean, min: number, infinite = false) => {
    const v = o[name];
    if (v === undefined || (infinite && v === Infinity)) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
      throw new CanbangInputError({ source: fn, column: `options.${name}`, value: v, expected: `a finite ${integer ? 'integer' : 'number'} >= ${min}${infinite ? ' (or Infinity: no limit)' : ''}` });
    }
  };
  positive('maxDistanceKm', false, 0, true);
  positive('maxMinutes', false, 0, true);
  positive('roadFactor', false, 1);
  positive('maxMovesOut', true, 0);
  positive('maxMovesIn', true, 0);
  positive('maxMoves', true, 0);
  positive('maxLoad', false, Number.MIN_VALUE);
  positive('timeLimitMs', false, 1);
  if (o.cap !== undefined && o.cap !== 'quota' && o.cap !== 'off') throw new CanbangInputError({ source: fn, column: 'options.cap', value: o.cap, expected: "'quota' or 'off'" });
  if (o.floor !== undefined && o.floor !== 'baseline' && o.floor !== 'off' && !(typeof o.floor === 'number' && Number.isFinite(o.floor) && o.floor >= 0)) {
    throw new CanbangInputError({ source: fn, column: 'options.floor', value: o.floor, expected: "'baseline', 'off' or a number of staff >= 0" });
  }
}

export function label(n: Pick<TransferNode, 'unit_code' | 'unit_name'>): string {
  return `${n.unit_code} (${n.unit_name})`;
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
