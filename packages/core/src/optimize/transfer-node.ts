import type { TransferArc, TransferNode } from './types.ts';

/**
 * How messages name a unit: "code (name)". The problem builder stores it on each node (`TransferNode.label`),
 * so solvers and plans name units the same way without rebuilding it.
 *
 * @example
 * unitLabel({ unit_code: '00004', unit_name: 'Phường Ba Đình' }); // '00004 (Phường Ba Đình)'
 */
export function unitLabel(n: Pick<TransferNode, 'unit_code' | 'unit_name'>): string {
  return `${n.unit_code} (${n.unit_name})`;
}

/**
 * Indices of the nodes that have at least one arc, ascending: the only cells a plan can change (stage 1, the
 * worst load, is taken over them). Stored on the problem as `TransferProblem.reachable`.
 *
 * @example
 * reachableNodes([{ from: 2, to: 0, km: 5, efficiency: 1 }]); // [0, 2]
 */
export function reachableNodes(arcs: readonly Pick<TransferArc, 'from' | 'to'>[]): number[] {
  const seen = new Set<number>();
  for (const a of arcs) {
    seen.add(a.from);
    seen.add(a.to);
  }
  return [...seen].sort((a, b) => a - b);
}
