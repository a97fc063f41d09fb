import type { Settings } from '../../model/settings';
import type { CellValue } from '../../model/sources/source';
import { columnLetters } from '../../model/sources/address';
import { SETTINGS_COLUMNS, settingsToRows } from '../settingsRows';

/** The settings sheet the pane keeps; it is configuration, never a source. */
export const SETTINGS_SHEET_NAME = 'ITSM设置';

/** Column widths of the settings sheet in points: label, value, note. */
const COLUMN_WIDTHS = [180, 150, 330];

/**
 * Reads the values of the ITSM设置 sheet in two syncs: one to learn whether
 * the sheet exists, one for its used range. Returns null when the sheet is
 * missing or empty.
 *
 * Example: `await Excel.run((context) => readSettingsSheet(context))` returns `[['ITSM 月报设置…'], …]`.
 */
export async function readSettingsSheet(
  context: Excel.RequestContext
): Promise<CellValue[][] | null> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);

  await context.sync();

  if (worksheet.isNullObject) return null;
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('values');

  await context.sync();

  return used.isNullObject ? null : (used.values as CellValue[][]);
}

/**
 * Creates the ITSM设置 sheet filled with `settings`, in two syncs. Returns
 * 'exists' and changes nothing when the sheet is already there; no other
 * sheet is written. Text cells get the text format first, so a rule keyword
 * beginning with = stays text.
 *
 * Example: `await Excel.run((context) => createSettingsSheet(context, defaultSettings()))` returns 'created'.
 */
export async function createSettingsSheet(
  context: Excel.RequestContext,
  settings: Settings
): Promise<'created' | 'exists'> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);

  await context.sync();

  if (!existing.isNullObject) return 'exists';

  const rows = settingsToRows(settings);
  const worksheet = worksheets.add(SETTINGS_SHEET_NAME);
  const lastColumn = columnLetters(SETTINGS_COLUMNS - 1);
  const range = worksheet.getRange(`A1:${lastColumn}${rows.length}`);
  range.numberFormat = rows.map((row) =>
    row.map((value) => (typeof value === 'number' ? 'General' : '@'))
  );
  range.values = rows;
  COLUMN_WIDTHS.forEach((width, column) => {
    worksheet.getRange(`${columnLetters(column)}1`).format.columnWidth = width;
  });
  worksheet.getRange(`A1:${lastColumn}1`).format.font.bold = true;
  worksheet.activate();

  await context.sync();

  return 'created';
}
