import type { TableCell } from '../document';

/** Rows and columns a cell spans, each a whole number of at least 1. */
export interface CellSpan {
  rows: number;
  columns: number;
}

/**
 * Reads a cell's spans, treating a missing, fractional or non-positive span
 * as 1 so a renderer never writes a span the grid cannot hold.
 *
 * Example: `cellSpanOf({ text: '基本信息', colSpan: 4 })` returns `{ rows: 1, columns: 4 }`.
 */
export function cellSpanOf(cell: TableCell): CellSpan {
  return { rows: wholeSpan(cell.rowSpan), columns: wholeSpan(cell.colSpan) };
}

function wholeSpan(span: number | undefined): number {
  return span !== undefined && Number.isInteger(span) && span > 1 ? span : 1;
}
