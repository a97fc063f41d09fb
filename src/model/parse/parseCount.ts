import type { CellValue } from '../sources/source';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { isPercentFormat } from './numberFormat';
import { fail, ok, Parsed } from './parsed';

/** A typed figure, with the note written after it and whether it was a percentage. */
export interface Count {
  value: number;
  note?: string;
  /** True for 85% or a percent-formatted number; `value` is then 85, not 0.85. */
  percent?: boolean;
}

/** Settings a count parser uses besides the cell value. */
export interface CountContext {
  /** The cell's number format; a percent format makes 0.85 read as 85%. */
  numberFormat?: string;
}

/** A number with an optional %, unit and bracketed note: 2, 85%, 2次, 2（IDC 部、网络部）. */
const COUNT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(%)?\s*(?:[次个件台起项单人份])?\s*(?:\((.*)\))?$/;

const ZERO_WORDS = new Set(['无', '没有', '零']);

/**
 * Reads a figure such as 本月值 or 累计值. The note after a number, as in
 * 2（网站平台部）, is kept. Blank cells and placeholders such as —— give null,
 * while 无 and 没有 give 0 because in a figure column they mean "none happened".
 * Error values give `cell.error`; other text gives `number.invalid`.
 *
 * @example parseCount('2（IDC 部、网络部）') → ok({ value: 2, note: 'IDC 部、网络部' })
 */
export function parseCount(value: CellValue | null | undefined, context: CountContext = {}): Parsed<Count | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return parseNumber(value, context);
  }
  if (typeof value === 'boolean') {
    return fail('number.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (ZERO_WORDS.has(text)) {
    return ok({ value: 0 });
  }
  if (isPlaceholder(text)) {
    return ok(null);
  }
  return parseText(text, value);
}

function parseNumber(value: number, context: CountContext): Parsed<Count | null> {
  if (!Number.isFinite(value)) {
    return fail('number.invalid', value);
  }
  if (!isPercentFormat(context.numberFormat)) {
    return ok({ value });
  }
  const percent = Math.round(value * 100 * 1e6) / 1e6;
  return Number.isFinite(percent) ? ok({ value: percent, percent: true }) : fail('number.invalid', value);
}

function parseText(text: string, input: string): Parsed<Count | null> {
  const match = COUNT_TEXT.exec(text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, ''));
  if (!match) {
    return fail('number.invalid', input);
  }

  const amount = Number(match[1]);
  if (!Number.isFinite(amount)) {
    return fail('number.invalid', input);
  }
  const count: Count = { value: amount };
  if (match[2] !== undefined) {
    count.percent = true;
  }
  const note = match[3]?.trim();
  if (note) {
    count.note = note;
  }
  return ok(count);
}
