import {
  formatReportMonth,
  parseReportMonth,
  previousMonth,
  ReportMonth,
} from '../../model/reportMonth';

/**
 * Returns the month the month picker starts with: the month before today's,
 * because a report is written for the month just ended.
 *
 * Example: `defaultReportMonth(new Date(2022, 11, 5))` returns `'2022-11'`.
 */
export function defaultReportMonth(today: Date): string {
  return formatReportMonth(
    previousMonth({ year: today.getFullYear(), month: today.getMonth() + 1 })
  );
}

/**
 * Reads the month picker's value (YYYY-MM); undefined when it is empty or invalid.
 *
 * Example: `readReportMonth('2022-11')` returns `{ year: 2022, month: 11 }`.
 */
export function readReportMonth(value: string): ReportMonth | undefined {
  return parseReportMonth(value);
}
