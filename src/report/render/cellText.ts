/** Maximum length of the text in an Excel cell. */
export const EXCEL_MAX_CELL_TEXT = 32767;

/** Control characters that XML 1.0 forbids; a workbook containing them does not open. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Makes text safe to store in a worksheet cell: removes characters XML 1.0
 * forbids and cuts the text at Excel's cell limit of 32,767 characters.
 *
 * Example: `toCellText('a\u0000b')` returns `'ab'`.
 */
export function toCellText(text: string): string {
  return text.replace(XML_INVALID, '').slice(0, EXCEL_MAX_CELL_TEXT);
}
