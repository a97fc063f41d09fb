import type { IssueCode, IssueDetail } from '../../messages/issues';
import type { CalendarDate } from './calendarDate';
import { lastDayOfMonth } from './calendarDate';
import { DateContext, MAX_YEAR, MIN_YEAR } from './dateContext';

/** One date written inside a text, read or rejected. */
export interface DateMatch {
  /** Offset of the match in the normalized text. */
  index: number;
  /** The matched characters. */
  text: string;
  reading: DateReading;
}

export type DateReading =
  | { ok: true; date: CalendarDate; yearAssumed: boolean }
  | { ok: false; code: IssueCode; detail?: IssueDetail };

interface DateParts {
  year?: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
}

interface DatePattern {
  regex: RegExp;
  parts: (match: RegExpExecArray) => DateParts;
}

const TIME = String.raw`(?:(?:\s*|T)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?`;

/**
 * The written forms of a date, all applied to normalized text:
 * 2022年11月3日 10:30, 2019 年 7 月, 2017年, 05 年; 2015/3/21, 2016. 3. 6,
 * 2022-09, 2022-11-20 10:30; 20221103; 11月3日 18:10 (no year).
 */
const PATTERNS: DatePattern[] = [
  {
    regex: new RegExp(
      String.raw`(?<!\d)(\d{4}|\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})(?!\d)\s*[日号]?${TIME})?)?`,
      'g',
    ),
    parts: (m) => ({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6] }),
  },
  {
    regex: new RegExp(
      String.raw`(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})(?!\d)(?:\s*[-/.]\s*(\d{1,2})(?!\d)\s*[日号]?${TIME})?`,
      'g',
    ),
    parts: (m) => ({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6] }),
  },
  {
    regex: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g,
    parts: (m) => ({ year: m[1], month: m[2], day: m[3] }),
  },
  {
    regex: new RegExp(String.raw`(?<!\d)(?<!年\s?)(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号]?${TIME}`, 'g'),
    parts: (m) => ({ month: m[1], day: m[2], hour: m[3], minute: m[4], second: m[5] }),
  },
];

/**
 * Finds every date written in a normalized text, left to right, without
 * overlaps (at one position the longest form wins). Each match is read
 * against the context: two-digit years mean 20xx, a missing year comes from
 * `context.defaultYear`, and impossible or implausible dates are rejected.
 *
 * @example findDates('2022年9月26日至2025年9月26日') → two matches, both read
 */
export function findDates(text: string, context: DateContext = {}): DateMatch[] {
  const candidates: Array<{ index: number; text: string; parts: DateParts }> = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      candidates.push({ index: match.index ?? 0, text: match[0], parts: pattern.parts(match as RegExpExecArray) });
    }
  }

  candidates.sort((a, b) => a.index - b.index || b.text.length - a.text.length);

  const matches: DateMatch[] = [];
  let end = 0;
  for (const candidate of candidates) {
    if (candidate.index < end) {
      continue;
    }
    matches.push({ index: candidate.index, text: candidate.text, reading: readParts(candidate.parts, context) });
    end = candidate.index + candidate.text.length;
  }
  return matches;
}

function readYear(written: string | undefined, context: DateContext): { year: number; assumed: boolean } | undefined {
  if (written === undefined) {
    return context.defaultYear === undefined ? undefined : { year: context.defaultYear, assumed: true };
  }
  const year = Number(written);

  // NOTE: two-digit years always mean 2000–2099, so '98年' reads as 2098.
  return { year: written.length === 2 ? 2000 + year : year, assumed: false };
}

function precisionOf(parts: DateParts): CalendarDate['precision'] {
  if (parts.hour !== undefined) {
    return 'minute';
  }
  if (parts.day !== undefined) {
    return 'day';
  }
  return parts.month !== undefined ? 'month' : 'year';
}

function readParts(parts: DateParts, context: DateContext): DateReading {
  const year = readYear(parts.year, context);
  if (year === undefined) {
    return { ok: false, code: 'date.yearMissing' };
  }
  if (!Number.isInteger(year.year) || year.year < MIN_YEAR || year.year > MAX_YEAR) {
    return { ok: false, code: 'date.outOfRange', detail: { min: MIN_YEAR, max: MAX_YEAR } };
  }

  const month = parts.month === undefined ? 1 : Number(parts.month);
  const day = parts.day === undefined ? 1 : Number(parts.day);
  const hour = Number(parts.hour ?? 0);
  const minute = Number(parts.minute ?? 0);
  const second = Number(parts.second ?? 0);
  if (month >= 1 && month <= 12 && day > lastDayOfMonth(year.year, month) && day <= 31) {
    return { ok: false, code: 'date.dayNotInMonth', detail: { year: year.year, month, day, days: lastDayOfMonth(year.year, month) } };
  }
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= lastDayOfMonth(year.year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!valid) {
    return { ok: false, code: 'date.invalid' };
  }

  const precision = precisionOf(parts);
  const date: CalendarDate =
    precision === 'minute'
      ? { year: year.year, month, day, hour, minute, precision }
      : { year: year.year, month, day, precision };
  return { ok: true, date, yearAssumed: year.assumed };
}
