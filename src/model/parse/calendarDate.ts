/**
 * A calendar date as written in a cell, with no time zone. Dates are plain
 * numbers so that a cell written at midnight stays on its day in every zone.
 * A month-precision date has day 1; a year-precision date has month 1, day 1.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  precision: 'year' | 'month' | 'day' | 'minute';
}

const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;

/** Day number of 1900-03-01, the first day after Excel's fictitious 1900-02-29. */
const FIRST_DAY_AFTER_FAKE_LEAP_DAY = -25_508;

/** Serial 0 of the 1900 system is "1900-01-00", which is 1899-12-31 (day -25568). */
const EPOCH_1900 = -25_568;

/** Serial 0 of the 1904 system is 1904-01-01 (day -24107). */
const EPOCH_1904 = -24_107;

/**
 * Counts the days since 1970-01-01 (negative before it), using UTC arithmetic
 * so the result does not depend on the machine's time zone.
 *
 * @example dayNumber({ year: 2020, month: 1, day: 1, precision: 'day' }) → 18262
 */
export function dayNumber(date: CalendarDate): number {
  const moment = new Date(0);
  moment.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(moment.getTime() / MS_PER_DAY);
}

/**
 * Converts a day count since 1970-01-01 back to a day-precision date.
 *
 * @example fromDayNumber(18262) → 2020-01-01
 */
export function fromDayNumber(days: number): CalendarDate {
  const moment = new Date(Math.round(days) * MS_PER_DAY);
  return {
    year: moment.getUTCFullYear(),
    month: moment.getUTCMonth() + 1,
    day: moment.getUTCDate(),
    precision: 'day',
  };
}

/** Returns the number of days in a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  const moment = new Date(0);
  moment.setUTCFullYear(year, month, 0);
  return moment.getUTCDate();
}

/**
 * Returns the last day of the period a date names, with precision 'day':
 * a month becomes its last day, a year becomes December 31. Day and minute
 * dates come back unchanged.
 *
 * @example endOfPeriod(2022-09 as a month) → 2022-09-30
 */
export function endOfPeriod(date: CalendarDate): CalendarDate {
  if (date.precision === 'year') {
    return { year: date.year, month: 12, day: 31, precision: 'day' };
  }
  if (date.precision === 'month') {
    return { year: date.year, month: date.month, day: lastDayOfMonth(date.year, date.month), precision: 'day' };
  }
  return { ...date };
}

/**
 * Adds whole years (a fraction is dropped), moving February 29 to February 28 when the target year
 * has no leap day. Precision and time of day are kept.
 *
 * @example addYears(2020-02-29, 1) → 2021-02-28
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + Math.trunc(years);
  const day = Math.min(date.day, lastDayOfMonth(year, date.month));
  return { ...date, year, day };
}

/**
 * Adds days (negative to go back). The result has day precision, or minute
 * precision with the same time of day when the input had a time.
 *
 * @example addDays(2022-12-31, 1) → 2023-01-01
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = fromDayNumber(dayNumber(date) + Math.trunc(days));
  if (date.precision !== 'minute') {
    return moved;
  }
  return { ...moved, hour: date.hour, minute: date.minute, precision: 'minute' };
}

function minuteOfDay(date: CalendarDate): number {
  return (date.hour ?? 0) * 60 + (date.minute ?? 0);
}

/** Orders two dates by day, then by time of day (a date without a time counts as 00:00). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const byDay = dayNumber(a) - dayNumber(b);
  if (byDay !== 0) {
    return byDay;
  }
  return minuteOfDay(a) - minuteOfDay(b);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Formats a date for Chinese report text, as precise as it was written.
 *
 * @example formatDate(2022-11-03 10:30) → '2022年11月3日 10:30'
 */
export function formatDate(date: CalendarDate): string {
  switch (date.precision) {
    case 'year':
      return `${date.year}年`;
    case 'month':
      return `${date.year}年${date.month}月`;
    case 'day':
      return `${date.year}年${date.month}月${date.day}日`;
    case 'minute':
      return `${date.year}年${date.month}月${date.day}日 ${twoDigits(date.hour ?? 0)}:${twoDigits(date.minute ?? 0)}`;
  }
}

/**
 * Converts an Excel serial date to a calendar date. The fraction becomes the
 * time of day, rounded to the minute, and gives precision 'minute' unless it
 * rounds to midnight. In the 1900 system Excel counts a 1900-02-29 that never
 * existed (serial 60). This function maps serial 60 to 1900-02-28, the same
 * day as serial 59, so serials 61 and later stay exact. Callers pass finite numbers.
 *
 * @example serialToDate(44431, false) → 2021-08-23; serialToDate(42369, true) → 2020-01-01
 */
export function serialToDate(serial: number, date1904: boolean): CalendarDate {
  const totalMinutes = Math.round(serial * MINUTES_PER_DAY);
  let wholeDays = Math.floor(totalMinutes / MINUTES_PER_DAY);
  const minutes = totalMinutes - wholeDays * MINUTES_PER_DAY;

  if (!date1904 && wholeDays >= 60) {
    wholeDays -= 1;
  }
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const date = fromDayNumber(epoch + wholeDays);

  if (minutes === 0) {
    return date;
  }
  return { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, precision: 'minute' };
}

/**
 * Converts a calendar date to an Excel serial number, the inverse of
 * `serialToDate` (1900-02-28 gives 59, never the fictitious 60).
 *
 * @example dateToSerial(2021-08-23, false) → 44431
 */
export function dateToSerial(date: CalendarDate, date1904: boolean): number {
  const days = dayNumber(date);
  const fraction = minuteOfDay(date) / MINUTES_PER_DAY;
  if (date1904) {
    return days - EPOCH_1904 + fraction;
  }
  const leapBugOffset = days >= FIRST_DAY_AFTER_FAKE_LEAP_DAY ? 1 : 0;
  return days - EPOCH_1900 + leapBugOffset + fraction;
}
