import type ExcelJS from 'exceljs';
import { toCellText } from './cellText';
import { estimateLineCount } from './textWidth';
import { mergeDisjoint } from './mergeDisjoint';

/**
 * The report worksheet's one column grid. Every block spans the full grid,
 * and each table's columns are mapped onto grid columns in proportion to
 * their widths (merging horizontally), so tables with 4 and with 12 columns
 * both fill the printed width. The grid is `MIN_GRID_COLUMNS` columns, or
 * more when a table has more columns, and `GRID_WIDTH_PIXELS` wide in total,
 * which fits the width of A4 portrait between 1.5 cm margins at 100 % scale.
 */
export const MIN_GRID_COLUMNS = 48;
export const GRID_WIDTH_PIXELS = 680;

export const FONT_NAME = '宋体';
export const BODY_FONT_SIZE = 12;
export const TABLE_FONT_SIZE = 10.5;
export const HEADING_FONT_SIZES: Record<1 | 2 | 3, number> = { 1: 16, 2: 14, 3: 12 };

/**
 * Width of the widest digit in the workbook's default font (Calibri 11), in pixels.
 * NOTE: a viewer without Calibri or Carlito measures with its fallback font.
 * LibreOffice 7.4 with DejaVu Sans drew columns about 1.33 times wider, and
 * the fit-to-width print setting then scales the page down.
 */
export const MAX_DIGIT_WIDTH = 7;

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/** Line height as a multiple of the font size, and padding per row, in points. */
const LINE_HEIGHT_FACTOR = 1.4;
const ROW_PADDING = 6;

/** Inner padding Excel leaves on each side of cell text, in pixels. */
const CELL_PADDING_PIXELS = 4;

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FF000000' } },
  left: { style: 'thin', color: { argb: 'FF000000' } },
  bottom: { style: 'thin', color: { argb: 'FF000000' } },
  right: { style: 'thin', color: { argb: 'FF000000' } },
};

/** Position of the next block on the worksheet, and the grid the blocks are laid on. */
export interface SheetLayout {
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  gridColumns: number;
  /** Width of one grid column in Excel character units. */
  columnWidth: number;
  /** 1-based row number of the next free row. */
  nextRow: number;
}

/**
 * Returns the pixel width of a column whose stored width is `width`. The
 * stored OOXML width already includes Excel's 5 px padding, so it is the
 * pixel width divided by the maximum digit width, 7 px for Calibri 11.
 */
export function columnPixels(width: number): number {
  return width * MAX_DIGIT_WIDTH;
}

/** Returns the pixel width of `count` grid columns, less the cell padding. */
export function spanTextPixels(layout: SheetLayout, count: number): number {
  return count * columnPixels(layout.columnWidth) - 2 * CELL_PADDING_PIXELS;
}

/** Returns the row height in points that fits `lines` lines of a font of `fontSize` points. */
export function rowHeightForLines(lines: number, fontSize: number): number {
  return Math.min(lines * fontSize * LINE_HEIGHT_FACTOR + ROW_PADDING, MAX_ROW_HEIGHT);
}

export function fontOf(size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
}

/**
 * Writes text across the full grid width on the next row, merged and
 * wrapped, with a row height estimated from the text. Returns the row written.
 *
 * Example: `writeFullWidthText(layout, '一、本月关键信息摘要', { font: fontOf(16, { bold: true }) })`.
 */
export function writeFullWidthText(
  layout: SheetLayout,
  text: string,
  style: { font: Partial<ExcelJS.Font>; horizontal?: 'left' | 'center' | 'right'; indent?: number; minHeight?: number },
): ExcelJS.Row {
  const row = layout.worksheet.getRow(layout.nextRow);
  const cell = row.getCell(1);

  cell.value = toCellText(text);
  cell.font = style.font;
  cell.alignment = { horizontal: style.horizontal ?? 'left', vertical: 'middle', wrapText: true, indent: style.indent };
  mergeDisjoint(layout.worksheet, layout.nextRow, 1, layout.nextRow, layout.gridColumns);

  const fontSize = style.font.size ?? BODY_FONT_SIZE;
  const indentPixels = (style.indent ?? 0) * 10;
  const lines = estimateLineCount(text, fontSize, spanTextPixels(layout, layout.gridColumns) - indentPixels);
  row.height = Math.max(rowHeightForLines(lines, fontSize), style.minHeight ?? 0);

  layout.nextRow += 1;
  return row;
}

/** Leaves an empty row of the given height, in points. */
export function writeSpacer(layout: SheetLayout, height: number): void {
  layout.worksheet.getRow(layout.nextRow).height = Math.min(height, MAX_ROW_HEIGHT);
  layout.nextRow += 1;
}
