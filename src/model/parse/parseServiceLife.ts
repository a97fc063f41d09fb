import type { CellValue } from '../sources/source';
import { CHINESE_NUMBER_PATTERN, parseChineseNumber } from './chineseNumber';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { fail, ok, Parsed } from './parsed';

/** The usual service life of a piece of equipment, in years; a single value has min = max. */
export interface ServiceLife {
  minYears: number;
  maxYears: number;
}

const YEARS = String.raw`(\d+(?:\.\d+)?|${CHINESE_NUMBER_PATTERN})`;

/** 3年, 3 年, 三年, 十年, 3-5 年, 3~5年, 3至5年, 3年-5年, and bare numbers. */
const LIFE_TEXT = new RegExp(String.raw`^${YEARS}\s*年?\s*(?:(?:-+|~+|—+|–|至|到)\s*${YEARS}\s*年?)?$`);

const UNKNOWN_WORDS = new Set(['未知', '不详', '不确定']);

/**
 * Reads a service life. Placeholders (——, /, ---) and blank cells give null,
 * meaning unknown. A range whose bounds are reversed or not positive gives
 * `life.invalid`.
 *
 * @example parseServiceLife('3-5 年') → ok({ minYears: 3, maxYears: 5 })
 */
export function parseServiceLife(value: CellValue | null | undefined): Parsed<ServiceLife | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return toLife(value, value, value);
  }
  if (typeof value === 'boolean') {
    return fail('life.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text) || UNKNOWN_WORDS.has(text)) {
    return ok(null);
  }

  const match = LIFE_TEXT.exec(text);
  if (!match) {
    return fail('life.invalid', value);
  }
  const minYears = readYears(match[1]);
  const maxYears = match[2] === undefined ? minYears : readYears(match[2]);
  return toLife(minYears, maxYears, value);
}

function readYears(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text) : parseChineseNumber(text);
}

function toLife(minYears: number | undefined, maxYears: number | undefined, input: CellValue): Parsed<ServiceLife | null> {
  if (minYears === undefined || maxYears === undefined) {
    return fail('life.invalid', input);
  }
  const valid = Number.isFinite(minYears) && Number.isFinite(maxYears) && minYears > 0 && minYears <= maxYears && maxYears <= 100;
  return valid ? ok({ minYears, maxYears }) : fail('life.invalid', input);
}
