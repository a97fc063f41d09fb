import type ExcelJS from 'exceljs';

interface MergeIndex {
  _merges: Record<string, unknown>;
}

/**
 * Merges a block of cells that the caller knows overlaps no earlier merge.
 *
 * exceljs 4.4's `mergeCells` checks a new merge against every merge already
 * on the sheet, so a report with tens of thousands of merged cells takes
 * quadratic time. The report's merges come from a grid the renderer lays out
 * itself and never overlap, so the check runs against an empty index and the
 * new entry is added back to the sheet's index afterwards.
 * NOTE: this relies on exceljs keeping its merge index in `_merges`
 * (true for 4.4.0); the tests read the merges back from a written workbook.
 */
export function mergeDisjoint(worksheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  const sheet = worksheet as unknown as MergeIndex;
  const index = sheet._merges;
  if (typeof index !== 'object' || index === null) {
    worksheet.mergeCells(top, left, bottom, right);
    return;
  }

  sheet._merges = {};
  try {
    worksheet.mergeCells(top, left, bottom, right);
  } finally {
    Object.assign(index, sheet._merges);
    sheet._merges = index;
  }
}
