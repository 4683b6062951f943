/** Periods an allowance given as actual time can be stated per (WHO WISN: "time per day, week, month or year"). */
export type AllowancePeriod = 'day' | 'week' | 'month' | 'year';
export const ALLOWANCE_PERIODS: readonly AllowancePeriod[] = ['day', 'week', 'month', 'year'];

/** The working-time figures an allowance conversion needs, for one staff category (field) and unit. */
export interface AllowanceWorkingTime {
  /** Available working time, hours per year. */
  awtHours: number;
  hoursPerDay: number;
  hoursPerWeek: number;
}

/**
 * Hours per year of an allowance stated as actual time per day, week, month or year (WISN step 4), for one
 * staff member. A day or week means a day or week actually worked, so it scales with the available working
 * time: per day x (AWT / hours per day) available days, per week x (AWT / hours per week) available weeks;
 * per month x 12; per year as is. Consequently `allowancePercent` of "h per day" is h / hours per day, the
 * same share of every working day.
 *
 * @example
 * allowanceHoursPerYear(0.5, 'day', { awtHours: 1832, hoursPerDay: 8, hoursPerWeek: 40 }); // 0.5 x 229 days = 114.5
 * allowanceHoursPerYear(4, 'month', { awtHours: 1832, hoursPerDay: 8, hoursPerWeek: 40 }); // 48
 */
export function allowanceHoursPerYear(hours: number, per: AllowancePeriod, time: AllowanceWorkingTime): number {
  switch (per) {
    case 'year':
      return hours;
    case 'month':
      return hours * 12;
    case 'week':
      return (hours * time.awtHours) / time.hoursPerWeek;
    case 'day':
      return (hours * time.awtHours) / time.hoursPerDay;
  }
}

/**
 * A category allowance stated as actual time, as a percentage of available working time (WISN: CAS percent =
 * CAS hours per year / AWT x 100), so it adds up with allowances stated as percentages.
 *
 * @example
 * allowancePercent(4, 'month', { awtHours: 1832, hoursPerDay: 8, hoursPerWeek: 40 }); // 48 / 1832 x 100 = 2.62 %
 * allowancePercent(0.5, 'day', { awtHours: 1832, hoursPerDay: 8, hoursPerWeek: 40 }); // 6.25 %
 */
export function allowancePercent(hours: number, per: AllowancePeriod, time: AllowanceWorkingTime): number {
  return (allowanceHoursPerYear(hours, per, time) / time.awtHours) * 100;
}
