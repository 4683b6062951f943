/**
 * Internal: a residual flow network with integer capacities and lexicographic cost triples
 * (c0, c1, c2) compared in that order. Max flow by Dinic; min-cost flow by successive shortest paths with
 * Dijkstra on reduced costs (Johnson potentials); an SPFA pass certifies optimality (no negative cycle).
 * Triples form an ordered group, so shortest paths and potentials work exactly as with scalar costs and the
 * lexicographic objectives need no big-M weights.
 */

export const INF_CAP = 1e12;
const EPS = 1e-9;

export class FlowNetwork {
  readonly n: number;
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly c0: number[] = [];
  readonly c1: number[] = [];
  readonly c2: number[] = [];
  readonly adj: number[][];

  constructor(n: number) {
    this.n = n;
    this.adj = Array.from({ length: n }, () => []);
  }

  /** Adds u -> v and its residual twin; returns the forward edge id (the twin is id ^ 1). */
  addEdge(u: number, v: number, cap: number, c0 = 0, c1 = 0, c2 = 0): number {
    const id = this.to.length;
    this.to.push(v, u);
    this.cap.push(cap, 0);
    this.c0.push(c0, -c0);
    this.c1.push(c1, -c1);
    this.c2.push(c2, -c2);
    this.adj[u]!.push(id);
    this.adj[v]!.push(id + 1);
    return id;
  }

  /** Flow on a forward edge (= residual capacity of its twin). */
  flow(edge: number): number {
    return this.cap[edge ^ 1]!;
  }

