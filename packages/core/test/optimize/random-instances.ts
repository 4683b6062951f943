import type { DistanceRow, FixedMove, ForbiddenPair, TransferInput, TransferOptions, TransferUnit } from '@canbang/core';

/** Deterministic LCG in [0, 1) (Numerical Recipes constants), so every instance is reproducible by seed. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The rules of the optimiser before quota, islands and the default distance limit existed: no cap, no floor,
 * great-circle km, no distance limit. Hand-computed tests use it so their arithmetic stays plain.
 */
export const CLASSIC_RULES: TransferOptions = Object.freeze({ cap: 'off', floor: 'off', maxDistanceKm: Infinity, roadFactor: 1 });

/**
 * A random one-province instance: `units` units within ~50 km of each other, `fields` fields, staff 0-5,
 * required 0-6 (one decimal), and random options (rule on/off, distance limit, per-unit limits, budget).
 * With `rules`, also drawn: island units, a quota per unit (cap on or off), a floor, the last-officer rule,
 * road factor 1.3, a distances table for some pairs (km and / or minutes) with a travel-time limit, locks
 * and bans. The classic part of a seed is drawn first, so it does not depend on `rules`.
 */
export function randomInstance(seed: number, size: { units: number; fields: number; rules?: boolean } = { units: 8, fields: 2 }): { input: TransferInput; options: TransferOptions } {
  const r = lcg(seed);
  const units: TransferUnit[] = Array.from({ length: size.units }, (_, i) => ({
    code: `u${String(i).padStart(3, '0')}`,
    name: `Xã ${i}`,
    province_code: 'P1',
    lat: 21 + r() * 0.4,
    lon: 105 + r() * 0.4,
  }));
  const fields = ['land', 'finance', 'construction'].slice(0, size.fields);
  const rows = units.flatMap((u) =>
    fields.map((field) => ({ unit_code: u.code, field, staff: Math.floor(r() * 6), required: Math.round(r() * 60) / 10 })),
  );
  const options: TransferOptions = {
    ...CLASSIC_RULES,
    keepWithinRequirement: r() < 0.6,
    ...(r() < 0.4 ? { maxDistanceKm: 25 } : {}),
    ...(r() < 0.3 ? { maxMovesOut: 1 } : {}),
    ...(r() < 0.3 ? { maxMovesIn: 2 } : {}),
    ...(r() < 0.3 ? { maxMoves: 3 } : {}),
  };
  if (!size.rules) return { input: { units, rows }, options };

  const total = (code: string) => rows.filter((x) => x.unit_code === code).reduce((s, x) => s + x.staff, 0);
  for (const u of units) {
    if (r() < 0.2) u.terrain = 'island';
    // A quota around the unit's staff: some units at or above it, some with room.
    u.quota = total(u.code) + Math.floor(r() * 5) - 1;
  }
  const distances: DistanceRow[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (r() < 0.25) distances.push({ from: units[i]!.code, to: units[j]!.code, km: Math.round(r() * 400) / 10, ...(r() < 0.5 ? { minutes: Math.round(r() * 90) } : {}) });
    }
  }
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const fixedMoves: FixedMove[] = [];
  const givers = rows.filter((x) => x.staff >= 1);
  if (r() < 0.3 && givers.length) {
    const from = pick(givers);
    const to = pick(units.filter((u) => u.code !== from.unit_code));
    fixedMoves.push({ from: from.unit_code, to: to.code, field: from.field, staff: 1 });
  }
  const forbidden: ForbiddenPair[] = [];
  for (let k = Math.floor(r() * 4); k > 0; k--) {
    const a = pick(units);
    const b = pick(units.filter((u) => u !== a));
    forbidden.push({ from: a.code, to: b.code, ...(r() < 0.5 ? { field: pick(fields) } : {}) });
  }
  const floorDraw = r();
  Object.assign(options, {
    cap: r() < 0.7 ? 'quota' : 'off',
    floor: floorDraw < 0.3 ? 'off' : Math.floor(floorDraw * 10),
    keepLastOfficer: r() < 0.7,
    roadFactor: r() < 0.5 ? 1.3 : 1,
    allowIslandMoves: r() < 0.2,
    distances,
    ...(r() < 0.4 ? { maxMinutes: 45 } : {}),
    fixedMoves,
    forbidden,
  } satisfies TransferOptions);
  return { input: { units, rows }, options };
}
