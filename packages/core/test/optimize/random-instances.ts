import type { TransferInput, TransferOptions } from '@canbang/core';

/** Deterministic LCG in [0, 1) (Numerical Recipes constants), so every instance is reproducible by seed. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A random one-province instance: `units` units within ~50 km of each other, `fields` fields, staff 0-5,
 * required 0-6 (one decimal), and random options (rule on/off, distance limit, per-unit limits, budget).
 */
export function randomInstance(seed: number, size = { units: 8, fields: 2 }): { input: TransferInput; options: TransferOptions } {
  const r = lcg(seed);
  const units = Array.from({ length: size.units }, (_, i) => ({
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
    keepWithinRequirement: r() < 0.6,
    ...(r() < 0.4 ? { maxDistanceKm: 25 } : {}),
    ...(r() < 0.3 ? { maxMovesOut: 1 } : {}),
    ...(r() < 0.3 ? { maxMovesIn: 2 } : {}),
    ...(r() < 0.3 ? { maxMoves: 3 } : {}),
  };
  return { input: { units, rows }, options };
}
