import type { CellValue, Source } from '../../model/sources/source';
import { splitAreas, topLeftOf } from './rangeAddress';

/** Syncs readWorkbookSources makes, whatever the number of sheets or cells. */
export const READ_SYNCS = 2;

export interface ReadOptions {
  /** Name shown as the sources' file, e.g. the open workbook's name. */
  workbookName: string;
  /**
   * True when the host supports `Workbook.use1904DateSystem` (ExcelApi 1.16).
   * Where it does not, loading the property would fail the whole batch, so
   * the 1900 date system is assumed.
   */
  can1904: boolean;
}

interface QueuedSheet {
  name: string;
  used: Excel.Range;
  merges: Excel.RangeAreas;
}

/**
 * Reads every worksheet's used range (values, number formats, address) and
 * merged areas in two syncs: one for the sheet list, one for all the data.
 * Empty sheets give no source. Sources start at the used range's top-left
 * cell, which may be C3 rather than A1.
 *
 * Example: `await Excel.run((context) => readWorkbookSources(context, { workbookName: '月报素材.xlsx', can1904: true }))`.
 */
export async function readWorkbookSources(
  context: Excel.RequestContext,
  options: ReadOptions
): Promise<Source[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');

  await context.sync();

  const queued = worksheets.items.map((worksheet) => queueSheet(worksheet));
  const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  if (options.can1904) workbook.load('use1904DateSystem');

  await context.sync();

  const date1904 = options.can1904 && workbook.use1904DateSystem === true;
  return queued.flatMap((sheet) => toSource(sheet, options.workbookName, date1904));
}

function queueSheet(worksheet: Excel.Worksheet): QueuedSheet {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load(['values', 'numberFormat', 'address']);

  // Merges are asked of the whole sheet, because a method called on a null used range would fail the batch.
  const merges = worksheet.getRange().getMergedAreasOrNullObject();
  merges.load('address');

  return { name: worksheet.name, used, merges };
}

function toSource(sheet: QueuedSheet, workbookName: string, date1904: boolean): Source[] {
  if (sheet.used.isNullObject) return [];

  return [
    {
      origin: { file: workbookName, sheet: sheet.name, topLeft: topLeftOf(sheet.used.address) },
      values: sheet.used.values as CellValue[][],
      numberFormats: sheet.used.numberFormat as string[][],
      date1904,
      merges: sheet.merges.isNullObject ? [] : splitAreas(sheet.merges.address),
    },
  ];
}
