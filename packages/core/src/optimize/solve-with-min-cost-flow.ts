import { FlowNetwork, INF_CAP } from './flow-network.ts';
import { evaluateTransfers } from './evaluate-transfers.ts';
import { donorKeeps } from './donor-spare.ts';
import type { BlockSolution, TransferProblem } from './types.ts';

const EPS = 1e-9;
const pos = (x: number) => (x > 0 ? x : 0);

/**
 * Solves a pure transportation transfer problem (every arc at efficiency 1) exactly, all three lexicographic
 * stages, without an LP:
 * 1. max t = min staff-after / required over changeable nodes: t* is one of the breakpoints
 *    (staff + k) / required (recipients) or (staff - k) / required (donors, relaxed rule); bisection over the
 *    sorted breakpoints with a max-flow feasibility test (recipient i needs ceil(t x required - staff) more,
 *    donor d may give floor(staff - max(required, t x required))); the min cut at the next breakpoint proves t*.
 * 2.+3. min total shortage, then min staff x km, holding t*: one min-cost flow whose costs are triples
 *    (unmet t* demand, shortage change, metres) compared lexicographically, with convex per-unit segments for
 *    the shortage; an SPFA pass on the final residual network certifies no negative cycle (optimality).
 * Components without a shared budget are solved separately. Cross-field cover (a generalized flow) and the
 * weighted mode return status 'error': use HiGHS or javascript-lp-solver for those.
 *
 * @example
 * const [problem] = buildTransferProblems({ units, rows }, { province: '01' });
 * const sol = solveWithMinCostFlow(problem);
 * sol.objectives.worstLoad; // optimal worst load among units a move can reach
 */
export function solveWithMinCostFlow(problem: TransferProblem, options: { certify?: boolean } = {}): BlockSolution {
  const start = performance.now();
  const flows = new Array<number>(problem.arcs.length).fill(0);
  const result = (status: BlockSolution['status'], proven: boolean, explanation?: string): BlockSolution => ({
    key: problem.key,
    status,
    solver: 'flow',
    flows,
    objectives: evaluateTransfers(problem, flows),
    proven,
    timeMs: performance.now() - start,
    ...(explanation !== undefined ? { explanation } : {}),
  });
  if (problem.infeasibleReason) return result('infeasible', true, problem.infeasibleReason);
  if (problem.arcs.some((a) => a.efficiency !== 1)) {
    return result('error', false, 'cross-field cover at an efficiency below 1 is not a pure transportation problem; use the highs or lpsolve solver');
  }
  const changeable = problem.reachable;
  if (changeable.length === 0) return result('optimal', true);

  // Stage 1: bisection over breakpoints.
  const nodes = problem.nodes;
  const keep = problem.keepWithinRequirement;
  let lowest = Infinity;
  let staffSum = 0;
  let requiredSum = 0;
  for (const i of changeable) {
    const n = nodes[i]!;
    staffSum += n.staff;
    requiredSum += n.required;
    if (n.required > 0) lowest = Math.min(lowest, n.staff / n.required);
  }
  // Staff is conserved among changeable nodes, so their minimum ratio cannot exceed the pooled ratio; donors
  // only lose staff, so t can never exceed a donor's own ratio either (the --relax defect: t was set above it).
  let highest = staffSum / requiredSum;
  for (const i of changeable) {
    const n = nodes[i]!;
    if (n.role === 'donor' && n.required > 0) highest = Math.min(highest, n.staff / n.required);
  }
  const floor = Math.max(lowest, problem.minRatio ?? 0);
  const candidates = new Set<number>([floor]);
  for (const i of changeable) {
    const n = nodes[i]!;
    if (n.required <= 0) continue;
    if (n.role === 'recipient') {
      const last = keep ? Math.floor(n.required - n.staff + EPS) : Math.floor(highest * n.required - n.staff) + 1;
      for (let k = 0; k <= last; k++) {
        const t = (n.staff + k) / n.required;
        if (t > floor && t <= highest + EPS) candidates.add(t);
      }
    } else if (!keep) {
      for (let k = 0; k <= n.staff; k++) {
        const t = (n.staff - k) / n.required;
        if (t > floor && t <= highest + EPS) candidates.add(t);
      }
    }
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  const feasibleAt = feasibilityTest(problem, changeable);
  const first = feasibleAt(sorted[0]!);
  if (!first.ok) return result('infeasible', true, first.explanation);
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (feasibleAt(sorted[mid]!).ok) lo = mid;
    else hi = mid - 1;
  }
  const tStar = sorted[lo]!;

  // Stages 2 and 3 per independent component.
  let proven = true;
  for (const comp of components(problem, changeable)) {
    const net = buildNetwork(problem, comp, tStar, true);
    net.g.minCostFlow(net.S0, net.T);
    net.arcEdges.forEach((e, k) => (flows[comp.arcs[k]!] = net.g.flow(e)));
    const unmet = net.lowerEdges.some((e) => net.g.cap[e]! > 0);
    if (unmet) return result('error', false, 'internal: the min-cost flow left a stage-1 demand unmet');
    if (options.certify !== false && !net.g.certifyNoNegativeCycle(net.S0, net.T)) proven = false;
  }
  return result('optimal', proven);
}

