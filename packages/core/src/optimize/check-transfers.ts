import { staffAfter } from './staff-after.ts';
import type { TransferProblem } from './types.ts';

const TOL = 1e-6;

/**
 * Lists every constraint of a transfer problem that a set of flows breaks (empty = feasible): integer,
 * non-negative moves; no negative staff; the WISN+POA rule; per-unit move limits; the budget; `maxLoad`.
 * Arcs already respect distance limits and forbidden pairs. Use it to check a hand-edited plan.
 *
 * @example
 * checkTransfers(problem, solution.flows); // []
 */
export function checkTransfers(problem: TransferProblem, flows: readonly number[]): string[] {
  const problems: string[] = [];
  const after = staffAfter(problem, flows);
  const out = new Float64Array(problem.nodes.length);
  const inn = new Float64Array(problem.nodes.length);
  problem.arcs.forEach((a, k) => {
    const x = flows[k] ?? 0;
    if (!Number.isInteger(x) || x < 0) problems.push(`arc ${k}: ${x} staff is not a non-negative integer`);
    out[a.from]! += x;
    inn[a.to]! += x;
  });
  problem.nodes.forEach((n, i) => {
    const where = `${n.unit_code}/${n.field}`;
    if (after[i]! < -TOL) problems.push(`${where}: negative staff ${after[i]}`);
    if (problem.keepWithinRequirement && out[i]! > 0 && after[i]! < n.required - TOL) problems.push(`${where}: donor below requirement`);
    if (problem.keepWithinRequirement && inn[i]! > 0 && after[i]! > n.required + TOL) problems.push(`${where}: recipient above requirement`);
    if (problem.minRatio !== null && n.required > 0 && after[i]! < problem.minRatio * n.required - TOL) problems.push(`${where}: load above maxLoad`);
  });
  for (const lim of problem.unitLimits) {
    const o = lim.nodes.reduce((s, i) => s + out[i]!, 0);
    const n = lim.nodes.reduce((s, i) => s + inn[i]!, 0);
    if (o > lim.maxOut) problems.push(`${lim.unit_code}: ${o} moves out > ${lim.maxOut}`);
    if (n > lim.maxIn) problems.push(`${lim.unit_code}: ${n} moves in > ${lim.maxIn}`);
  }
  const total = flows.reduce((s, x) => s + x, 0);
  if (problem.budget !== null && total > problem.budget) problems.push(`${total} moves > budget ${problem.budget}`);
  return problems;
}
