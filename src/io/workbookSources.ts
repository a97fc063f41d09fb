import ExcelJS from 'exceljs';
import type { CellValue, Source } from '../model/sources/source';

/** Days from 1899-12-30 (1900 system) and 1904-01-01 (1904 system) to the Unix epoch. */
const EPOCH_OFFSET_DAYS = { date1900: 25569, date1904: 24107 };
const MS_PER_DAY = 86_400_000;

/**
 * Turns every worksheet of an exceljs workbook into a source shaped as
 * Office.js would pass it: dates as serial numbers, empty cells as "",
 * formula cells as their cached result, rich text as plain text.
 */
export function workbookSources(workbook: ExcelJS.Workbook, fileName: string): Source[] {
  const date1904 = Boolean(workbook.properties?.date1904);
  const sources: Source[] = [];
  workbook.eachSheet((worksheet) => {
    sources.push(worksheetSource(worksheet, fileName, date1904));
  });
  return sources;
}

function worksheetSource(worksheet: ExcelJS.Worksheet, fileName: string, date1904: boolean): Source {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];

  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber++) {
    const row = worksheet.getRow(rowNumber);
    if (row.hidden) {
      hiddenRows.push(rowNumber - 1);
    }
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let columnNumber = 1; columnNumber <= columnCount; columnNumber++) {
      const cell = row.getCell(columnNumber);
      const value = toCellValue(cell.value, date1904);
      rowValues.push(value);
      rowFormats.push(numberFormatOf(cell));
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }

  return {
    origin: { file: fileName, sheet: worksheet.name, topLeft: 'A1' },
    values,
    numberFormats,
    date1904,
    merges: mergesOf(worksheet),
    hiddenRows,
  };
}

/**
 * exceljs reports built-in format 14 as 'mm-dd-yy', its en-US rendering;
 * zh-CN Excel shows that format as 2022/11/20, so the report does too.
 */
function numberFormatOf(cell: ExcelJS.Cell): string {
  if (cell.numFmt === 'mm-dd-yy') {
    return 'yyyy/m/d';
  }
  return cell.numFmt || (cell.value instanceof Date ? 'yyyy/m/d' : 'General');
}

/** Converts an exceljs cell value to the scalar Excel would show. */
export function toCellValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) {
    return dateToSerial(value, date1904);
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('error' in value) {
    return String(value.error);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? '' : toCellValue(result as ExcelJS.CellValue, date1904);
  }
  if ('text' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text;
    return typeof text === 'string' ? text : toCellValue(text as ExcelJS.CellValue, date1904);
  }
  return '';
}

/**
 * exceljs reads date cells as UTC instants of the calendar day and time, so
 * the serial is recovered without any local time zone.
 */
function dateToSerial(date: Date, date1904: boolean): number {
  const offset = date1904 ? EPOCH_OFFSET_DAYS.date1904 : EPOCH_OFFSET_DAYS.date1900;
  const serial = date.getTime() / MS_PER_DAY + offset;
  return Math.round(serial * MS_PER_DAY / 1000) / (MS_PER_DAY / 1000);
}

function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const model = worksheet.model as { merges?: string[] };
  return model.merges ?? [];
}
