import type { CellValue } from '../sources/source';
import { CalendarDate, serialToDate } from './calendarDate';
import { DateContext, MAX_YEAR, MIN_YEAR } from './dateContext';
import { DateMatch, findDates } from './findDates';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { isDateFormat, isTimeFormat } from './numberFormat';
import { fail, issue, ok, Parsed } from './parsed';

export type { DateContext } from './dateContext';

/** Serial of 9999-12-31 in the 1900 system, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/**
 * Reads a date cell. Blank cells, placeholders (——, ---, /, 无) and the
 * number 0 (Excel desktop hands an empty referenced cell over as 0) give
 * null. Numbers are serial dates when `treatNumbersAsSerials` is set or the
 * number format shows a date or time; other numbers give `date.invalid`.
 * Texts may be 2015/3/21, 2016. 3. 6, 2022-09 (month), 2019 年 7 月 (month),
 * 2017年 (year), 05 年 (2005), 2022年11月20日 10:30, 2022-11-20 10:30 or
 * 11月3日. A date without a year takes `defaultYear` silently, or with a
 * `date.yearAssumed` warning when `warnAssumedYear` is set; with no
 * `defaultYear` it fails with `date.yearMissing`. Years outside 1950–2100
 * give `date.outOfRange`, error values give `cell.error`.
 *
 * @example parseDate('2016. 3. 6') → ok({ year: 2016, month: 3, day: 6, precision: 'day' })
 */
export function parseDate(value: CellValue | null | undefined, context: DateContext = {}): Parsed<CalendarDate | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return parseSerial(value, context);
  }
  if (typeof value === 'boolean') {
    return fail('date.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text)) {
    return ok(null);
  }

  const matches = findDates(text, context);
  const whole = matches.length === 1 && matches[0].index === 0 && matches[0].text.length === text.length;
  if (!whole) {
    return fail('date.invalid', value);
  }
  return fromMatch(matches[0], value, context);
}

function fromMatch(match: DateMatch, value: string, context: DateContext): Parsed<CalendarDate | null> {
  const reading = match.reading;
  if (!reading.ok) {
    return fail(reading.code, value, reading.detail);
  }
  if (reading.yearAssumed && context.warnAssumedYear) {
    return ok(reading.date, [issue('date.yearAssumed', value, { year: reading.date.year })]);
  }
  return ok(reading.date);
}

function parseSerial(value: number, context: DateContext): Parsed<CalendarDate | null> {
  if (value === 0) {
    return ok(null);
  }

  const isSerial = context.treatNumbersAsSerials || isDateFormat(context.numberFormat) || isTimeFormat(context.numberFormat);
  if (!isSerial || !Number.isFinite(value) || value < 0) {
    return fail('date.invalid', value);
  }

  if (value > LAST_SERIAL) {
    return fail('date.outOfRange', value, { min: MIN_YEAR, max: MAX_YEAR });
  }
  const date = serialToDate(value, context.date1904 ?? false);
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) {
    return fail('date.outOfRange', value, { min: MIN_YEAR, max: MAX_YEAR });
  }
  return ok(date);
}
