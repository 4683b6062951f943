/**
 * Upper bounds on the counts and sizes a scenario or option may ask for. They are far above any real use
 * (Viet Nam's commune-level units have about 170,000 civil servants in all) and stop a typo or a hostile
 * file (an `addStaff` count of 9,007,199,254,740,991) from running for hours or exhausting memory.
 */
export const SCENARIO_LIMITS = Object.freeze({
  /** Staff one `addStaff` / `removeStaff` lever, or a plan's recruits or moves budget, may add, remove or move. */
  maxStaffCount: 1_000_000,
  /** Staff of one fixed allocation row (the reader's limit on staff per unit x field). */
  maxAllocationStaff: 10_000,
  /** Factor of `scaleVolumes` / `changeStandards` and share of `decentralise`. */
  maxFactor: 1_000,
  /** Monte Carlo draws of `uncertainty` / `--draws` (1,000 take about 14 s nationally; memory is 8 bytes x units x draws). */
  maxDraws: 10_000,
  /** Levers in one scenario. */
  maxLevers: 1_000,
  /** Levels of nesting in a scenario file (a real one has about 5: levers, where, fields). */
  maxNesting: 32,
});
