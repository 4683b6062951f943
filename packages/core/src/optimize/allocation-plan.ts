import { tableRows } from '../model/typed-table.ts';
import type { Dataset } from '../model/types.ts';
import { balance, type BalanceOptions } from '../indicators/balance.ts';
import { DEFAULT_BANDS, type Bands } from '../indicators/classify.ts';
import { CanbangInputError } from '../model/errors.ts';
import { checkPlanOptions } from './plan-options.ts';
import { allocateInteger } from './allocate-integer.ts';
import { loadFigures } from './load-figures.ts';
import { DEFAULT_QUOTA_RULE, unitCap, unitFloor, unitStaffTotals, type QuotaRule, type QuotaUnit } from './unit-quota.ts';
import type { TransferRow } from './build-transfer-problems.ts';
import type { PlanUnitRow } from './plan-unit-status.ts';
import { planUnitStatus } from './plan-unit-status.ts';
import type { Locale } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages-en.ts';
import { formatNumber, formatShort } from '../i18n/format-number.ts';
import { translate, type MessageParams } from '../i18n/translate.ts';

/** One unit x field that receives recruits (hire) or loses positions (reduce): its row before and after. */
export interface Allocation extends PlanUnitRow {
  /** Recruits added or positions cut. */
  count: number;
  explanation: string;
}

/** Objective values of one pool (a field, or all fields when the total is not split by field). */
export interface AllocationPool {
  pool: string;
  total: number;
  /** Hires the quota left no room for (0 for cuts and when every recruit was placed). */
  unplaced: number;
  worstLoadBefore: number;
  worstLoadAfter: number;
  shortageBefore: number;
  shortageAfter: number;
}

/** A hiring or reduction plan. */
export interface AllocationPlan {
  kind: 'hire' | 'reduce';
  status: 'optimal' | 'infeasible';
  explanation?: string;
  /** Only unit x fields with count > 0, largest count first. */
  allocations: Allocation[];
  pools: AllocationPool[];
  /** The quota rule the plan kept: the cap (hires) or the floor (cuts), with its value. */
  rules: { cap: 'quota' | 'off' } | { floor: 'baseline' | 'off' | number };
  timeMs: number;
  synthetic: boolean;
}

export interface AllocationOptions extends QuotaRule {
  /** Only this province; default the whole dataset. */
  province?: string;
  /** Staff of each unit over all fields, for the quota; default the dataset's headcount (the sum of `rows` when rows are given). */
  unitStaff?: ReadonlyMap<string, number>;
  rows?: readonly TransferRow[];
  balanceOptions?: BalanceOptions;
  bands?: Bands;
  /** Language of the explanations and infeasibility reasons (default English); machine fields never change. */
  locale?: Locale;
}

type AllocationUnit = QuotaUnit & { code: string; name: string; province_code: string };

// What every piece of an allocation plan reads: the direction, the language, the units and the bands.
interface AllocationContext {
  direction: 1 | -1;
  caller: string;
  units: ReadonlyMap<string, AllocationUnit>;
  bands: Bands;
  locale: Locale;
}

