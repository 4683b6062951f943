import { BinaryHeap } from './binary-heap.ts';

/** One unit x field for an integer allocation (hires add staff, cuts remove staff). */
export interface AllocationNode {
  staff: number;
  required: number;
}

export interface AllocationResult {
  /** Staff added (hire) or removed (cut) per node. */
  counts: number[];
  /** Stage-1 optimum: min staff-after / required over nodes with required > 0 (NaN if none). */
  minRatio: number;
  /** Stage-2 optimum: sum of max(0, required - staff after). */
  shortage: number;
  /** With groups, hires: recruits no group had room for (the quota is full); absent without groups. */
  unplaced?: number;
}

/**
 * Shared limits on groups of nodes (a unit's fields share its staffing quota): node i belongs to group
 * `of[i]`, and the nodes of group g together take at most `room[g]` (hires: quota - staff; cuts: staff - floor).
 */
export interface AllocationGroups {
  of: readonly number[];
  room: readonly number[];
}

const EPS = 1e-9;
const pos = (x: number) => (x > 0 ? x : 0);

/**
 * Exact lexicographic integer allocation of `total` staff added (`direction` +1, hiring) or removed (-1,
 * reductions) over independent nodes: (1) maximise the minimum staff/required, (2) minimise total shortage,
 * (3) deterministic tie-break (lowest ratio first for hires, highest for cuts, then node order).
 * Stage 1 is a bisection over the breakpoints (staff +- k) / required with a counting test (hires: sum of
 * ceil(t x required - staff) <= total; cuts: sum of floor(staff - t x required) >= total). Stage 2 is greedy on
 * marginal shortage change, exact because it is separable and convex. Returns null when cuts exceed staff.
 * With `groups` (a unit's quota room shared by its fields), stage 1 also needs every group's forced count
 * within its room, and the greedy skips full groups: still exact, because per-group and total limits form a
 * laminar family (a polymatroid), on which greedy is optimal for a separable concave gain / convex loss.
 * Hires no group has room for are returned as `unplaced`; cuts the floors forbid make the result null.
 *
 * @example
 * allocateInteger([{ staff: 1, required: 3 }, { staff: 2, required: 2 }], 2, 1).counts; // [2, 0]
 */
export function allocateInteger(nodes: readonly AllocationNode[], total: number, direction: 1 | -1, groups?: AllocationGroups): AllocationResult | null {
  const n = nodes.length;
  const counts = new Array<number>(n).fill(0);
  // Staff may be fractional (FTE); only whole people are hired or cut, so a node can lose at most floor(staff).
  if (direction === -1 && nodes.reduce((s, x) => s + Math.floor(x.staff + EPS), 0) < total) return null;
  const weighted = nodes.map((x, i) => i).filter((i) => nodes[i]!.required > 0);
  const { need, room, feasible } = ratioBounds(nodes, weighted, total, direction, groups);

  const tStar = weighted.length ? stageOneRatio(nodes, weighted, total, direction, feasible) : NaN;

  // Stage 2. Hires: give each node what t* needs, then the rest by largest shortage reduction.
  // Cuts: take by smallest shortage increase within the room t* leaves.
  let left = total;
  if (direction === 1 && !Number.isNaN(tStar)) {
    for (const i of weighted) {
      counts[i] = need(i, tStar);
      left -= counts[i]!;
    }
  }
  const cap = (i: number) => (direction === 1 ? Infinity : Number.isNaN(tStar) ? Math.floor(nodes[i]!.staff + EPS) : room(i, tStar));
  const after = (i: number) => nodes[i]!.staff + direction * counts[i]!;
  // Marginal shortage change of one more unit at node i (hire: -gain <= 0, cut: +loss >= 0).
  const marginal = (i: number) => {
    const x = nodes[i]!;
    const s = after(i);
    return pos(x.required - (s + direction)) - pos(x.required - s);
  };
  const ratio = (i: number) => (nodes[i]!.required > 0 ? after(i) / nodes[i]!.required : Infinity);
  // Priority: smaller marginal first, then lower (hires) / higher (cuts) ratio, then node order.
  const before = (a: number, b: number) => {
    const dm = marginal(a) - marginal(b);
    if (dm < -EPS) return true;
    if (dm > EPS) return false;
    const dr = direction * (ratio(a) - ratio(b));
    if (dr < -EPS) return true;
    if (dr > EPS) return false;
    return a < b;
  };
  const heap = new BinaryHeap<number>(before);
  for (let i = 0; i < n; i++) if (counts[i]! < cap(i)) heap.push(i);
  const groupLeft = groups ? groups.room.map((r, g) => r - counts.reduce((s, c, i) => (groups.of[i] === g ? s + c : s), 0)) : [];
  let unplaced = 0;
  while (left > 0) {
    const best = heap.peek();
    if (best === undefined) {
      if (groups && direction === 1) {
        unplaced = left;
        break;
      }
      return null;
    }
    if (groups && groupLeft[groups.of[best]!]! < 1) {
      heap.pop(); // its unit's quota room is used up
      continue;
    }
    if (groups) groupLeft[groups.of[best]!]!--;
    counts[best]!++;
    left--;
    // Its priority changed in place: drop it at its cap, else let it sink to its new place.
    if (counts[best]! >= cap(best)) heap.pop();
    else heap.fixTop();
  }
  const { minRatio, shortage } = allocationFigures(nodes, after);
  return { counts, minRatio, shortage, ...(groups ? { unplaced } : {}) };
}

