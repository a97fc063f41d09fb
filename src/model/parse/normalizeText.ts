import type { CellValue } from '../sources/source';

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** Dashes and waves that NFKC leaves alone but users type for "-" or "~". */
const WAVE_DASH = /[\u301C\u2053]/g;

/**
 * Folds full-width digits, letters, spaces, colons and brackets to their
 * ASCII forms (Unicode NFKC), trims, and collapses whitespace runs to one space.
 *
 * @example normalizeText('　２０２２年１１月３日　１０：３０ ') → '2022年11月3日 10:30'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(WAVE_DASH, '~')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tells whether a cell is empty: null, undefined, "" or only whitespace. */
export function isBlank(value: CellValue | null | undefined): boolean {
  if (value === null || value === undefined) {
    return true;
  }
  return typeof value === 'string' && normalizeText(value) === '';
}

/** Runs of dashes, slashes, dots or underscores, such as ——, ---, /, -, …. */
const PLACEHOLDER_MARKS = /^[-‐‑‒–—―─━_~/\\.。·…、 ]+$/;

const PLACEHOLDER_WORDS = new Set(['无', '暂无', '没有', '空', '未知', '不详', 'n/a', 'na', 'null', 'none']);

/**
 * Tells whether a text is a "nothing here" mark: ——, ---, --, -, /, 无,
 * 暂无, 不详, 未知, N/A and similar. The text is normalized first.
 *
 * @example isPlaceholder('——') → true; isPlaceholder('0') → false
 */
export function isPlaceholder(text: string): boolean {
  const normalized = normalizeText(text);
  if (normalized === '') {
    return false;
  }
  return PLACEHOLDER_MARKS.test(normalized) || PLACEHOLDER_WORDS.has(normalized.toLowerCase());
}

const ERROR_VALUES = new Set([
  '#DIV/0!',
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/**
 * Tells whether a cell contains an Excel error value, which Office.js hands over
 * as its text. A user who types "#N/A" as text cannot be told apart.
 *
 * @example isErrorValue('#DIV/0!') → true
 */
export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUES.has(value.trim().toUpperCase());
}