/** Shared by planHires and planReductions: pools, exact allocation per pool, plan rows. */
export function buildAllocationPlan(
  dataset: Dataset,
  amount: number | Readonly<Record<string, number>>,
  direction: 1 | -1,
  options: AllocationOptions,
  caller: string,
): AllocationPlan {
  const start = performance.now();
  const kind = direction === 1 ? 'hire' : 'reduce';
  const { province, cap, floor } = options;
  checkPlanOptions(kind, direction === 1 ? { province, cap, recruits: amount } : { province, floor, cuts: amount }, { argument: caller });
  const context: AllocationContext = {
    direction,
    caller,
    units: new Map((dataset.units.objects() as AllocationUnit[]).map((u) => [u.code, u])),
    bands: options.bands ?? DEFAULT_BANDS,
    locale: options.locale ?? 'en',
  };
  const { all, pools } = allocationScope(dataset, amount, options, context);
  const room = quotaRoom(dataset, all, options, context);
  const allocations: Allocation[] = [];
  const poolRows: AllocationPool[] = [];
  const failures: string[] = [];
  for (const [pool, total] of pools) {
    const placed = allocatePool(pool === 'all' ? all : all.filter((r) => r.field === pool), pool, total, room, context);
    if ('failure' in placed) {
      failures.push(placed.failure);
      continue;
    }
    if (placed.unplacedNote !== undefined) failures.push(placed.unplacedNote);
    poolRows.push(placed.pool);
    allocations.push(...placed.allocations);
  }
  allocations.sort((a, b) => b.count - a.count || (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : a.field < b.field ? -1 : 1));
  return {
    kind,
    status: failures.length ? 'infeasible' : 'optimal',
    ...(failures.length ? { explanation: failures.join('; ') } : {}),
    allocations,
    pools: poolRows,
    rules: direction === 1 ? { cap: options.cap ?? DEFAULT_QUOTA_RULE.cap } : { floor: options.floor ?? DEFAULT_QUOTA_RULE.floor },
    timeMs: performance.now() - start,
    synthetic: dataset.meta.synthetic,
  };
}

// The unit x field rows in scope (the province, if any) and the pools to place: "all", or one per field named.
function allocationScope(
  dataset: Dataset,
  amount: number | Readonly<Record<string, number>>,
  options: AllocationOptions,
  { units, caller }: AllocationContext,
): { all: TransferRow[]; pools: [string, number][] } {
  if (options.province !== undefined && ![...units.values()].some((u) => u.province_code === options.province)) {
    throw new CanbangInputError({ source: caller, column: 'province', value: options.province, expected: 'a province code with at least one unit' });
  }
  const all = (options.rows ?? tableRows(balance(dataset, options.balanceOptions).byField)).filter(
    (r) => options.province === undefined || units.get(r.unit_code)?.province_code === options.province,
  );
  const pools: [string, number][] = typeof amount === 'number' ? [['all', amount]] : Object.entries(amount);
  for (const [pool] of pools) {
    if (pool !== 'all' && !all.some((r) => r.field === pool)) {
      throw new CanbangInputError({ source: caller, column: 'field', value: pool, expected: `a field of the dataset (${[...new Set(all.map((r) => r.field))].join(', ')})` });
    }
  }
  return { all, pools };
}

// The room the quota leaves each unit: hires keep it at or under its cap, cuts at or above its floor. A unit's
// fields share its room; pools are placed in the order given, each using the room the earlier ones left, so
// `room` is updated as pools are placed. `limited` is false when no unit has a finite room.
interface QuotaRoom {
  groupOf: ReadonlyMap<string, number>;
  room: number[];
  limited: boolean;
}

function quotaRoom(dataset: Dataset, all: readonly TransferRow[], options: AllocationOptions, { units, direction, caller }: AllocationContext): QuotaRoom {
  const unitStaff = new Map<string, number>();
  for (const r of all) unitStaff.set(r.unit_code, (unitStaff.get(r.unit_code) ?? 0) + r.staff);
  // Rows given for some fields only: the quota still compares with the unit's staff over all fields.
  const given = options.unitStaff ?? (options.rows ? undefined : unitStaffTotals(dataset));
  for (const code of unitStaff.keys()) if (given?.has(code)) unitStaff.set(code, given.get(code)!);
  const codes = [...unitStaff.keys()];
  const room = codes.map((c) => {
    const staff = unitStaff.get(c)!;
    const unit = units.get(c) ?? { code: c };
    return Math.max(0, direction === 1 ? unitCap(unit, options, caller) - staff : staff - unitFloor(staff, options));
  });
  return { groupOf: new Map(codes.map((c, g) => [c, g])), room, limited: room.some((r) => Number.isFinite(r)) };
}

