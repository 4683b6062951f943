import { createDataset, datasetRows } from '../model/dataset.ts';
import { CanbangInputError } from '../model/errors.ts';
import type { Dataset, DatasetRows, HeadcountRow, StandardRow, Unit, VolumeRow } from '../model/types.ts';
import { requirementMatrix, type RequirementMatrix, type RequirementOptions } from '../workload/requirement-matrix.ts';
import { compositeKey } from '../model/composite-key.ts';
import { BinaryHeap } from '../optimize/binary-heap.ts';
import { planHires } from '../optimize/plan-hires.ts';
import { unitCap } from '../optimize/unit-quota.ts';
import { createScenarioRandom, shuffledIndices, type Random } from './random.ts';
import { validateScenario } from './validate-scenario.ts';
import type { AddStaffLever, DecentraliseLever, Lever, RemoveStaffLever, Selector } from './types.ts';

export interface ApplyLeversOptions extends RequirementOptions {
  /** Seed for random allocations and tie-breaks; default 1. */
  seed?: number;
  /** Scenario file name shown in errors; default "applyLevers". */
  source?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Applies levers, in order, to a dataset and returns a new validated {@link Dataset} (the input is not
 * changed). The levers are checked first like a scenario file's (`validateScenario`). setNorms / setBands do not change data (they change how `balance` reads it) and are skipped here.
 * Names in `where` and in fixed allocations are checked against the dataset: an unknown field, activity,
 * province or unit is a {@link CanbangInputError} whose column is the lever's path, e.g. `levers[0].where.fields[1]`.
 *
 * @example
 * const faster = applyLevers(ds, [{ type: 'changeStandards', factor: 0.8, where: { fields: ['civil_status'] } }]);
 */
export function applyLevers(dataset: Dataset, levers: readonly Lever[], options: ApplyLeversOptions = {}): Dataset {
  const source = options.source ?? 'applyLevers';
  // Library callers skip the file parser: check the levers the same way (typos, bad values).
  validateScenario({ name: 'applyLevers', levers }, source);
  const random = createScenarioRandom(options.seed ?? 1);
  const base = datasetRows(dataset);
  const state: State = {
    rows: base,
    units: base.units,
    unitByCode: new Map(base.units.map((u) => [u.code, u])),
    volumes: base.volumes.map((v) => ({ ...v })),
    headcount: base.headcount.map((h) => ({ ...h })),
    standards: base.standards.map((s) => ({ ...s })),
  };
  const fields = new Set(state.standards.map((s) => s.field));
  const provinces = new Set([...state.units.map((u) => u.province_code), ...(base.provinces ?? []).map((p) => p.province_code)]);
  const known = { fields, provinces, activities: new Set(state.standards.filter((s) => s.kind === 'service').map((s) => s.activity)) };
  levers.forEach((lever, i) => applyLever(state, lever, `levers[${i}]`, { source, random, options, known }));

  return createDataset({ ...base, volumes: state.volumes, headcount: state.headcount, standards: state.standards });
}

/** What every lever is checked against and applied with. */
interface LeverContext {
  source: string;
  random: Random;
  options: ApplyLeversOptions;
  known: { fields: Set<string>; provinces: Set<string>; activities: Set<string> };
}

// One lever on the state: its "where" names checked against the dataset, then its change applied.
function applyLever(state: State, lever: Lever, path: string, ctx: LeverContext): void {
  const fail = (column: string, value: unknown, expected: string): never => {
    throw new CanbangInputError({ source: ctx.source, column, value, expected });
  };
  const where: Selector = 'where' in lever && lever.where ? lever.where : {};
  const check = (key: keyof Selector, known: Set<string> | Map<string, unknown>, words: string) =>
    where[key]?.forEach((name, j) => {
      if (!known.has(name)) fail(`${path}.where.${key}[${j}]`, name, words);
    });
  check('fields', ctx.known.fields, `a field of the dataset (${[...ctx.known.fields].join(', ')})`);
  check('activities', ctx.known.activities, 'a service activity listed in the standards table');
  check('provinces', ctx.known.provinces, 'a province code of the dataset');
  check('units', state.unitByCode, 'a unit code of the dataset');

  switch (lever.type) {
    case 'scaleVolumes': {
      const matched = state.volumes.filter((v) => matchesRow(state, where, v.unit_code, v.field, v.activity));
      // Every name in "where" exists, but together they may select nothing: the lever would change nothing.
      if (matched.length === 0) fail(`${path}.where`, where, 'a selection matching at least one volume row (these names exist, but no unit has volumes for them together)');
      for (const v of matched) {
        v.cases *= lever.factor;
        if (v.on_time != null) v.on_time *= lever.factor;
        if (v.backlog != null) v.backlog *= lever.factor;
      }
      break;
    }
    case 'changeStandards': {
      const matched = state.standards.filter((s) => s.kind === 'service' && matchesRow(state, where, undefined, s.field, s.activity));
      if (matched.length === 0) fail(`${path}.where`, where, 'a selection matching at least one service time standard (an activity of one of the fields)');
      for (const s of matched) s.minutes_per_case = s.minutes_per_case! * lever.factor;
      break;
    }
    case 'decentralise':
      if (!state.units.some((u) => matchesUnit(state, where, u.code)) || !state.standards.some((s) => s.kind === 'service' && matchesRow(state, where, undefined, s.field, s.activity))) {
        fail(`${path}.where`, where, 'a selection matching at least one unit and one service activity');
      }
      decentralise(state, lever, where);
      break;
    case 'removeStaff':
      if (!state.headcount.some((h) => h.staff > 0 && matchesRow(state, where, h.unit_code, h.field))) {
        fail(`${path}.where`, where, 'a selection matching at least one unit x field with staff');
      }
      removeStaff(state, lever, where, ctx.random, (value, expected) => fail(`${path}.${lever.count !== undefined ? 'count' : 'rate'}`, value, expected));
      break;
    case 'addStaff':
      addStaff(state, lever, where, ctx.random, ctx.options, path, fail);
      break;
    case 'setAllowance': {
      const s =
        state.standards.find((x) => x.field === lever.field && x.activity === lever.activity) ??
        fail(`${path}.activity`, lever.activity, `an activity of field "${lever.field}" in the standards table`);
      if (s.kind === 'service') fail(`${path}.activity`, lever.activity, 'a support or additional activity (service activities have minutes_per_case: use changeStandards)');
      if (lever.share !== undefined && s.kind !== 'support') fail(`${path}.share`, lever.share, 'a share only on a support activity (additional work is given in hours)');
      if (lever.staffDoing !== undefined && s.kind !== 'additional') fail(`${path}.staffDoing`, lever.staffDoing, 'staffDoing only on an additional activity');
      s.share = lever.share ?? null;
      s.hours = lever.hours ?? null;
      s.per = lever.hours !== undefined ? (lever.per ?? 'year') : null;
      if (s.kind === 'additional' && lever.staffDoing !== undefined) s.staff_doing = lever.staffDoing;
      break;
    }
    case 'setNorms':
    case 'setBands':
      break;
  }
}

interface State {
  rows: DatasetRows;
  units: readonly Unit[];
  unitByCode: Map<string, Unit>;
  volumes: Mutable<VolumeRow>[];
  headcount: Mutable<HeadcountRow>[];
  standards: Mutable<StandardRow>[];
}

function matchesUnit(state: State, where: Selector, unitCode: string): boolean {
  if (where.units && !where.units.includes(unitCode)) return false;
  if (!where.provinces && !where.kinds) return true;
  const unit = state.unitByCode.get(unitCode)!;
  if (where.provinces && !where.provinces.includes(unit.province_code)) return false;
  if (where.kinds && !where.kinds.includes(unit.kind)) return false;
  return true;
}

function matchesRow(state: State, where: Selector, unitCode: string | undefined, field: string, activity?: string): boolean {
  if (where.fields && !where.fields.includes(field)) return false;
  if (activity !== undefined && where.activities && !where.activities.includes(activity)) return false;
  return unitCode === undefined || matchesUnit(state, where, unitCode);
}

// Per province and field x activity: add share x (current volume of the matching units), spread over the
// matching units of that province by population or by current volume.
function decentralise(state: State, lever: DecentraliseLever, where: Selector): void {
  const byVolume = lever.distributeBy === 'volume';
  const targetUnits = state.units.filter((u) => matchesUnit(state, where, u.code));
  const unitsByProvince = new Map<string, Unit[]>();
  for (const u of targetUnits) {
    const list = unitsByProvince.get(u.province_code);
    if (list) list.push(u);
    else unitsByProvince.set(u.province_code, [u]);
  }
  const rowIndex = new Map(state.volumes.map((v, r) => [compositeKey(v.unit_code, v.field, v.activity), r]));
  const services = state.standards.filter((s) => s.kind === 'service' && matchesRow(state, where, undefined, s.field, s.activity));
  for (const [, units] of unitsByProvince) {
    const population = units.reduce((sum, u) => sum + u.population, 0);
    for (const s of services) {
      const rows = units.map((u) => rowIndex.get(compositeKey(u.code, s.field, s.activity)));
      const current = rows.map((r) => (r === undefined ? 0 : state.volumes[r]!.cases));
      const total = current.reduce((a, b) => a + b, 0);
      const added = lever.share * total;
      if (added === 0) continue;
      units.forEach((u, k) => {
        // Weight: current volume, or population (equal split when the matching units have no residents).
        const weight = byVolume ? current[k]! / total : population > 0 ? u.population / population : 1 / units.length;
        const extra = added * weight;
        if (extra === 0) return;
        const r = rows[k];
        if (r === undefined) {
          state.volumes.push({ unit_code: u.code, field: s.field, activity: s.activity, cases: extra, on_time: null, backlog: null });
          return;
        }
        const v = state.volumes[r]!;
        // on_time and backlog keep their share of the cases; a row with no cases has no share to keep
        // (scaling by (0 + extra) / 0 would turn a recorded 0 into NaN).
        if (v.cases > 0) {
          const scale = (v.cases + extra) / v.cases;
          if (v.on_time != null) v.on_time *= scale;
          if (v.backlog != null) v.backlog *= scale;
        }
        v.cases += extra;
      });
    }
  }
}

// Largest-remainder split of `count` in proportion to `weights` (integers summing to count); ties in the
// remainder go to the earlier index in a seeded shuffled order, so no unit is favoured by its position.
function apportion(count: number, weights: readonly number[], random: Random): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (count * w) / total);
  const out = quotas.map(Math.floor);
  let left = count - out.reduce((a, b) => a + b, 0);
  const order = shuffledIndices(weights.length, random);
  const rank = [...order].sort((a, b) => quotas[b]! - out[b]! - (quotas[a]! - out[a]!));
  for (let k = 0; left > 0 && k < rank.length; k++, left--) out[rank[k]!]! += 1;
  return out;
}

