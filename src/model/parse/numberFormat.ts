/**
 * Reading Excel number format codes: whether a number cell shows a date, a
 * time of day or a percentage. Office.js returns codes such as
 * 'yyyy"年"m"月"d"日"'; some sources pass a built-in format id ('14', '31')
 * or a category name ('Date', '日期') instead, and both are accepted.
 */

/** Built-in ids that show dates, including the zh-CN ids 27–36 and 50–58. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Built-in ids that show a time of day (zh-CN 32–35 are 'h"时"mm"分"' and relatives; 55–56 use 上午/下午). */
const TIME_FORMAT_IDS = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56]);

const PERCENT_FORMAT_IDS = new Set([9, 10]);

const DATE_CATEGORY_NAMES = new Set(['date', 'short date', 'long date', '日期', '短日期', '长日期']);
const TIME_CATEGORY_NAMES = new Set(['time', '时间']);
const PERCENT_CATEGORY_NAMES = new Set(['percentage', 'percent', '百分比']);

/**
 * Removes the parts of a format code that never mean a date or time: quoted
 * literals, backslash escapes, padding, locale and colour brackets, the word
 * General and AM/PM markers. Elapsed-time brackets ([h], [mm], [ss]) become
 * plain letters.
 */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .replace(/am\/pm|a\/p|上午\/下午/gi, '')
    .toLowerCase();
}

function builtInId(format: string): number | undefined {
  return /^\d+$/.test(format.trim()) ? Number(format.trim()) : undefined;
}

/**
 * Tells whether a number format shows a calendar date (with or without a time).
 *
 * @example isDateFormat('yyyy"年"m"月"d"日"') → true; isDateFormat('0.00') → false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) {
    return false;
  }
  const id = builtInId(format);
  if (id !== undefined) {
    return DATE_FORMAT_IDS.has(id);
  }
  if (DATE_CATEGORY_NAMES.has(format.trim().toLowerCase())) {
    return true;
  }

  const tokens = formatTokens(format);
  if (/[yd]/.test(tokens)) {
    return true;
  }
  // A lone month code ('mmmm') is a date; next to h or s, m means minutes.
  return /m/.test(tokens) && !/[hs]/.test(tokens);
}

/**
 * Tells whether a number format shows only a time of day or an elapsed time.
 *
 * @example isTimeFormat('h:mm') → true; isTimeFormat('[h]:mm') → true
 */
export function isTimeFormat(format: string | undefined): boolean {
  if (!format) {
    return false;
  }
  const id = builtInId(format);
  if (id !== undefined) {
    return TIME_FORMAT_IDS.has(id);
  }
  if (TIME_CATEGORY_NAMES.has(format.trim().toLowerCase())) {
    return true;
  }

  const tokens = formatTokens(format);
  return /[hs]/.test(tokens) && !/[yd]/.test(tokens);
}

/**
 * Tells whether a number format shows a percentage, so the cell contains 0.9 for 90%.
 *
 * @example isPercentFormat('0.00%') → true
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) {
    return false;
  }
  const id = builtInId(format);
  if (id !== undefined) {
    return PERCENT_FORMAT_IDS.has(id);
  }
  if (PERCENT_CATEGORY_NAMES.has(format.trim().toLowerCase())) {
    return true;
  }
  return formatTokens(format).includes('%');
}
