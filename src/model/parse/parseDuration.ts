import type { CellValue } from '../sources/source';
import { parseChineseNumber } from './chineseNumber';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { isTimeFormat } from './numberFormat';
import { fail, issue, ok, Parsed } from './parsed';

/** How long an incident lasted, with the clock times when the cell gives them. */
export interface Duration {
  minutes: number;
  /** Start and end as 'HH:MM'; the end may be on the next day. */
  range?: { start: string; end: string };
}

/** Settings a duration parser uses besides the cell value. */
export interface DurationContext {
  /** The cell's number format; a time format ('h:mm', '[h]:mm') makes a number a fraction of a day. */
  numberFormat?: string;
  /** Minutes in one unit of a bare number, from the column title: 60 under 故障时长（小时）. Default 1. */
  numberUnitMinutes?: number;
}

const MINUTES_PER_DAY = 1440;

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^天$/, 1440],
  [/^(?:小时|钟头|时|h|hr|hrs|hours?)$/i, 60],
  [/^(?:分钟|分|min|mins|minutes?)$/i, 1],
  [/^(?:秒钟|秒|s|sec|secs|seconds?)$/i, 1 / 60],
];

/** A length such as 1.5小时, 一个半小时, 半小时, 40分钟, 2天, 30秒. */
const LENGTH =
  /(?:(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+)\s*个?\s*(半)?|(半)\s*个?)\s*(天|小时|钟头|分钟|秒钟|时|分|秒|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)(?![a-z])/gi;

/** A clock range such as 11:20-12:20, 23:30~00:30, 9:00至10:00, 14:00—15:00. */
const RANGE = /(?<!\d)(\d{1,2}):(\d{2})\s*(?:-+|~+|—+|–+|至|到)\s*(\d{1,2}):(\d{2})(?!\d)/g;

interface ClockRange {
  start: string;
  end: string;
  minutes: number;
}

/**
 * Reads a duration cell into minutes. Lengths: 1小时, 40分钟, 1.5小时,
 * 1小时30分, 半小时, 2天. Clock ranges: 11:20-12:20, 23:30-00:30 (an end
 * earlier than the start is on the next day), with -, ~, 至 or — between.
 * When a cell gives a length and a range that disagree (2小时 14:00-15:00),
 * the range wins and a `duration.conflict` warning carries both. A number is
 * minutes (or `numberUnitMinutes` each), unless its format is a time format,
 * in which case it is a fraction of a day as Excel stores times. Blank cells and placeholders give null.
 *
 * @example parseDuration('1小时 11:20-12:20') → ok({ minutes: 60, range: { start: '11:20', end: '12:20' } })
 */
export function parseDuration(value: CellValue | null | undefined, context: DurationContext = {}): Parsed<Duration | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return parseNumber(value, context);
  }
  if (typeof value === 'boolean') {
    return fail('duration.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text)) {
    return ok(null);
  }
  return parseText(text, value);
}

function parseNumber(value: number, context: DurationContext): Parsed<Duration | null> {
  if (!Number.isFinite(value) || value < 0) {
    return fail('duration.invalid', value);
  }
  // Exports store minutes as float noise (10.0000000745058); hundredths of a minute keep 240.0000001 from passing a 240-minute limit.
  const minutes = isTimeFormat(context.numberFormat)
    ? Math.round(value * MINUTES_PER_DAY)
    : Math.round(value * (context.numberUnitMinutes ?? 1) * 100) / 100;
  return Number.isFinite(minutes) ? ok({ minutes }) : fail('duration.invalid', value);
}

function parseText(text: string, input: string): Parsed<Duration | null> {
  const ranges = readRanges(text);
  if (ranges === undefined) {
    return fail('duration.invalid', input);
  }
  const withoutRanges = text.replace(RANGE, ' ');

  const stated = readLengths(withoutRanges);
  if (stated === undefined || (stated.minutes === undefined && ranges.length === 0)) {
    return fail('duration.invalid', input);
  }
  if (/\d/.test(stated.rest)) {
    return fail('duration.invalid', input);
  }

  if (stated.minutes !== undefined && !Number.isFinite(stated.minutes)) {
    return fail('duration.invalid', input);
  }
  if (ranges.length === 0) {
    return ok({ minutes: stated.minutes ?? 0 });
  }
  return combine(stated.minutes, ranges, input);
}

/** Chooses the range over the stated length and warns when they disagree. */
function combine(stated: number | undefined, ranges: ClockRange[], input: string): Parsed<Duration | null> {
  const ranged = ranges.reduce((sum, range) => sum + range.minutes, 0);

  // NOTE: several ranges in one cell are added up and no single range is kept.
  const duration: Duration =
    ranges.length === 1 ? { minutes: ranged, range: { start: ranges[0].start, end: ranges[0].end } } : { minutes: ranged };

  if (stated === undefined || stated === ranged) {
    return ok(duration);
  }
  const rangeText = ranges.map((range) => `${range.start}-${range.end}`).join('、');
  return ok(duration, [issue('duration.conflict', input, { stated, ranged, range: rangeText })]);
}

/** Reads every clock range; undefined when one holds an impossible time or has no length. */
function readRanges(text: string): ClockRange[] | undefined {
  const ranges: ClockRange[] = [];
  for (const match of text.matchAll(RANGE)) {
    const start = clockMinutes(match[1], match[2]);
    const end = clockMinutes(match[3], match[4]);
    if (start === undefined || end === undefined || start === end) {
      return undefined;
    }

    const minutes = end > start ? end - start : end + MINUTES_PER_DAY - start;
    ranges.push({ start: clockText(match[1], match[2]), end: clockText(match[3], match[4]), minutes });
  }
  return ranges;
}

function clockMinutes(hour: string, minute: string): number | undefined {
  const hours = Number(hour);
  const minutes = Number(minute);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    return undefined;
  }
  return hours * 60 + minutes;
}

function clockText(hour: string, minute: string): string {
  return `${hour.padStart(2, '0')}:${minute}`;
}

/**
 * Adds up the lengths written in a text. Returns the total (undefined when
 * there is none) and the text left over; undefined when a number is unreadable.
 */
function readLengths(text: string): { minutes: number | undefined; rest: string } | undefined {
  let total: number | undefined;
  for (const match of text.matchAll(LENGTH)) {
    const count = match[1] === undefined ? 0 : parseDecimal(match[1]);
    const unit = UNIT_MINUTES.find(([pattern]) => pattern.test(match[4]));
    if (count === undefined || unit === undefined) {
      return undefined;
    }

    const half = match[2] !== undefined || match[3] !== undefined ? 0.5 : 0;
    total = (total ?? 0) + (count + half) * unit[1];
  }

  const rest = text.replace(LENGTH, ' ');
  return { minutes: total === undefined ? undefined : roundMinutes(total), rest };
}

function parseDecimal(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text) : parseChineseNumber(text);
}

/** Removes floating-point noise such as 0.3 × 60 = 17.999999999999996. */
function roundMinutes(minutes: number): number {
  return Math.round(minutes * 1e6) / 1e6;
}
