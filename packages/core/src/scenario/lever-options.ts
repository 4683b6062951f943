import { DEFAULT_BANDS, type Bands } from '../indicators/classify.ts';
import { VN_STAFFING_NORMS, type StaffingNorms } from '../indicators/norm-quota.ts';
import type { Lever } from './types.ts';

/**
 * Bands and norms in force after the setBands / setNorms levers (internal; later levers win),
 * starting from the caller's options or the defaults.
 *
 * @example
 * leverBalanceOptions([{ type: 'setBands', overloadedBelow: 0.8 }]).bands; // { overloadedBelow: 0.8, underloadedAbove: 1.1 }
 */
export function leverBalanceOptions(
  levers: readonly Lever[],
  start: { bands?: Bands; norms?: StaffingNorms } = {},
): { bands: Bands; norms: StaffingNorms } {
  let bands: Bands = { ...(start.bands ?? DEFAULT_BANDS) };
  let norms: StaffingNorms = { ...(start.norms ?? VN_STAFFING_NORMS) };
  for (const lever of levers) {
    if (lever.type === 'setBands') {
      bands = {
        overloadedBelow: lever.overloadedBelow ?? bands.overloadedBelow,
        underloadedAbove: lever.underloadedAbove ?? bands.underloadedAbove,
      };
    } else if (lever.type === 'setNorms') {
      norms = {
        baseline: lever.baseline ?? norms.baseline,
        threshold: lever.threshold ?? norms.threshold,
        perExtraMountain: lever.perExtraMountain ?? norms.perExtraMountain,
        perExtraOther: lever.perExtraOther ?? norms.perExtraOther,
        caps: { ...norms.caps, ...lever.caps },
      };
    }
  }
  return { bands, norms };
}
