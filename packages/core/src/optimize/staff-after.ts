import type { TransferProblem } from './types.ts';

/**
 * Staff of every node of a transfer problem after moving `flows[a]` staff along each arc
 * (a recipient gains efficiency x moved staff, a donor loses the moved staff).
 *
 * @example
 * const after = staffAfter(problem, solution.flows);
 * after[0]; // staff of problem.nodes[0] after the plan
 */
export function staffAfter(problem: TransferProblem, flows: readonly number[]): Float64Array {
  const after = Float64Array.from(problem.nodes, (n) => n.staff);
  problem.arcs.forEach((a, k) => {
    const x = flows[k] ?? 0;
    after[a.from]! -= x;
    after[a.to]! += x * a.efficiency;
  });
  return after;
}
