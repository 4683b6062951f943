/**
 * WISN standard workload: how many cases of one activity a full-time worker completes in a year.
 * standard workload = AWT (hours) x 60 / minutes per case.
 *
 * @deprecated No computation uses it: required staff come from {@link serviceFte} (annual cases / standard
 * workload written as one expression), via `requirementMatrix(...).volumeRows`. Kept for callers that show the
 * WISN textbook quantity; `annualCases / standardWorkload(awt, m)` equals `serviceFte(annualCases, m, awt)`
 * up to rounding.
 *
 * @example
 * standardWorkload(1432, 15); // 5728 cases a year (Burmen et al., Human Resources for Health 2017, 15:9, Table 3: 179 days x 8 h, 15 min a visit)
 */
export function standardWorkload(awtHours: number, minutesPerCase: number): number {
  if (!Number.isFinite(awtHours) || awtHours <= 0) {
    throw new RangeError(`standardWorkload: awtHours is ${awtHours}; expected a finite number > 0`);
  }
  if (!Number.isFinite(minutesPerCase) || minutesPerCase <= 0) {
    throw new RangeError(`standardWorkload: minutesPerCase is ${minutesPerCase}; expected a finite number > 0`);
  }
  return (awtHours * 60) / minutesPerCase;
}
