import type { Dataset } from './types.ts';

/**
 * The units whose figures carry a quality flag (`pop_flag`, e.g. `suspect_low(<1000)` or an imputed
 * population), by unit code. Every per-unit figure that rests on the population (norm quota, and in the
 * built-in dataset the synthetic headcount and volumes) should show the flag next to it.
 *
 * @example
 * unitQualityFlags(loadVietNam()).get('06517'); // 'imputed(missing; province median density x area)'
 */
export function unitQualityFlags(dataset: Dataset): Map<string, string> {
  const codes = dataset.units.array('code') as string[];
  const flags = dataset.units.array('pop_flag') as (string | null)[];
  const out = new Map<string, string>();
  codes.forEach((code, i) => {
    if (flags[i]) out.set(code, flags[i]!);
  });
  return out;
}