type PlacedPool = { failure: string } | { pool: AllocationPool; allocations: Allocation[]; unplacedNote?: string };

// One pool placed by the exact integer allocation: its objective row and its allocations, or why it failed.
function allocatePool(rows: readonly TransferRow[], pool: string, total: number, quota: QuotaRoom, context: AllocationContext): PlacedPool {
  const { direction, locale } = context;
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  // The pool "all" (every field) is named as the code in English, as the pools table shows it.
  const poolName = pool === 'all' && locale !== 'en' ? tr('plan.poolAll') : pool;
  const groups = quota.limited ? { of: rows.map((r) => quota.groupOf.get(r.unit_code)!), room: quota.room } : undefined;
  const result = allocateInteger(rows, total, direction, groups);
  if (!result) {
    // allocateInteger fails only for cuts beyond the staff (or what the floors allow), or hires with nowhere to go.
    const staff = rows.reduce((s, r) => s + r.staff, 0);
    const params = { pool: poolName, total: String(total), staff: formatShort(staff, locale) };
    return { failure: tr(direction === -1 ? (total > staff ? 'explain.cutsExceedStaff' : 'explain.cutsBelowFloor') : 'explain.noPlaceForRecruits', params) };
  }
  // The room this pool used is gone for the next pools.
  if (groups) rows.forEach((r, i) => (quota.room[quota.groupOf.get(r.unit_code)!]! -= result.counts[i]!));
  const after = (i: number) => rows[i]!.staff + direction * result.counts[i]!;
  // The same worst-load rule as every plan (loadFigures); 0 when no unit x field of the pool has work.
  const worst = (staff: (i: number) => number) => loadFigures(rows.map((r, i) => ({ required: r.required, staff: staff(i) }))).worstLoad ?? 0;
  const shortage = (staff: (i: number) => number) => rows.reduce((s, r, i) => s + Math.max(0, r.required - staff(i)), 0);
  const allocations = rows.flatMap((r, i) => (result.counts[i]! === 0 ? [] : [allocationRow(r, result.counts[i]!, after(i), context)]));
  return {
    pool: {
      pool,
      total,
      unplaced: result.unplaced ?? 0,
      worstLoadBefore: worst((i) => rows[i]!.staff),
      worstLoadAfter: worst(after),
      shortageBefore: shortage((i) => rows[i]!.staff),
      shortageAfter: shortage(after),
    },
    allocations,
    ...(result.unplaced
      ? { unplacedNote: tr('explain.unplaced', { pool: poolName, unplaced: String(result.unplaced), total: String(total), placed: String(total - result.unplaced) }) }
      : {}),
  };
}

// One unit x field that receives (or loses) `count` people, with why, in the plan's language.
function allocationRow(r: TransferRow, count: number, staffAfter: number, { units, direction, bands, locale }: AllocationContext): Allocation {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const f2 = (x: number) => formatNumber(x, locale, 2);
  const u = units.get(r.unit_code);
  const status = planUnitStatus(r.required, r.staff, staffAfter, bands);
  const lb = status.load_before;
  const params = { field: r.field, staff: formatShort(r.staff, locale), required: f2(r.required), load: lb === null ? '-' : f2(lb), count: String(count), after: formatShort(staffAfter, locale) };
  const why =
    direction === 1
      ? tr('explain.hire', params) + tr(r.required - r.staff >= count - 1e-9 ? 'explain.hireFullShortage' : 'explain.hireLowestRatio')
      : tr('explain.cut', params) + tr(r.staff - count >= r.required - 1e-9 ? 'explain.cutNoHarm' : 'explain.cutLeastHarm');
  return {
    unit_code: r.unit_code,
    unit_name: u?.name ?? r.unit_code,
    province_code: u?.province_code ?? '',
    field: r.field,
    count,
    required: r.required,
    staff_before: r.staff,
    staff_after: staffAfter,
    ...status,
    explanation: why,
  };
}
