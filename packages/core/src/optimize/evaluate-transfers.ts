import { staffAfter } from './staff-after.ts';
import type { TransferObjectives, TransferProblem } from './types.ts';

/**
 * Objective values of a set of flows on a transfer problem, computed the same way for every backend:
 * minRatio / worstLoad over changeable nodes (those with an arc), total shortage over all nodes of the block,
 * staff x km and moves (locked moves included in both).
 *
 * @example
 * evaluateTransfers(problem, solution.flows).shortage; // FTE still missing after the plan
 */
export function evaluateTransfers(problem: TransferProblem, flows: readonly number[]): TransferObjectives {
  const after = staffAfter(problem, flows);
  let minRatio = Infinity;
  for (const i of problem.reachable) {
    const r = problem.nodes[i]!.required;
    if (r > 0) minRatio = Math.min(minRatio, after[i]! / r);
  }
  if (minRatio === Infinity) minRatio = NaN;
  let shortage = 0;
  problem.nodes.forEach((n, i) => (shortage += Math.max(0, n.required - after[i]!)));
  // Locked moves count in staff x km and in moves like any other: they are part of the plan.
  let staffKm = problem.fixed.reduce((s, m) => s + m.staff * m.km, 0);
  let moves = problem.fixed.reduce((s, m) => s + m.staff, 0);
  problem.arcs.forEach((a, k) => {
    staffKm += (flows[k] ?? 0) * a.km;
    moves += flows[k] ?? 0;
  });
  return { worstLoad: Number.isNaN(minRatio) ? NaN : minRatio > 0 ? 1 / minRatio : Infinity, minRatio, shortage, staffKm, moves };
}
