/** Settings a date parser uses besides the cell value. */
export interface DateContext {
  /** Year for dates written without one (11月3日): the year of the sheet title or of the report month. */
  defaultYear?: number;
  /** True when the workbook uses the 1904 date system. */
  date1904?: boolean;
  /** The cell's number format code, used to tell a serial date from a plain number. */
  numberFormat?: string;
  /** Reads every number as a serial date, for columns known to hold dates. */
  treatNumbersAsSerials?: boolean;
  /** Adds a `date.yearAssumed` warning whenever `defaultYear` fills in a missing year. */
  warnAssumedYear?: boolean;
}

/** Earliest and latest plausible years; dates outside give `date.outOfRange`. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