  /** Dinic's algorithm; returns the flow value added from s to t. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    const level = new Int32Array(this.n);
    const iter = new Int32Array(this.n);
    const queue = new Int32Array(this.n);
    for (;;) {
      level.fill(-1);
      level[s] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const u = queue[head++]!;
        for (const e of this.adj[u]!) {
          const v = this.to[e]!;
          if (this.cap[e]! > 0 && level[v] < 0) {
            level[v] = level[u]! + 1;
            queue[tail++] = v;
          }
        }
      }
      if (level[t] < 0) return total;
      iter.fill(0);
      for (;;) {
        const f = this.augment(s, t, INF_CAP, level, iter);
        if (f === 0) break;
        total += f;
      }
    }
  }

  private augment(u: number, t: number, limit: number, level: Int32Array, iter: Int32Array): number {
    if (u === t) return limit;
    const edges = this.adj[u]!;
    for (; iter[u]! < edges.length; iter[u]!++) {
      const e = edges[iter[u]!]!;
      const v = this.to[e]!;
      if (this.cap[e]! > 0 && level[v] === level[u]! + 1) {
        const f = this.augment(v, t, Math.min(limit, this.cap[e]!), level, iter);
        if (f > 0) {
          this.cap[e]! -= f;
          this.cap[e ^ 1]! += f;
          return f;
        }
      }
    }
    return 0;
  }

  /** Nodes reachable from s in the residual network (the source side of a minimum cut after maxFlow). */
  reachable(s: number): Uint8Array {
    const seen = new Uint8Array(this.n);
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const u = stack.pop()!;
      for (const e of this.adj[u]!) {
        const v = this.to[e]!;
        if (this.cap[e]! > 0 && !seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    return seen;
  }

  /**
   * Min-cost flow of free value from s to t: augments along shortest paths while their cost is negative.
   * Needs no negative cycle at the start (true for the layered networks built here).
   */
  minCostFlow(s: number, t: number): void {
    const n = this.n;
    // Initial potentials: Bellman-Ford (queue based) from s on edges with capacity.
    const p0 = new Float64Array(n);
    const p1 = new Float64Array(n);
    const p2 = new Float64Array(n);
    const reach = this.bellmanFord(s, p0, p1, p2);
    if (!reach) throw new Error('minCostFlow: negative cycle in the initial network');
    const d0 = new Float64Array(n);
    const d1 = new Float64Array(n);
    const d2 = new Float64Array(n);
    const prevEdge = new Int32Array(n);
    const done = new Uint8Array(n);
    const heap = new TripleHeap();
    for (;;) {
      d0.fill(Infinity);
      d1.fill(Infinity);
      d2.fill(Infinity);
      done.fill(0);
      prevEdge.fill(-1);
      d0[s] = 0;
      d1[s] = 0;
      d2[s] = 0;
      heap.size = 0; // entries left by an early exit are stale
      heap.push(s, 0, 0, 0);
      while (heap.size) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        // Early exit: nodes not settled get potential + dist(t), which keeps every reduced cost >= 0.
        if (u === t) break;
        const a0 = d0[u]!;
        const a1 = d1[u]!;
        const a2 = d2[u]!;
        for (const e of this.adj[u]!) {
          if (this.cap[e]! <= 0) continue;
          const v = this.to[e]!;
          if (done[v]) continue;
          // Reduced cost, clamped at 0 against round-off (it is >= 0 in exact arithmetic).
          let r0 = this.c0[e]! + p0[u]! - p0[v]!;
          let r1 = this.c1[e]! + p1[u]! - p1[v]!;
          let r2 = this.c2[e]! + p2[u]! - p2[v]!;
          if (Math.abs(r0) < EPS) r0 = 0;
          if (Math.abs(r1) < EPS) r1 = 0;
          if (r0 < 0) r0 = 0;
          if (r0 === 0 && r1 < 0) r1 = 0;
          if (r0 === 0 && r1 === 0 && r2 < 0) r2 = 0;
          const b0 = a0 + r0;
          const b1 = a1 + r1;
          const b2 = a2 + r2;
          if (lexLess(b0, b1, b2, d0[v]!, d1[v]!, d2[v]!)) {
            d0[v] = b0;
            d1[v] = b1;
            d2[v] = b2;
            prevEdge[v] = e;
            heap.push(v, b0, b1, b2);
          }
        }
      }
      if (!done[t]) return;
      // Real path cost = reduced distance + p(t) - p(s). Stop when it no longer improves (>= 0).
      const q0 = d0[t]! + p0[t]! - p0[s]!;
      const q1 = d1[t]! + p1[t]! - p1[s]!;
      const q2 = d2[t]! + p2[t]! - p2[s]!;
      const t0 = d0[t]!;
      const t1 = d1[t]!;
      const t2 = d2[t]!;
      for (let v = 0; v < n; v++) {
        if (done[v]) {
          p0[v]! += d0[v]!;
          p1[v]! += d1[v]!;
          p2[v]! += d2[v]!;
        } else {
          p0[v]! += t0;
          p1[v]! += t1;
          p2[v]! += t2;
        }
      }
      if (!lexLess(q0, q1, q2, 0, 0, 0)) return;
      let f = INF_CAP;
      for (let v = t; v !== s; v = this.to[prevEdge[v]! ^ 1]!) f = Math.min(f, this.cap[prevEdge[v]!]!);
      for (let v = t; v !== s; v = this.to[prevEdge[v]! ^ 1]!) {
        this.cap[prevEdge[v]!]! -= f;
        this.cap[prevEdge[v]! ^ 1]! += f;
      }
    }
  }

  /**
   * Optimality certificate of a flow of free value: with a zero-cost edge t -> s added both ways, the residual
   * network has no negative cycle. Queue-based Bellman-Ford from every node at once; false on a negative cycle.
   */
  certifyNoNegativeCycle(s: number, t: number): boolean {
    const back = this.addEdge(t, s, INF_CAP);
    // The twin of t -> s has capacity = current s -> t flow value: cancelling flow is allowed too.
    let value = 0;
    for (const e of this.adj[s]!) if (e % 2 === 0 && e !== back) value += this.flow(e);
    this.cap[back ^ 1] = value;
    const ok = this.bellmanFord(-1, new Float64Array(this.n), new Float64Array(this.n), new Float64Array(this.n));
    // Remove the temporary edges again.
    this.cap[back] = 0;
    this.cap[back ^ 1] = 0;
    return ok;
  }

  // Queue-based Bellman-Ford on residual edges; source -1 means every node starts at 0 (negative-cycle test).
  private bellmanFord(s: number, d0: Float64Array, d1: Float64Array, d2: Float64Array): boolean {
    const n = this.n;
    const inQueue = new Uint8Array(n);
    const count = new Int32Array(n);
    const queue: number[] = [];
    if (s < 0) {
      for (let v = 0; v < n; v++) {
        queue.push(v);
        inQueue[v] = 1;
      }
    } else {
      d0.fill(Infinity);
      d1.fill(Infinity);
      d2.fill(Infinity);
      d0[s] = 0;
      d1[s] = 0;
      d2[s] = 0;
      queue.push(s);
      inQueue[s] = 1;
    }
    let head = 0;
    while (head < queue.length) {
      const u = queue[head++]!;
      inQueue[u] = 0;
      for (const e of this.adj[u]!) {
        if (this.cap[e]! <= 0) continue;
        const v = this.to[e]!;
        const b0 = d0[u]! + this.c0[e]!;
        const b1 = d1[u]! + this.c1[e]!;
        const b2 = d2[u]! + this.c2[e]!;
        if (lexLess(b0, b1, b2, d0[v]!, d1[v]!, d2[v]!, 1e-7)) {
          d0[v] = b0;
          d1[v] = b1;
          d2[v] = b2;
          if (!inQueue[v]) {
            if (++count[v]! > n) return false;
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
    }
    if (s >= 0) {
      // Unreached nodes get a potential no smaller than any reached one, which keeps reduced costs >= 0.
      let m0 = 0;
      let m1 = 0;
      let m2 = 0;
      for (let v = 0; v < n; v++) {
        if (d0[v] !== Infinity && lexLess(m0, m1, m2, d0[v]!, d1[v]!, d2[v]!)) [m0, m1, m2] = [d0[v]!, d1[v]!, d2[v]!];
      }
      for (let v = 0; v < n; v++) {
        if (d0[v] === Infinity) [d0[v], d1[v], d2[v]] = [m0, m1, m2];
      }
    }
    return true;
  }
}

/** a < b lexicographically; the first two components compare with a tolerance (they carry FTE fractions). */
function lexLess(a0: number, a1: number, a2: number, b0: number, b1: number, b2: number, tol = EPS): boolean {
  if (a0 < b0 - tol) return true;
  if (a0 > b0 + tol) return false;
  if (b0 === Infinity) return a0 !== Infinity;
  if (a1 < b1 - tol) return true;
  if (a1 > b1 + tol) return false;
  return a2 < b2 - (tol > EPS ? tol : 0);
}

/** Binary min-heap of (node, triple key) with lazy deletion, on growable typed arrays (no garbage per push). */
class TripleHeap {
  private nodes = new Int32Array(64);
  private k0 = new Float64Array(64);
  private k1 = new Float64Array(64);
  private k2 = new Float64Array(64);
  size = 0;
  push(node: number, a: number, b: number, c: number): void {
    if (this.size === this.nodes.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!lexLess(a, b, c, this.k0[p]!, this.k1[p]!, this.k2[p]!)) break;
      this.set(i, p);
      i = p;
    }
    this.nodes[i] = node;
    this.k0[i] = a;
    this.k1[i] = b;
    this.k2[i] = c;
  }
  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const node = this.nodes[last]!;
    const a = this.k0[last]!;
    const b = this.k1[last]!;
    const c = this.k2[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const m = r < last && lexLess(this.k0[r]!, this.k1[r]!, this.k2[r]!, this.k0[l]!, this.k1[l]!, this.k2[l]!) ? r : l;
      if (!lexLess(this.k0[m]!, this.k1[m]!, this.k2[m]!, a, b, c)) break;
      this.set(i, m);
      i = m;
    }
    this.nodes[i] = node;
    this.k0[i] = a;
    this.k1[i] = b;
    this.k2[i] = c;
    return top;
  }
  private set(i: number, j: number): void {
    this.nodes[i] = this.nodes[j]!;
    this.k0[i] = this.k0[j]!;
    this.k1[i] = this.k1[j]!;
    this.k2[i] = this.k2[j]!;
  }
  private grow(): void {
    const n = this.nodes.length * 2;
    const nodes = new Int32Array(n);
    nodes.set(this.nodes);
    this.nodes = nodes;
    for (const key of ['k0', 'k1', 'k2'] as const) {
      const k = new Float64Array(n);
      k.set(this[key]);
      this[key] = k;
    }
  }
}