// Per-node bounds at ratio t (hires needed to reach t, cuts possible while staying at t) and whether `total`
// hires or cuts can reach t, within each group's room when there are groups.
function ratioBounds(nodes: readonly AllocationNode[], weighted: readonly number[], total: number, direction: 1 | -1, groups: AllocationGroups | undefined) {
  const n = nodes.length;
  const groupCount = groups ? groups.room.length : 0;
  // Sum of a per-node quantity per group, then capped by each group's room (cuts) or checked against it (hires).
  const perGroup = (value: (i: number) => number) => {
    const sums = new Float64Array(groupCount);
    for (let i = 0; i < n; i++) sums[groups!.of[i]!]! += value(i);
    return sums;
  };

  // Per-node bound at ratio t: hires needed to reach t, or cuts possible while staying at t.
  const need = (i: number, t: number) => pos(Math.ceil(t * nodes[i]!.required - nodes[i]!.staff - EPS));
  const room = (i: number, t: number) => {
    const x = nodes[i]!;
    return x.required > 0 ? Math.max(0, Math.min(x.staff, Math.floor(x.staff - t * x.required + EPS))) : Math.floor(x.staff + EPS);
  };
  const feasible = (t: number) => {
    if (!groups) {
      return direction === 1 ? weighted.reduce((s, i) => s + need(i, t), 0) <= total : nodes.reduce((s, _x, i) => s + room(i, t), 0) >= total;
    }
    if (direction === 1) {
      const sums = perGroup((i) => (nodes[i]!.required > 0 ? need(i, t) : 0));
      return sums.every((x, g) => x <= groups.room[g]!) && sums.reduce((a, b) => a + b, 0) <= total;
    }
    return perGroup((i) => room(i, t)).reduce((s, x, g) => s + Math.min(x, Math.max(0, groups.room[g]!)), 0) >= total;
  };
  return { need, room, feasible };
}

// Stage 1: the best worst ratio t*, by binary search over the ratios a whole number of hires or cuts can give.
function stageOneRatio(nodes: readonly AllocationNode[], weighted: readonly number[], total: number, direction: 1 | -1, feasible: (t: number) => boolean): number {
  const candidates = new Set<number>();
  const pooled = (weighted.reduce((s, i) => s + nodes[i]!.staff, 0) + total) / weighted.reduce((s, i) => s + nodes[i]!.required, 0);
  for (const i of weighted) {
    const x = nodes[i]!;
    // Hires: breakpoints (staff + k) / required, k = 0..total; cuts: (staff - k) / required, k = 0..staff.
    // t* <= pooled ratio (staff + total) / required over weighted nodes, which bounds k for hires.
    const kMax = direction === 1 ? Math.min(total, Math.max(0, Math.ceil(pooled * x.required - x.staff))) : x.staff;
    for (let k = 0; k <= kMax; k++) candidates.add((x.staff + direction * k) / x.required);
  }
  if (direction === -1) candidates.add(0);
  // Cuts never raise a ratio: t* is at most the current minimum over weighted nodes.
  const ceiling = direction === 1 ? Infinity : weighted.reduce((m, i) => Math.min(m, nodes[i]!.staff / nodes[i]!.required), Infinity);
  const sorted = [...candidates].filter((t) => t >= 0 && t <= ceiling + EPS).sort((a, b) => a - b);
  // Lowest candidate is always feasible: hires at the current minimum need 0; cuts at t = 0 allow all staff.
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (feasible(sorted[mid]!)) lo = mid;
    else hi = mid - 1;
  }
  return sorted[lo]!;
}

// The lowest ratio over nodes with work (NaN when none has work) and the total shortage after the allocation.
function allocationFigures(nodes: readonly AllocationNode[], after: (i: number) => number): { minRatio: number; shortage: number } {
  let minRatio = Infinity;
  let shortage = 0;
  nodes.forEach((x, i) => {
    if (x.required > 0) minRatio = Math.min(minRatio, after(i) / x.required);
    shortage += pos(x.required - after(i));
  });
  return { minRatio: minRatio === Infinity ? NaN : minRatio, shortage };
}
