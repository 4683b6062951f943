import { CanbangInputError } from '../model/errors.ts';
import { haversineKm } from './haversine-km.ts';
import { unitCoordinates } from './unit-coordinates.ts';

/** One row of a distances input: travel between two units by road, in km and / or minutes. */
export interface DistanceRow {
  from: string;
  to: string;
  km?: number | null;
  minutes?: number | null;
  /** Row number named in error messages (the file reader's); default: position in the list, from 1. */
  row?: number;
}

/** Distance of one pair of units as a plan uses it. */
export interface PairDistance {
  /** Road km: from the distances table, else great-circle km x road factor (rounded to metres). */
  km: number;
  /** Travel minutes from the distances table; null when the table gives none for the pair. */
  minutes: number | null;
  /** 'table' when the km came from the distances input, 'estimate' when from great-circle x road factor. */
  source: 'table' | 'estimate';
  /** The great-circle km the estimate started from (null when the table gave the km). */
  greatCircleKm: number | null;
}

/** A unit as the distance lookup needs it: coordinates may be missing (null / NaN). */
export interface LocatedUnit {
  code: string;
  lat?: number | null;
  lon?: number | null;
}

/**
 * Builds the distance rule every plan uses: a row of `rows` for the pair (either direction; a row for the
 * exact direction wins) gives km and / or minutes; a pair the table gives no km for is estimated as
 * great-circle km x `roadFactor`. Rows are checked against `unitCodes` (an unknown code, a negative or
 * non-numeric km / minutes, a row with neither, or the same pair twice is a {@link CanbangInputError}
 * naming `source` and the row). Asking for a pair whose km must
 * be estimated while a unit has no coordinates is an error naming the unit and the pair.
 *
 * @example
 * const distance = pairDistances([{ from: 'A', to: 'B', km: 12.5, minutes: 25 }], 1.3, new Set(['A', 'B', 'C']));
 * distance(A, B); // { km: 12.5, minutes: 25, source: 'table', greatCircleKm: null }
 * distance(A, C).source; // 'estimate'
 */
export function pairDistances(
  rows: readonly DistanceRow[],
  roadFactor: number,
  unitCodes: ReadonlySet<string>,
  source = 'distances',
): (a: LocatedUnit, b: LocatedUnit) => PairDistance {
  const table = new Map<string, { km: number | null; minutes: number | null }>();
  rows.forEach((row, i) => {
    const at = { source, row: row.row ?? i + 1 };
    for (const key of ['from', 'to'] as const) {
      const code = row[key];
      if (typeof code !== 'string' || !unitCodes.has(code)) throw new CanbangInputError({ ...at, column: key, value: code, expected: 'a unit code of the units table' });
    }
    const value = (key: 'km' | 'minutes') => {
      const v = row[key];
      if (v === undefined || v === null) return null;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new CanbangInputError({ ...at, column: key, value: v, expected: 'a number >= 0, or an empty cell' });
      return v;
    };
    const km = value('km');
    const minutes = value('minutes');
    if (km === null && minutes === null) throw new CanbangInputError({ ...at, column: 'km', value: null, expected: 'km, minutes or both for this pair' });
    const key = `${row.from}\u0000${row.to}`;
    if (table.has(key)) throw new CanbangInputError({ ...at, column: 'to', value: row.to, expected: `each pair once (${row.from} -> ${row.to} is listed twice)` });
    table.set(key, { km, minutes });
  });
  return (a, b) => {
    // No table: skip the key building (this runs for every candidate pair of a national plan).
    const row = table.size === 0 ? undefined : (table.get(`${a.code}\u0000${b.code}`) ?? table.get(`${b.code}\u0000${a.code}`));
    const minutes = row?.minutes ?? null;
    if (row?.km != null) return { km: row.km, minutes, source: 'table', greatCircleKm: null };
    // One rule for a missing position (unitCoordinates), naming the distances row that would do instead.
    const remedy = `fill them on the units sheet, or give a distances row with the km between ${a.code} and ${b.code}`;
    unitCoordinates(a, remedy);
    unitCoordinates(b, remedy);
    const greatCircleKm = haversineKm(a as { lat: number; lon: number }, b as { lat: number; lon: number });
    return { km: Math.round(greatCircleKm * roadFactor * 1000) / 1000, minutes, source: 'estimate', greatCircleKm };
  };
}
