import type { CellValue } from '../sources/source';
import { CalendarDate, endOfPeriod } from './calendarDate';
import type { DateContext } from './dateContext';
import { DateMatch, findDates } from './findDates';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { parseDate } from './parseDate';
import { fail, ok, Parsed } from './parsed';

/** A status word in a maintenance cell. */
export type MaintenanceStatus = 'expired' | 'noVendor' | 'leased' | 'underConstruction';

/** The content of a 维保情况 cell: vendor, period, status words and a bracketed note. */
export interface Maintenance {
  vendor?: string;
  /** Start of the period as written (a month means its first day). */
  start?: CalendarDate;
  /** End of the period as its last day: 2022-09 gives 2022-09-30. */
  end?: CalendarDate;
  /** The end as written, with its precision (month for 2022-09). */
  endAsWritten?: CalendarDate;
  statuses: MaintenanceStatus[];
  note?: string;
}

/** Status words, longest first so that 已过维保 is not read as 过保 plus leftovers. */
const STATUS_WORDS: Array<[string, MaintenanceStatus]> = [
  ['无维保服务商', 'noVendor'],
  ['已过保修期', 'expired'],
  ['正在建设中', 'underConstruction'],
  ['已过维保', 'expired'],
  ['无维保商', 'noVendor'],
  ['无服务商', 'noVendor'],
  ['正在建设', 'underConstruction'],
  ['已过保', 'expired'],
  ['已到期', 'expired'],
  ['已过期', 'expired'],
  ['无厂商', 'noVendor'],
  ['建设中', 'underConstruction'],
  ['过保', 'expired'],
  ['租用', 'leased'],
  ['租赁', 'leased'],
];

/** 到保 (the warranty ran out): a status alone, the end of the period next to a date. */
const DUE_WORD = '到保';

const STATUS_PATTERN = new RegExp(STATUS_WORDS.map(([word]) => word).join('|'), 'g');

/** Placeholder for a date taken out of the text, so that separators around it can go too. */
const DATE_MARK = '\u0000';

/** A date mark with the range separators and end words around it: 至, --, ~, 到期, 止. */
const DATE_WITH_SEPARATORS = /[\s,;、]*(?:-+|~+|—+|–+|至|到|起)?\s*\u0000\s*(?:到期|截止|止)?/g;

const FILLER_WORDS = /维保期|保修期|服务期|维保|保修|截止|截至|到期/g;

const EDGE_PUNCTUATION = /^[\s,;、:.。·-]+|[\s,;、:.。·-]+$/g;

/**
 * Reads a 维保情况 cell. Examples: 齐普生 2022/10/1 (vendor, end); 启明星辰
 * 2022-09 (end 2022-09-30); 2022年9月26日至2015年9月26日 (start and end as
 * written, even when reversed, so the caller can flag it); 2022. 11-- 2015. 11;
 * 租用 2022/9/1 (leased); 已过保, 无服务商; 希尔科技(已过保, 无备品备件) (vendor,
 * expired, note 无备品备件); 正在建设中; a bare date or a serial date cell (end).
 * 到保 alone means expired. Next to a date (2015年9月到保) it only marks that
 * date as the end, so the caller judges expiry against the report month and a
 * future 2026年9月到保 does not read as expired.
 * Blank cells and placeholders give null. Digits that form no date give
 * `maintenance.invalid`; a year outside 1950–2100 gives `date.outOfRange`.
 *
 * @example parseMaintenance('启明星辰 2022-09') → ok({ vendor: '启明星辰', end: 2022-09-30, statuses: [] })
 */
export function parseMaintenance(value: CellValue | null | undefined, context: DateContext = {}): Parsed<Maintenance | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return parseSerial(value, context);
  }
  if (typeof value === 'boolean') {
    return fail('maintenance.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text)) {
    return ok(null);
  }
  return parseText(text, value, context);
}

