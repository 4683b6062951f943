/** A seeded pseudo-random source: same seed, same sequence, on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Standard normal scaled to mean and sd (Box-Muller). */
  normal(mean?: number, sd?: number): number;
  /** exp(normal(mu, sigma)): a positive multiplicative noise factor with median exp(mu). */
  lognormal(mu: number, sigma: number): number;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit PRNG with full 2^32 period, small and fast,
 * good enough for synthetic data (not for cryptography). The seed is reduced to an unsigned 32-bit integer.
 *
 * @example
 * const r = createSyntheticRandom(20250701);
 * r.next(); // always the same first number for this seed
 */
export function createSyntheticRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`createSyntheticRandom: seed is ${seed}; expected a finite number`);
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean = 0, sd = 1): number => {
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal,
    lognormal: (mu, sigma) => Math.exp(normal(mu, sigma)),
  };
}

/**
 * @deprecated Use {@link createSyntheticRandom}: the name tells the synthetic-data generator's mulberry32 source
 * from the scenarios' own seeded generator in `@canbang/core`.
 *
 * @example
 * createRandom(1).next(); // same as createSyntheticRandom(1).next()
 */
export const createRandom = createSyntheticRandom;