function removeStaff(
  state: State,
  lever: RemoveStaffLever,
  where: Selector,
  random: Random,
  fail: (value: unknown, expected: string) => never,
): void {
  const rows = state.headcount.filter((h) => h.staff > 0 && matchesRow(state, where, h.unit_code, h.field));
  const available = rows.reduce((sum, h) => sum + h.staff, 0);
  const count = lever.count ?? Math.round(lever.rate! * available);
  if (count > available) fail(lever.count, `at most the ${available} staff matching "where"`);
  if (count === 0) return;
  if (lever.by === 'random') {
    // Draw `count` individuals without replacement: partial Fisher-Yates over one slot per person.
    const owner = new Int32Array(available);
    let k = 0;
    rows.forEach((h, r) => owner.fill(r, k, (k += h.staff)));
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random.uniform() * (available - i));
      const t = owner[i]!;
      owner[i] = owner[j]!;
      owner[j] = t;
      rows[owner[i]!]!.staff -= 1;
    }
    return;
  }
  const removed = apportion(count, rows.map((h) => h.staff), random);
  rows.forEach((h, r) => (h.staff -= removed[r]!));
}

function addStaff(
  state: State,
  lever: AddStaffLever,
  where: Selector,
  random: Random,
  options: RequirementOptions,
  path: string,
  fail: (column: string, value: unknown, expected: string) => never,
): void {
  const cellIndex = new Map(state.headcount.map((h, r) => [compositeKey(h.unit_code, h.field), r]));
  const fields = [...new Set(state.standards.map((s) => s.field))];
  const add = (unit: string, field: string, staff: number) => {
    if (staff === 0) return;
    const r = cellIndex.get(compositeKey(unit, field));
    if (r !== undefined) state.headcount[r]!.staff += staff;
    else {
      cellIndex.set(compositeKey(unit, field), state.headcount.length);
      state.headcount.push({ unit_code: unit, field, staff });
    }
  };

  const { unitStaff, capOn, roomOf, checkRoom } = quotaRoom(state, lever, path, fail);

  if (lever.allocation) {
    addAllocation(state, lever.allocation, fields, path, fail, checkRoom, add);
    return;
  }

  const count = lever.count!;
  if (count === 0) return;
  const cellFields = fields.filter((f) => !where.fields || where.fields.includes(f));
  const cellUnits = state.units.filter((u) => matchesUnit(state, where, u.code));
  if (cellFields.length === 0 || cellUnits.length === 0) fail(`${path}.where`, where, 'a selection matching at least one unit and field');

  if (lever.by === 'share') {
    const staffOf = (u: string, f: string) => {
      const r = cellIndex.get(compositeKey(u, f));
      return r === undefined ? 0 : state.headcount[r]!.staff;
    };
    const cells = cellUnits.flatMap((u) => cellFields.map((f) => [u.code, f] as const));
    const weights = cells.map(([u, f]) => staffOf(u, f));
    if (weights.every((w) => w === 0)) fail(`${path}.by`, 'share', '"shortage" (the matching cells have no staff to share by)');
    const shares = apportion(count, weights, random);
    const adds = new Map<string, number>();
    shares.forEach((n, k) => adds.set(cells[k]![0], (adds.get(cells[k]![0]) ?? 0) + n));
    checkRoom(adds, `${path}.count`);
    shares.forEach((n, k) => add(cells[k]![0], cells[k]![1], n));
    return;
  }

  const current = createDataset({ ...state.rows, volumes: state.volumes, headcount: state.headcount, standards: state.standards });
  const m = requirementMatrix(current, options);
  const nFields = m.fields.length;
  const unitPos = new Map(m.unitCodes.map((c, i) => [c, i]));
  const cells = cellUnits.flatMap((u) => cellFields.map((f) => unitPos.get(u.code)! * nFields + m.fields.indexOf(f)));

  if (lever.optimised) {
    // planHires is exact and synchronous (bisection + greedy, no LP solver), so it runs here in place
    // and every caller of applyLevers (runScenario, sensitivity, uncertainty) gets the same placement.
    const rows = cells.map((c) => ({ unit_code: m.unitCodes[Math.floor(c / nFields)]!, field: m.fields[c % nFields]!, staff: m.staff[c]!, required: m.required[c]! }));
    const plan = planHires(current, { recruits: count, rows, unitStaff, cap: capOn ? 'quota' : 'off' });
    const unplaced = plan.pools[0]?.unplaced ?? 0;
    if (unplaced > 0) fail(`${path}.count`, count, `at most ${count - unplaced} hires: the matching units' quota leaves no room for more (or quota: "off" on the lever)`);
    for (const a of plan.allocations) add(a.unit_code, a.field, a.count);
    return;
  }

  // by shortage: each hire goes to the cell with the largest remaining required - staff (ties: earlier
  // unit, then field, in dataset order). This fills the deepest gaps first, like water-filling.
  const hires = hiresByShortage(m, cells, count, roomOf, (k) => fail(`${path}.count`, count, `at most ${k} hires: the matching units' quota leaves no room for more (or quota: "off" on the lever)`));
  for (const [cell, n] of [...hires].sort((a, b) => a[0] - b[0])) {
    add(m.unitCodes[Math.floor(cell / nFields)]!, m.fields[cell % nFields]!, n);
  }
}


