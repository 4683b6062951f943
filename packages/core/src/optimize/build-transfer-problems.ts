import { CanbangInputError } from '../model/errors.ts';
import { compositeKey } from '../model/composite-key.ts';
import type { Unit } from '../model/types.ts';
import { donorSpare } from './donor-spare.ts';
import { isIslandUnit } from './is-island-unit.ts';
import { pairDistances, type PairDistance } from './pair-distance.ts';
import { unitCap, unitFloor, type QuotaRule, type QuotaUnit } from './unit-quota.ts';
import { resolveTransferOptions, type ResolvedTransferOptions } from './plan-options.ts';
import { reachableNodes, unitLabel } from './transfer-node.ts';
import {
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
const keyOf = compositeKey;

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
  const o = resolveTransferOptions(options, { argument: FN });
  const ctx = problemContext(input, o);
  const blocks = groupIntoBlocks(input, o, ctx.unitByCode);
  const locks = locksByBlock(o, ctx, blocks);
  return [...blocks]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, nodes]) => buildBlock(key, nodes, locks.get(key) ?? [], input, o, ctx));
}

const FN = 'buildTransferProblems';

/** What every block reads: the units, the distance rule, the fields, cross-field cover, bans and the island rule. */
interface ProblemContext {
  o: ResolvedTransferOptions;
  unitByCode: ReadonlyMap<string, TransferUnit>;
  distance: (a: TransferUnit, b: TransferUnit) => PairDistance;
  fields: ReadonlySet<string>;
  /** Cross-field cover: efficiency by keyOf(from field, to field). */
  cover: ReadonlyMap<string, number>;
  /** The same cover by the covering field: [covered field, efficiency] pairs. */
  coverFrom: ReadonlyMap<string, readonly [string, number][]>;
  isForbidden: (from: string, to: string, field: string) => boolean;
  islandBlocked: (a: TransferUnit, b: TransferUnit) => boolean;
  quotaRule: QuotaRule;
}

function problemContext(input: TransferInput, o: ResolvedTransferOptions): ProblemContext {
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));
  const distance = pairDistances(o.distances ?? [], o.roadFactor, new Set(unitByCode.keys()), o.distancesSource ?? 'distances');
  const fields = new Set(input.rows.map((r) => r.field));
  const cover = new Map<string, number>();
  const efficiencies = new Map<string, Map<string, number>>();
  (o.crossField ?? []).forEach((c, i) => {
    const at = entrySource(c, i, 'options.crossField');
    for (const key of ['from', 'to'] as const) {
      if (!fields.has(c[key])) throw new CanbangInputError({ ...at, column: key, value: c[key], expected: `a field of the dataset (${[...fields].join(', ')})` });
    }
    if (!(c.efficiency > 0 && c.efficiency <= 1) || c.from === c.to) {
      throw new CanbangInputError({ ...at, column: 'efficiency', value: c.efficiency, expected: 'two different fields and an efficiency in (0, 1]' });
    }
    cover.set(keyOf(c.from, c.to), c.efficiency);
    efficiencies.set(c.from, new Map(efficiencies.get(c.from)).set(c.to, c.efficiency));
  });
  const coverFrom = new Map([...efficiencies].map(([from, to]) => [from, [...to]]));
  const forbidden = new Set(
    (o.forbidden ?? []).map((p, i) => {
      checkEntry(p, i, 'options.forbidden', unitByCode, fields, o.crossProvince);
      return keyOf(p.from, p.to, p.field ?? '*');
    }),
  );
  return {
    o,
    unitByCode,
    distance,
    fields,
    cover,
    coverFrom,
    isForbidden: (from, to, field) => forbidden.has(keyOf(from, to, field)) || forbidden.has(keyOf(from, to, '*')),
    islandBlocked: (a, b) => !o.allowIslandMoves && isIslandUnit(a) !== isIslandUnit(b),
    quotaRule: { cap: o.cap, floor: o.floor, ...(o.norms ? { norms: o.norms } : {}) },
  };
}

