import { CanbangInputError } from '../model/errors.ts';

/** A unit's position as the tables carry it: lat/lon may be null (optional input columns). */
export interface MaybeCoordinates {
  readonly lat?: number | null;
  readonly lon?: number | null;
  /** Unit code, named in the error (units rows carry `code`, plan nodes `unit_code`). */
  readonly code?: string;
  readonly unit_code?: string;
}

/**
 * The coordinates of a unit for a distance, or a {@link CanbangInputError} naming the unit when its lat or lon
 * is missing. lat/lon are optional inputs (analyze, scenarios and hires need none); every distance canbang
 * computes goes through this check (via haversineKm), so a plan that needs distances says which unit lacks them.
 *
 * @example
 * unitCoordinates({ code: '03127', lat: 21.39, lon: 103.02 }); // { lat: 21.39, lon: 103.02 }
 * unitCoordinates({ code: '03127', lat: null, lon: null });     // throws: units, column "lat, lon" ... unit 03127
 * @param remedy what the planner can do instead, ending the message (a plan names its distances input)
 */
export function unitCoordinates(unit: MaybeCoordinates, remedy = 'fill them on the units sheet, or plan hires, which need no distances'): { lat: number; lon: number } {
  const { lat, lon } = unit;
  if (typeof lat === 'number' && Number.isFinite(lat) && typeof lon === 'number' && Number.isFinite(lon)) return { lat, lon };
  throw new CanbangInputError({
    source: 'units',
    column: 'lat, lon',
    value: `unit ${unit.code ?? unit.unit_code ?? '(no code)'} without coordinates`,
    expected: `lat and lon for every unit a distance is computed for (transfer plans and routing): ${remedy}`,
  });
}