// The quota cap: room = quota - staff per unit (Infinity with quota: 'off'); every placement of addStaff keeps to it.
function quotaRoom(state: State, lever: AddStaffLever, path: string, fail: (column: string, value: unknown, expected: string) => never) {
  const unitStaff = new Map<string, number>();
  for (const h of state.headcount) unitStaff.set(h.unit_code, (unitStaff.get(h.unit_code) ?? 0) + h.staff);
  const capOn = (lever.quota ?? 'quota') === 'quota';
  const roomOf = (code: string) => (capOn ? Math.max(0, unitCap(state.unitByCode.get(code)!, {}, `${path}.quota`) - (unitStaff.get(code) ?? 0)) : Infinity);
  const checkRoom = (adds: ReadonlyMap<string, number>, column: string) => {
    for (const [code, n] of adds) {
      if (n > roomOf(code)) fail(column, n, `at most ${roomOf(code)} more staff for unit ${code} (quota ${roomOf(code) + (unitStaff.get(code) ?? 0)}, staff ${unitStaff.get(code) ?? 0}), or quota: "off" on the lever`);
    }
  };
  return { unitStaff, capOn, roomOf, checkRoom };
}

// A fixed allocation: every row names a unit and a field of the dataset, and no unit goes above its quota room.
function addAllocation(
  state: State,
  allocation: NonNullable<AddStaffLever['allocation']>,
  fields: readonly string[],
  path: string,
  fail: (column: string, value: unknown, expected: string) => never,
  checkRoom: (adds: ReadonlyMap<string, number>, column: string) => void,
  add: (unit: string, field: string, staff: number) => void,
): void {
  allocation.forEach((a, j) => {
    if (!state.unitByCode.has(a.unit_code)) fail(`${path}.allocation[${j}].unit_code`, a.unit_code, 'a unit code of the dataset');
    if (!fields.includes(a.field)) fail(`${path}.allocation[${j}].field`, a.field, `a field of the dataset (${fields.join(', ')})`);
  });
  const adds = new Map<string, number>();
  for (const a of allocation) adds.set(a.unit_code, (adds.get(a.unit_code) ?? 0) + a.staff);
  checkRoom(adds, `${path}.allocation`);
  allocation.forEach((a) => add(a.unit_code, a.field, a.staff));
}

// One hire at a time to the cell with the largest remaining gap, skipping units whose quota room is used up.
function hiresByShortage(m: RequirementMatrix, cells: readonly number[], count: number, roomOf: (code: string) => number, full: (placed: number) => never): Map<number, number> {
  const nFields = m.fields.length;
  const heap = new BinaryHeap<GapEntry>((x, y) => x.gap > y.gap || (x.gap === y.gap && x.cell < y.cell));
  for (const c of cells) heap.push({ cell: c, gap: m.required[c]! - m.staff[c]! });
  const hires = new Map<number, number>();
  const left = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const top = heap.pop();
    if (!top) full(k);
    const code = m.unitCodes[Math.floor(top!.cell / nFields)]!;
    if (!left.has(code)) left.set(code, roomOf(code));
    // A full unit leaves the heap: its cells take no more hires.
    if (left.get(code)! < 1) {
      k--;
      continue;
    }
    left.set(code, left.get(code)! - 1);
    hires.set(top!.cell, (hires.get(top!.cell) ?? 0) + 1);
    heap.push({ cell: top!.cell, gap: top!.gap - 1 });
  }
  return hires;
}

interface GapEntry {
  cell: number;
  gap: number;
}