/** The rows as nodes, grouped into blocks: one per province, or one national block with cross-province moves. */
function groupIntoBlocks(input: TransferInput, o: ResolvedTransferOptions, unitByCode: ReadonlyMap<string, TransferUnit>): Map<string, TransferNode[]> {
  const blocks = new Map<string, TransferNode[]>();
  input.rows.forEach((row, i) => {
    const unit = unitByCode.get(row.unit_code);
    const at = { source: `${FN}(rows)`, row: i + 1, rowLabel: 'item' as const };
    if (!unit) throw new CanbangInputError({ ...at, column: 'unit_code', value: row.unit_code, expected: 'a unit code of the units table' });
    for (const column of ['staff', 'required'] as const) {
      if (!Number.isFinite(row[column]) || row[column] < 0) throw new CanbangInputError({ ...at, column, value: row[column], expected: 'a finite number >= 0' });
    }
    if (o.province !== undefined && unit.province_code !== o.province) return;
    const key = o.crossProvince ? 'national' : unit.province_code;
    let nodes = blocks.get(key);
    if (!nodes) blocks.set(key, (nodes = []));
    nodes.push({
      unit_code: unit.code,
      unit_name: unit.name,
      label: unitLabel({ unit_code: unit.code, unit_name: unit.name }),
      province_code: unit.province_code,
      field: row.field,
      staffBefore: row.staff,
      staff: row.staff,
      required: row.required,
      role: 'none',
      lat: unit.lat ?? NaN,
      lon: unit.lon ?? NaN,
    });
  });
  if (o.province !== undefined && blocks.size === 0) {
    throw new CanbangInputError({ source: FN, column: 'province', value: o.province, expected: 'a province code with at least one unit' });
  }
  return blocks;
}

/** The planner's locked moves, checked against the dataset, by block (locks of provinces not asked for are dropped). */
function locksByBlock(o: ResolvedTransferOptions, ctx: ProblemContext, blocks: ReadonlyMap<string, unknown>): Map<string, FixedMove[]> {
  const byBlock = new Map<string, FixedMove[]>();
  (o.fixedMoves ?? []).forEach((m, i) => {
    checkEntry(m, i, 'options.fixedMoves', ctx.unitByCode, ctx.fields, o.crossProvince);
    const at = entrySource(m, i, 'options.fixedMoves');
    if (!(Number.isInteger(m.staff) && m.staff >= 1)) throw new CanbangInputError({ ...at, column: 'staff', value: m.staff, expected: 'an integer >= 1' });
    const toField = m.toField ?? m.field;
    if (toField !== m.field && !ctx.cover.has(keyOf(m.field, toField))) {
      throw new CanbangInputError({ ...at, column: 'toField', value: m.toField, expected: `a field that ${m.field} may cover (options.crossField)` });
    }
    if (m.from === m.to && toField === m.field) throw new CanbangInputError({ ...at, column: 'to', value: m.to, expected: 'a unit other than the donor' });
    const key = o.crossProvince ? 'national' : ctx.unitByCode.get(m.from)!.province_code;
    if (!blocks.has(key)) return; // another province than the one asked for
    let list = byBlock.get(key);
    if (!list) byBlock.set(key, (list = []));
    list.push(m);
  });
  return byBlock;
}

/** Each unit's staff before the plan, and the quota cap and floor on it. */
interface BlockQuota {
  unitStaff: Map<string, number>;
  caps: Map<string, number>;
  floors: Map<string, number>;
}

function blockQuota(nodes: readonly TransferNode[], input: TransferInput, ctx: ProblemContext): BlockQuota {
  const unitStaff = new Map<string, number>();
  for (const n of nodes) unitStaff.set(n.unit_code, (unitStaff.get(n.unit_code) ?? 0) + n.staff);
  for (const code of unitStaff.keys()) if (input.unitStaff?.has(code)) unitStaff.set(code, input.unitStaff.get(code)!);
  const caps = new Map<string, number>();
  const floors = new Map<string, number>();
  for (const [code, staff] of unitStaff) {
    caps.set(code, unitCap(ctx.unitByCode.get(code)!, ctx.quotaRule, `${FN}(units)`));
    floors.set(code, unitFloor(staff, ctx.quotaRule));
  }
  return { unitStaff, caps, floors };
}

/** The locks of one block as applied to its nodes: what they moved, in and out of which unit, and their warnings. */
interface AppliedLocks {
  applied: AppliedFixedMove[];
  /** Why the locks make the block infeasible (a donor left below 0, a lock naming a cell with no row). */
  reasons: string[];
  fixedOut: Map<string, number>;
  fixedIn: Map<string, number>;
  givers: Set<number>;
  takers: Set<number>;
  count: number;
}

