import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import { serialToDate } from '../model/parse/calendarDate';
import { parseReportMonth, ReportMonth } from '../model/reportMonth';
import { optionalTextArgument } from './cellArgument';
import { invalidValue } from './excelError';

/**
 * Reads an optional month argument: a text such as "2022-11" or "2022年11月",
 * or a date cell (any day of the month). Returns undefined when omitted or
 * blank, meaning "every month"; throws #VALUE! when unreadable.
 *
 * Example: `monthArgument('2022-11')` → { year: 2022, month: 11 }; `monthArgument(44880)` → the same.
 */
export function monthArgument(value: unknown): ReportMonth | undefined {
  const cell = optionalTextArgument(value);
  if (cell === undefined) {
    return undefined;
  }

  const month = typeof cell === 'number' ? monthOfSerial(cell) : parseReportMonth(String(cell));
  if (month === undefined) {
    throw invalidValue(fillTemplate(functionText.monthInvalid, { input: String(cell) }));
  }
  return month;
}

function monthOfSerial(serial: number): ReportMonth | undefined {
  if (!Number.isFinite(serial) || serial < 1) {
    return undefined;
  }
  const date = serialToDate(serial, false);
  return parseReportMonth(`${date.year}-${date.month}`);
}
