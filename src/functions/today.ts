import type { CalendarDate } from '../model/parse/calendarDate';

/**
 * Returns today's date in the user's local time zone, the default "as of"
 * date of the warranty and life functions.
 */
export function todayDate(): CalendarDate {
  const now = new Date();
  return {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    precision: 'day',
  };
}