// Moves the locked staff on the nodes (kept even when a rule is broken, with a warning on the move).
function applyLocks(nodes: TransferNode[], locks: readonly FixedMove[], ctx: ProblemContext): AppliedLocks {
  const { o } = ctx;
  const index = new Map(nodes.map((n, i) => [keyOf(n.unit_code, n.field), i]));
  const out: AppliedLocks = { applied: [], reasons: [], fixedOut: new Map(), fixedIn: new Map(), givers: new Set(), takers: new Set(), count: 0 };
  for (const m of locks) {
    const toField = m.toField ?? m.field;
    const a = index.get(keyOf(m.from, m.field));
    const b = index.get(keyOf(m.to, toField));
    if (a === undefined || b === undefined) {
      out.reasons.push(`locked move ${m.from} -> ${m.to} (${m.field}) names a unit x field with no headcount row`);
      continue;
    }
    const eff = toField === m.field ? 1 : ctx.cover.get(keyOf(m.field, toField))!;
    const dn = nodes[a]!;
    const rn = nodes[b]!;
    const from = ctx.unitByCode.get(m.from)!;
    const to = ctx.unitByCode.get(m.to)!;
    const dist = ctx.distance(from, to);
    const warnings: string[] = [];
    if (dist.km > o.maxDistanceKm + EPS) warnings.push(`${fmt(dist.km)} km is beyond the distance limit of ${fmt(o.maxDistanceKm)} km`);
    if (dist.minutes !== null && dist.minutes > o.maxMinutes + EPS) warnings.push(`${fmt(dist.minutes)} min is beyond the travel-time limit of ${fmt(o.maxMinutes)} min`);
    if (ctx.isForbidden(m.from, m.to, m.field)) warnings.push('the pair is banned');
    if (ctx.islandBlocked(from, to)) warnings.push('it crosses between an island and the mainland');
    const before = { d: dn.staff, r: rn.staff };
    dn.staff -= m.staff;
    rn.staff += m.staff * eff;
    out.givers.add(a);
    out.takers.add(b);
    out.fixedOut.set(m.from, (out.fixedOut.get(m.from) ?? 0) + m.staff);
    out.fixedIn.set(m.to, (out.fixedIn.get(m.to) ?? 0) + m.staff);
    out.count += m.staff;
    if (dn.staff < -EPS) out.reasons.push(`locked moves take more ${m.field} staff out of ${dn.label} than it has`);
    else if (o.keepWithinRequirement && dn.staff < dn.required - EPS) {
      warnings.push(`donor ${dn.label} goes from ${fmt(before.d)} to ${fmt(dn.staff)} ${m.field} staff, below its requirement ${fmt(dn.required)} (WISN+POA rule)`);
    }
    if (o.keepWithinRequirement && rn.staff > rn.required + EPS) {
      warnings.push(`recipient ${rn.label} goes from ${fmt(before.r)} to ${fmt(rn.staff)} ${toField} staff, above its requirement ${fmt(rn.required)} (WISN+POA rule)`);
    }
    out.applied.push({ ...m, km: dist.km, distance: dist, warnings });
  }
  return out;
}

// Unit-level rules a lock may break (quota, per-unit limits, budget): warned on the locks of that unit.
function warnUnitRules(locks: AppliedLocks, quota: BlockQuota, o: ResolvedTransferOptions, staffAfterLocks: (code: string) => number): void {
  const warnUnit = (code: string, side: 'from' | 'to', text: string) => {
    for (const m of locks.applied) if (m[side] === code) m.warnings.push(text);
  };
  for (const [code, n] of locks.fixedIn) {
    if (staffAfterLocks(code) > quota.caps.get(code)! + EPS) warnUnit(code, 'to', `unit ${code} ends with ${fmt(staffAfterLocks(code))} staff, above its quota of ${fmt(quota.caps.get(code)!)}`);
    if (o.maxMovesIn !== undefined && n > o.maxMovesIn) warnUnit(code, 'to', `${n} staff moved into unit ${code}, above the limit of ${o.maxMovesIn} per unit`);
  }
  for (const [code, n] of locks.fixedOut) {
    if (staffAfterLocks(code) < quota.floors.get(code)! - EPS) warnUnit(code, 'from', `unit ${code} ends with ${fmt(staffAfterLocks(code))} staff, below its floor of ${fmt(quota.floors.get(code)!)}`);
    if (o.maxMovesOut !== undefined && n > o.maxMovesOut) warnUnit(code, 'from', `${n} staff moved out of unit ${code}, above the limit of ${o.maxMovesOut} per unit`);
  }
  if (o.maxMoves !== undefined && locks.count > o.maxMoves) {
    for (const m of locks.applied) m.warnings.push(`locked moves total ${locks.count} staff, above the budget of ${o.maxMoves} moves`);
  }
}