function parseSerial(value: number, context: DateContext): Parsed<Maintenance | null> {
  const date = parseDate(value, context);
  if (!date.ok) {
    return date.issue.code === 'date.outOfRange' ? date : fail('maintenance.invalid', value);
  }
  if (date.value === null) {
    return ok(null);
  }
  return ok({ end: endOfPeriod(date.value), endAsWritten: date.value, statuses: [] });
}

function parseText(text: string, input: string, context: DateContext): Parsed<Maintenance | null> {
  const { outside, notes } = splitBrackets(text);
  const statuses = new Set<MaintenanceStatus>();
  const main = takeStatuses(outside, statuses);
  const noteTexts = notes.map((note) => takeStatuses(note, statuses));
  const hasDueWord = main.includes(DUE_WORD) || noteTexts.some((note) => note.includes(DUE_WORD));
  const notesLeft = noteTexts.map((note) => trimPunctuation(note.split(DUE_WORD).join(' '))).filter(Boolean);
  const withoutDueWord = main.split(DUE_WORD).join(' ');

  const dates = findDates(withoutDueWord, context);
  const failed = dates.find((match) => !match.reading.ok);
  if (failed && !failed.reading.ok) {
    return failed.reading.code === 'date.outOfRange' ? fail('date.outOfRange', input, failed.reading.detail) : fail('maintenance.invalid', input);
  }
  if (dates.length > 2) {
    return fail('maintenance.invalid', input);
  }

  const vendor = leftoverText(withoutDueWord, dates);
  if (/\d/.test(vendor)) {
    return fail('maintenance.invalid', input);
  }
  if (hasDueWord && dates.length === 0) {
    statuses.add('expired');
  }

  const maintenance = assemble(vendor, dates, [...statuses], notesLeft);
  return maintenance ? ok(maintenance) : fail('maintenance.invalid', input);
}

/** Splits off bracketed notes: 希尔科技(已过保, 无备品备件) → 希尔科技 and 已过保, 无备品备件. */
function splitBrackets(text: string): { outside: string; notes: string[] } {
  const notes: string[] = [];
  const outside = text.replace(/\(([^()]*)\)?/g, (_whole, note: string) => {
    notes.push(note);
    return ' ';
  });
  return { outside, notes };
}

function takeStatuses(text: string, statuses: Set<MaintenanceStatus>): string {
  return text.replace(STATUS_PATTERN, (word) => {
    const status = STATUS_WORDS.find(([candidate]) => candidate === word);
    if (status) {
      statuses.add(status[1]);
    }
    return ' ';
  });
}

/** Removes dates, their separators and filler words, and returns the rest: the vendor, or ''. */
function leftoverText(text: string, dates: DateMatch[]): string {
  let marked = '';
  let position = 0;
  for (const date of dates) {
    marked += text.slice(position, date.index) + DATE_MARK;
    position = date.index + date.text.length;
  }
  marked += text.slice(position);

  const rest = marked.replace(DATE_WITH_SEPARATORS, ' ').replace(FILLER_WORDS, ' ');
  return trimPunctuation(rest.replace(/\s+/g, ' '));
}

function trimPunctuation(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '').trim();
}

function assemble(vendor: string, dates: DateMatch[], statuses: MaintenanceStatus[], notes: string[]): Maintenance | undefined {
  const readings = dates.map((match) => (match.reading.ok ? match.reading.date : undefined)).filter(isDate);
  const maintenance: Maintenance = { statuses };
  if (vendor !== '') {
    maintenance.vendor = vendor;
  }
  if (readings.length === 2) {
    maintenance.start = readings[0];
  }
  const endWritten = readings[readings.length - 1];
  if (endWritten) {
    maintenance.end = endOfPeriod(endWritten);
    maintenance.endAsWritten = endWritten;
  }
  if (notes.length > 0) {
    maintenance.note = notes.join('；');
  }

  const empty = maintenance.vendor === undefined && endWritten === undefined && statuses.length === 0 && notes.length === 0;
  return empty ? undefined : maintenance;
}

function isDate(date: CalendarDate | undefined): date is CalendarDate {
  return date !== undefined;
}