interface Component {
  nodes: number[];
  arcs: number[];
}

// Changeable nodes linked by arcs or by a shared per-unit limit; a budget links everything.
function components(p: TransferProblem, changeable: number[]): Component[] {
  const all = p.arcs.map((_, k) => k);
  if (p.budget !== null) return [{ nodes: changeable, arcs: all }];
  const parent = new Map<number, number>(changeable.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  const union = (a: number, b: number) => parent.set(find(a), find(b));
  for (const a of p.arcs) union(a.from, a.to);
  for (const lim of p.unitLimits) {
    const members = lim.nodes.filter((i) => parent.has(i));
    for (let k = 1; k < members.length; k++) union(members[0]!, members[k]!);
  }
  const byRoot = new Map<number, Component>();
  for (const i of changeable) {
    const r = find(i);
    if (!byRoot.has(r)) byRoot.set(r, { nodes: [], arcs: [] });
    byRoot.get(r)!.nodes.push(i);
  }
  for (const k of all) byRoot.get(find(p.arcs[k]!.from))!.arcs.push(k);
  return [...byRoot.values()];
}

// What a donor may give while its own ratio stays >= t (relaxed rule) and it keeps what donorKeeps says.
function supplyAt(p: TransferProblem, i: number, t: number): number {
  const n = p.nodes[i]!;
  const keeps = donorKeeps(p, n);
  const spare = p.keepWithinRequirement ? n.staff - keeps : n.staff - Math.max(keeps, t * n.required);
  return Math.max(0, Math.floor(spare + EPS));
}

function demandAt(p: TransferProblem, i: number, t: number): number {
  const n = p.nodes[i]!;
  return Math.max(0, Math.ceil(t * n.required - n.staff - EPS));
}

function roomOf(p: TransferProblem, i: number): number {
  const n = p.nodes[i]!;
  return p.keepWithinRequirement ? Math.max(0, Math.floor(n.required - n.staff + EPS)) : INF_CAP;
}

interface Network {
  g: FlowNetwork;
  S0: number;
  S: number;
  T: number;
  arcEdges: number[];
  /** Recipient edges carrying stage-1 demand (lower bounds). */
  lowerEdges: number[];
  /** Donor-side and recipient-side edge of each problem node (max-flow network). */
  demandEdges: Map<number, number>;
  budgetEdge: number;
}

/**
 * Layered network S0 -(budget)-> S -(unit out limit)-> donors -> recipients -(unit in limit)-> T.
 * Max-flow form: donor edges carry supply at t, recipient edges carry demand at t.
 * Min-cost form: convex segments; recipient segments up to the demand cost (-1, -gain, 0), later ones
 * (0, -gain, 0); donor segments cost (0, +shortage increase, 0); arcs cost (0, 0, metres).
 */
function buildNetwork(p: TransferProblem, comp: Component, t: number, costs: boolean): Network {
  const inComp = new Set(comp.nodes);
  const limits = p.unitLimits.filter((l) => l.nodes.some((i) => inComp.has(i)));
  const id = new Map<number, number>();
  let next = 3;
  for (const i of comp.nodes) id.set(i, next++);
  const outNode = new Map<number, number>();
  const inNode = new Map<number, number>();
  for (const lim of limits) {
    const o = next++;
    const n = next++;
    for (const i of lim.nodes) {
      outNode.set(i, o);
      inNode.set(i, n);
    }
  }
  const g = new FlowNetwork(next);
  const S0 = 0;
  const S = 1;
  const T = 2;
  const budgetEdge = g.addEdge(S0, S, p.budget ?? INF_CAP);
  limits.forEach((lim, k) => {
    const o = 3 + comp.nodes.length + 2 * k;
    g.addEdge(S, o, Number.isFinite(lim.maxOut) ? lim.maxOut : INF_CAP);
    g.addEdge(o + 1, T, Number.isFinite(lim.maxIn) ? lim.maxIn : INF_CAP);
  });
  const lowerEdges: number[] = [];
  const demandEdges = new Map<number, number>();
  for (const i of comp.nodes) {
    const n = p.nodes[i]!;
    const v = id.get(i)!;
    if (n.role === 'donor') {
      const from = outNode.get(i) ?? S;
      const supply = supplyAt(p, i, t);
      if (!costs) {
        demandEdges.set(i, g.addEdge(from, v, supply));
        continue;
      }
      // Shortage of the donor after giving k: max(0, required - staff + k); marginal costs are non-decreasing.
      forSegments(supply, (k) => pos(n.required - n.staff + k) - pos(n.required - n.staff + k - 1), (cap, loss) => g.addEdge(from, v, cap, 0, loss, 0));
    } else {
      const to = inNode.get(i) ?? T;
      const demand = demandAt(p, i, t);
      if (!costs) {
        demandEdges.set(i, g.addEdge(v, to, demand));
        continue;
      }
      const gap = n.required - n.staff;
      const room = Math.min(roomOf(p, i), Math.max(demand, Math.ceil(gap - EPS)));
      forSegments(
        room,
        (k) => (k <= demand ? -1e6 : 0) - (pos(gap - k + 1) - pos(gap - k)),
        (cap, _c, firstK) => {
          const lower = firstK <= demand;
          const gain = pos(gap - firstK + 1) - pos(gap - firstK);
          const e = g.addEdge(v, to, cap, lower ? -1 : 0, -gain, 0);
          if (lower) lowerEdges.push(e);
        },
      );
    }
  }
  const arcEdges = comp.arcs.map((k) => {
    const a = p.arcs[k]!;
    return g.addEdge(id.get(a.from)!, id.get(a.to)!, INF_CAP, 0, 0, costs ? Math.round(a.km * 1000) : 0);
  });
  return { g, S0, S, T, arcEdges, lowerEdges, demandEdges, budgetEdge };
}

// Groups k = 1..count into runs of equal marginal cost and calls add(runLength, cost, firstK) per run.
function forSegments(count: number, cost: (k: number) => number, add: (cap: number, cost: number, firstK: number) => void): void {
  let k = 1;
  while (k <= count) {
    const c = cost(k);
    let end = k;
    while (end + 1 <= count && Math.abs(cost(end + 1) - c) < EPS) end++;
    add(end - k + 1, c, k);
    k = end + 1;
  }
}

/**
 * Max-flow test: can every changeable node reach staff/required >= t? With an explanation when not.
 * The network is built once; each test only resets capacities.
 */
function feasibilityTest(p: TransferProblem, changeable: number[]): (t: number) => { ok: boolean; explanation?: string } {
  const net = buildNetwork(p, { nodes: changeable, arcs: p.arcs.map((_, k) => k) }, 0, false);
  const base = net.g.cap.slice();
  const recipients = changeable.filter((i) => p.nodes[i]!.role === 'recipient');
  const donors = changeable.filter((i) => p.nodes[i]!.role === 'donor' && p.nodes[i]!.required > 0);
  return (t) => {
    // A donor only loses staff: t above its own ratio is out of reach whatever the flows.
    for (const i of donors) {
      const n = p.nodes[i]!;
      if (n.staff < t * n.required - EPS) return { ok: false, explanation: `donor ${n.label} has a ${n.field} ratio of ${(n.staff / n.required).toFixed(3)}, below ${t.toFixed(3)}` };
    }
    let need = 0;
    for (const i of recipients) {
      const d = demandAt(p, i, t);
      if (d > roomOf(p, i)) return { ok: false, explanation: `${p.nodes[i]!.label} would need ${d} more ${p.nodes[i]!.field} staff, above its requirement (WISN+POA rule)` };
      need += d;
    }
    if (need === 0) return { ok: true };
    const cap = net.g.cap;
    for (let e = 0; e < base.length; e++) cap[e] = base[e]!;
    for (const [i, e] of net.demandEdges) cap[e] = p.nodes[i]!.role === 'donor' ? supplyAt(p, i, t) : demandAt(p, i, t);
    const got = net.g.maxFlow(net.S0, net.T);
    if (got >= need) return { ok: true };
    // Explain with the minimum cut: recipients still short, and whether the budget is what binds.
    const short: string[] = [];
    let missing = 0;
    for (const [i, e] of net.demandEdges) {
      if (p.nodes[i]!.role !== 'recipient' || cap[e]! <= 0) continue;
      missing += cap[e]!;
      if (short.length < 3) short.push(`${p.nodes[i]!.label} in ${p.nodes[i]!.field}`);
    }
    const budgetBinds = p.budget !== null && cap[net.budgetEdge]! === 0;
    const reason = budgetBinds
      ? `the budget of ${p.budget} moves is used up`
      : `the donors within reach (distance limit, forbidden pairs, per-unit move limits) cannot spare them`;
    return {
      ok: false,
      explanation: `maxLoad ${(1 / t).toFixed(3)} cannot be met in ${p.key}: ${missing} more staff are needed at ${short.join(', ')}${short.length < missing ? ' and others' : ''}, but ${reason}`,
    };
  };
}
