import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import type { CalendarDate } from '../model/parse/calendarDate';
import { parseDate } from '../model/parse/parseDate';
import { invalidValue } from './excelError';
import { optionalTextArgument } from './cellArgument';
import { parsedValue } from './parsedValue';

/**
 * Reads an optional date argument: a date cell (a serial number in the 1900
 * date system) or a text such as 2022/11/30. Returns undefined when the
 * argument is omitted or blank; throws #VALUE! naming the argument otherwise.
 *
 * NOTE: a workbook in the 1904 date system passes 1904 serials, which this reads 1462 days early.
 *
 * Example: `dateArgument(44895, '截止日期')` → 2022-11-30.
 */
export function dateArgument(value: unknown, name: string): CalendarDate | undefined {
  const cell = optionalTextArgument(value);
  if (cell === undefined) {
    return undefined;
  }

  const date = parsedValue(parseDate(cell, { treatNumbersAsSerials: true }));
  if (date === null) {
    throw invalidValue(
      fillTemplate(functionText.dateArgumentInvalid, { name, input: String(cell) })
    );
  }
  return date;
}