/** Which nodes may still give and take, and how many people each unit may still send and receive. */
interface MoveRoom {
  outLeft: (code: string) => number;
  inLeft: (code: string) => number;
  canGive: (i: number) => boolean;
  canTake: (i: number, efficiency: number) => boolean;
}

function moveRoom(nodes: readonly TransferNode[], quota: BlockQuota, locks: AppliedLocks, o: ResolvedTransferOptions, staffAfterLocks: (code: string) => number): MoveRoom {
  // What each unit may still give / take: the user's per-unit limits and the quota, after the locks.
  const outLeft = (code: string) => Math.max(0, Math.min((o.maxMovesOut ?? Infinity) - (locks.fixedOut.get(code) ?? 0), staffAfterLocks(code) - quota.floors.get(code)!));
  const inLeft = (code: string) => Math.max(0, Math.min((o.maxMovesIn ?? Infinity) - (locks.fixedIn.get(code) ?? 0), quota.caps.get(code)! - staffAfterLocks(code)));
  // A unit x field that received a locked move gives nothing in that field, and one that gave receives nothing:
  // the optimiser re-plans around the planner's decision rather than undoing it.
  const canGive = (i: number) => nodes[i]!.role === 'donor' && !locks.takers.has(i) && outLeft(nodes[i]!.unit_code) >= 1 - EPS && donorSpare(o, nodes[i]!) >= 1;
  const canTake = (i: number, eff: number) => {
    const n = nodes[i]!;
    return n.role === 'recipient' && !locks.givers.has(i) && inLeft(n.unit_code) >= 1 - EPS && (!o.keepWithinRequirement || n.required - n.staff >= eff - EPS);
  };
  return { outLeft, inLeft, canGive, canTake };
}

// Only the arcs a plan can use: from a donor with a person to spare to a recipient with room for one more (in its
// field, or a field it may cover), within the distance and travel-time limits, not banned, not across the island rule.
function candidateArcs(nodes: readonly TransferNode[], room: MoveRoom, ctx: ProblemContext): TransferArc[] {
  const recipientsByField = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.role !== 'recipient') return;
    let list = recipientsByField.get(n.field);
    if (!list) recipientsByField.set(n.field, (list = []));
    list.push(i);
  });
  const arcs: TransferArc[] = [];
  nodes.forEach((dn, i) => {
    if (!room.canGive(i)) return;
    const from = ctx.unitByCode.get(dn.unit_code)!;
    const targets: [string, number][] = [[dn.field, 1], ...(ctx.coverFrom.get(dn.field) ?? [])];
    for (const [field, eff] of targets) {
      for (const j of recipientsByField.get(field) ?? []) {
        const rn = nodes[j]!;
        if (rn.unit_code === dn.unit_code && eff === 1) continue;
        if (!room.canTake(j, eff) || ctx.isForbidden(dn.unit_code, rn.unit_code, dn.field)) continue;
        const to = ctx.unitByCode.get(rn.unit_code)!;
        if (ctx.islandBlocked(from, to)) continue;
        const dist = ctx.distance(from, to);
        if (dist.km > ctx.o.maxDistanceKm || (dist.minutes !== null && dist.minutes > ctx.o.maxMinutes)) continue;
        arcs.push({ from: i, to: j, km: dist.km, efficiency: eff, distance: dist });
      }
    }
  });
  return arcs;
}

// The per-unit move limits the solvers enforce, for units with a finite limit.
function unitMoveLimits(nodes: readonly TransferNode[], room: MoveRoom): UnitLimit[] {
  const byUnit = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    let list = byUnit.get(n.unit_code);
    if (!list) byUnit.set(n.unit_code, (list = []));
    list.push(i);
  });
  const limits: UnitLimit[] = [];
  for (const [code, list] of byUnit) {
    const maxOut = room.outLeft(code);
    const maxIn = room.inLeft(code);
    if (Number.isFinite(maxOut) || Number.isFinite(maxIn)) limits.push({ unit_code: code, nodes: list, maxOut: Math.floor(maxOut + EPS), maxIn: Math.floor(maxIn + EPS) });
  }
  return limits;
}

