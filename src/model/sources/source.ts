import type { SourceRole } from './roles';

/**
 * A scalar cell value as Excel hands it to an add-in: numbers (dates arrive as
 * serial numbers), strings (an empty cell is ""), booleans. Error values arrive
 * as their text, for example "#DIV/0!".
 */
export type CellValue = string | number | boolean;

/** Where a source sheet came from. */
export interface SourceOrigin {
  /** File name as the user knows it, e.g. `网络部.xlsx`, or the open workbook's name. */
  file: string;
  sheet: string;
  /** A1 address of the top-left cell of `values`, e.g. "A1". */
  topLeft: string;
}

/**
 * One worksheet's used range, shaped exactly as Office.js `Range.values`
 * returns it, plus what is needed to interpret it.
 */
export interface Source {
  origin: SourceOrigin;
  values: CellValue[][];
  /** Number format codes per cell, same shape as `values`, where known. */
  numberFormats?: string[][];
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
  /** Merged areas as A1 ranges (e.g. "A4:A10"), where known. */
  merges?: string[];
  /** Indexes into `values` of rows hidden in Excel, where known; they are read like the others. */
  hiddenRows?: number[];
  /**
   * Role the user chose in the task pane. Recognition then tries only this
   * role's header titles; a sheet whose header does not fit it stays unrecognised.
   */
  roleOverride?: SourceRole;
}
