/** One cell the generator writes: a value exceljs accepts and, for numbers and dates, its number format. */
export interface GeneratedCell {
  /** A Date is a calendar date and time written as UTC, as exceljs expects. */
  value: string | number | Date | null;
  numFmt?: string;
}

/** A worksheet as the generator lays it out before exceljs writes it. */
export interface GeneratedSheet {
  name: string;
  /** Rows from A1, including titles and the header. */
  rows: GeneratedCell[][];
  /** Merged areas as A1 ranges, e.g. "A1:G1". */
  merges: string[];
}

/** Days between 1899-12-30 (Excel's 1900-system day 0) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** The calendar date and time as a UTC Date, the form exceljs writes as a date cell. */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/**
 * Converts a generated cell to the value Excel passes to an add-in: dates as
 * 1900-system serial numbers, empty cells as "".
 *
 * Example: `officeValue({ value: utcDate(2022, 11, 3) })` returns 44868.
 */
export function officeValue(cell: GeneratedCell): string | number {
  if (cell.value === null) {
    return '';
  }
  if (cell.value instanceof Date) {
    return cell.value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
  }
  return cell.value;
}

/** A text or number cell without a format. */
export function plain(value: string | number | null): GeneratedCell {
  return { value };
}
