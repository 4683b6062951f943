import type { Unit } from '../model/types.ts';

/**
 * True for a unit on an island (terrain 'island'). Plans exchange staff between island and mainland units
 * only when `allowIslandMoves` is set; this is the one place that decides what an island unit is.
 *
 * @example
 * isIslandUnit({ terrain: 'island' }); // true
 * isIslandUnit({ terrain: 'mountain' }); // false
 */
export function isIslandUnit(unit: { terrain?: Unit['terrain'] | null | undefined }): boolean {
  return unit.terrain === 'island';
}
