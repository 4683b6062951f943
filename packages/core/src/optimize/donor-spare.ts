import type { TransferNode, TransferProblem } from './types.ts';

const EPS = 1e-9;

/**
 * The least staff a donor unit x field keeps after giving: its requirement under the WISN+POA rule;
 * with the rule relaxed, one officer where the field has work (`keepLastOfficer`), else none.
 * Every backend and the problem builder read this one rule.
 *
 * @example
 * donorKeeps({ keepWithinRequirement: false, keepLastOfficer: true }, { staff: 3, required: 0.4 }); // 1
 */
export function donorKeeps(
  problem: Pick<TransferProblem, 'keepWithinRequirement' | 'keepLastOfficer'>,
  node: Pick<TransferNode, 'staff' | 'required'>,
): number {
  if (problem.keepWithinRequirement) return node.required;
  return problem.keepLastOfficer && node.required > 0 ? 1 : 0;
}

/**
 * Whole people a donor may give: floor(staff - what it keeps), never negative.
 *
 * @example
 * donorSpare({ keepWithinRequirement: true, keepLastOfficer: true }, { staff: 5, required: 2.5 }); // 2
 */
export function donorSpare(
  problem: Pick<TransferProblem, 'keepWithinRequirement' | 'keepLastOfficer'>,
  node: Pick<TransferNode, 'staff' | 'required'>,
): number {
  return Math.max(0, Math.floor(node.staff - donorKeeps(problem, node) + EPS));
}
