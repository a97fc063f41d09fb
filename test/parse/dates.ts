import type { CalendarDate } from '../../src/model/parse/calendarDate';

/** Builds a day-precision date. */
export function day(year: number, month: number, dayOfMonth: number): CalendarDate {
  return { year, month, day: dayOfMonth, precision: 'day' };
}

/** Builds a month-precision date (day 1). */
export function month(year: number, monthOfYear: number): CalendarDate {
  return { year, month: monthOfYear, day: 1, precision: 'month' };
}

/** Builds a year-precision date (January 1). */
export function year(value: number): CalendarDate {
  return { year: value, month: 1, day: 1, precision: 'year' };
}

/** Builds a minute-precision date. */
export function minute(year: number, month: number, dayOfMonth: number, hour: number, minuteOfHour: number): CalendarDate {
  return { year, month, day: dayOfMonth, hour, minute: minuteOfHour, precision: 'minute' };
}