/** One block: locks applied, roles set, arcs and limits generated, and why it is infeasible before any solve. */
function buildBlock(key: string, nodes: TransferNode[], locks: readonly FixedMove[], input: TransferInput, o: ResolvedTransferOptions, ctx: ProblemContext): TransferProblem {
  const quota = blockQuota(nodes, input, ctx);
  const applied = applyLocks(nodes, locks, ctx);
  const staffAfterLocks = (code: string) => quota.unitStaff.get(code)! + (applied.fixedIn.get(code) ?? 0) - (applied.fixedOut.get(code) ?? 0);
  warnUnitRules(applied, quota, o, staffAfterLocks);
  for (const n of nodes) n.role = n.staff > n.required + EPS ? 'donor' : n.staff < n.required - EPS ? 'recipient' : 'none';
  const room = moveRoom(nodes, quota, applied, o, staffAfterLocks);
  const arcs = candidateArcs(nodes, room, ctx);
  const minRatio = o.maxLoad !== undefined ? 1 / o.maxLoad : null;
  const problem: TransferProblem = {
    key,
    nodes,
    arcs,
    reachable: reachableNodes(arcs),
    unitLimits: unitMoveLimits(nodes, room),
    budget: o.maxMoves !== undefined ? Math.max(0, o.maxMoves - applied.count) : null,
    keepWithinRequirement: o.keepWithinRequirement,
    keepLastOfficer: o.keepLastOfficer,
    roadFactor: o.roadFactor,
    minRatio,
    fixed: applied.applied,
    infeasibleReason: null,
  };
  const reasons = applied.reasons;
  if (minRatio !== null && reasons.length === 0) {
    const unit = (code: string) => ctx.unitByCode.get(code)!;
    reasons.push(
      ...unreachableTargets(problem, {
        maxKm: o.maxDistanceKm,
        maxMinutes: o.maxMinutes,
        canGive: room.canGive,
        isForbidden: ctx.isForbidden,
        inLeft: room.inLeft,
        distance: (a, b) => ctx.distance(unit(a), unit(b)),
        islandBlocked: (a, b) => ctx.islandBlocked(unit(a), unit(b)),
      }),
    );
  }
  problem.infeasibleReason = reasons.length ? reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '') : null;
  return problem;
}

// Where an override entry came from, for its error messages.
function entrySource(entry: { source?: string }, i: number, list: string): { source: string; row?: number; rowLabel?: 'item' } {
  return entry.source !== undefined ? { source: entry.source } : { source: `${FN}(${list})`, row: i + 1, rowLabel: 'item' };
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
      reasons.push(`maxLoad ${maxLoad} needs one more ${n.field} officer at ${n.label} (${fmt(n.staff)} staff for ${fmt(n.required)} required), but the WISN+POA rule forbids going above the requirement`);
      return;
    }
    if (ctx.inLeft(n.unit_code) < 1) {
      reasons.push(`the quota or the limit on moves into one unit leaves ${n.label} unable to receive ${n.field} staff`);
      return;
    }
    const donors = p.nodes.map((_, k) => k).filter((k) => p.nodes[k]!.field === n.field && ctx.canGive(k) && p.nodes[k]!.unit_code !== n.unit_code).map((k) => p.nodes[k]!);
    if (donors.length === 0) {
      reasons.push(`no unit of ${p.key === 'national' ? 'the country' : `province ${p.key}`} has ${n.field} staff to spare for ${n.label}`);
      return;
    }
    const allowed = donors.filter((dn) => !ctx.isForbidden(dn.unit_code, n.unit_code, n.field));
    if (allowed.length === 0) {
      reasons.push(`forbidden pairs ban every donor of ${n.field} staff to ${n.label}`);
      return;
    }
    const crossing = allowed.filter((dn) => !ctx.islandBlocked(dn.unit_code, n.unit_code));
    if (crossing.length === 0) {
      reasons.push(`the island rule (no moves between island and mainland units) leaves ${n.label} with no donor in field ${n.field}`);
      return;
    }
    let nearest = crossing[0]!;
    let best: PairDistance | null = null;
    for (const dn of crossing) {
      const d = ctx.distance(dn.unit_code, n.unit_code);
      if (!best || d.km < best.km) [best, nearest] = [d, dn];
    }
    if (best!.km <= ctx.maxKm && best!.minutes !== null && best!.minutes > ctx.maxMinutes) {
      reasons.push(`travel-time limit ${fmt(ctx.maxMinutes)} min leaves unit ${n.label} with no donor in field ${n.field} (nearest: ${nearest.label} at ${fmt(best!.minutes)} min)`);
      return;
    }
    reasons.push(`distance limit ${fmt(ctx.maxKm)} km leaves unit ${n.label} with no donor in field ${n.field} (nearest: ${nearest.label} at ${best!.km.toFixed(1)} km)`);
  });
  return reasons;
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
