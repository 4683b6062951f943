/**
 * Working time of one full-time civil servant (WHO WISN "available working time", AWT).
 * `leaveDays` lists every kind of absence so a planner can see and change each assumption.
 */
export interface WorkingTime {
  hoursPerWeek: number;
  weeksPerYear: number;
  hoursPerDay: number;
  /** Days per year away from work, by reason (public holidays, annual leave, sickness, training ...). */
  leaveDays: Readonly<Record<string, number>>;
}

/**
 * Viet Nam's civil-service working time: 8 h a day, 40 h a week (Decree 45/2013 and the 2019 Labour Code);
 * 11 public-holiday days (Labour Code art. 112); 12 annual-leave days (art. 113); 3 sick days and 5 training
 * days a year are planning assumptions, not legal figures. AWT = 40 x 52 - 31 x 8 = 1,832 hours.
 */
export const VN_WORKING_TIME: WorkingTime = Object.freeze({
  hoursPerWeek: 40,
  weeksPerYear: 52,
  hoursPerDay: 8,
  leaveDays: Object.freeze({ public_holidays: 11, annual_leave: 12, sick_leave: 3, training: 5 }),
});

/**
 * Available working time in hours per year: weekly hours x weeks - leave days x hours per day (WHO WISN step 2).
 *
 * @example
 * availableWorkingTime(); // 1832 (Viet Nam default)
 */
export function availableWorkingTime(workingTime: WorkingTime = VN_WORKING_TIME): number {
  const { hoursPerWeek, weeksPerYear, hoursPerDay, leaveDays } = workingTime;
  for (const [name, value] of Object.entries({ hoursPerWeek, weeksPerYear, hoursPerDay })) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`availableWorkingTime: workingTime.${name} is ${value}; expected a finite number > 0`);
    }
  }
  let leave = 0;
  for (const [reason, days] of Object.entries(leaveDays)) {
    if (!Number.isFinite(days) || days < 0) {
      throw new RangeError(`availableWorkingTime: workingTime.leaveDays.${reason} is ${days}; expected a finite number >= 0`);
    }
    leave += days;
  }
  const hours = hoursPerWeek * weeksPerYear - leave * hoursPerDay;
  if (hours <= 0) {
    throw new RangeError(`availableWorkingTime: leave (${leave} days) uses up all working time; expected fewer leave days`);
  }
  return hours;
}
