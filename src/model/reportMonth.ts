import type { CalendarDate } from './parse/calendarDate';
import { lastDayOfMonth } from './parse/calendarDate';

/** The month a report covers. */
export interface ReportMonth {
  year: number;
  month: number;
}

/** Parses "YYYY-MM" (also "YYYY/M", "YYYY年M月"); undefined when invalid. */
export function parseReportMonth(text: string): ReportMonth | undefined {
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(text.normalize('NFKC'));
  if (!match) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 1950 && year <= 2100 ? { year, month } : undefined;
}

/** "2022-11". */
export function formatReportMonth(month: ReportMonth): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

/** Returns the month before `today`'s month, because a report covers the month just ended. */
export function previousMonth(today: { year: number; month: number }): ReportMonth {
  return today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: today.month - 1 };
}

/** Returns the last day of the month, the "as of" date of every verdict in the report. */
export function asOfDate(month: ReportMonth): CalendarDate {
  return { year: month.year, month: month.month, day: lastDayOfMonth(month.year, month.month), precision: 'day' };
}

export function isInMonth(date: CalendarDate, month: ReportMonth): boolean {
  return date.year === month.year && date.month === month.month;
}
