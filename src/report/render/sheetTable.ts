import type ExcelJS from 'exceljs';
import type { ReportTable, TableCell } from '../document';
import { alignmentOf } from './cellAlignment';
import { cellSpanOf } from './cellSpan';
import { toCellText } from './cellText';
import { allocateGridColumns, gridColumnStarts } from './gridColumns';
import { estimateLineCount } from './textWidth';
import {
  BODY_FONT_SIZE,
  TABLE_FONT_SIZE,
  THIN_BORDER,
  fontOf,
  rowHeightForLines,
  solidFill,
  spanTextPixels,
  writeFullWidthText,
  type SheetLayout,
} from './sheetLayout';
import { HEADER_FILL, toneColours } from './tones';
import { mergeDisjoint } from './mergeDisjoint';

/** Grid columns a table occupies: its first (0-based) and how many. */
export interface GridPlacement {
  firstColumn: number;
  columnCount: number;
}

interface GridRow {
  cells: TableCell[];
  isHeader: boolean;
  isTotal: boolean;
}

/** A non-covered cell placed on the worksheet grid (rows and columns 1-based). */
interface PlacedCell {
  cell: TableCell;
  isHeader: boolean;
  isTotal: boolean;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Writes a report table at the layout's next row: an optional bold caption,
 * then header and body rows. Each table column covers a proportional share
 * of the placement's grid columns, so every cell is a horizontal merge, and
 * spans add further merges. Every grid cell of the table gets a thin
 * border, covered ones included. Header rows are bold on a grey fill, tones
 * become fills, and cells with `number` store the number. Row heights are
 * estimated from the text, because Excel does not auto-fit merged cells.
 *
 * Example: `writeTable(layout, servicesTable)` writes the 业务名称 table and moves `layout.nextRow` below it.
 */
export function writeTable(layout: SheetLayout, table: ReportTable, caption?: string, placement?: GridPlacement): void {
  const area = placement ?? { firstColumn: 0, columnCount: layout.gridColumns };

  if (caption !== undefined && caption !== '') {
    writeFullWidthText(layout, caption, { font: fontOf(BODY_FONT_SIZE, { bold: true }) });
  }

  const rows = collectRows(table);
  const columnCount = table.columns.length;
  if (rows.length === 0 || columnCount === 0) return;

  const starts = gridColumnStarts(allocateGridColumns(table.columns.map((column) => column.width), area.columnCount));
  const firstRow = layout.nextRow;
  const lastRow = firstRow + rows.length - 1;
  const gridLeft = area.firstColumn + 1;

  const placed = placeCells(rows, columnCount, starts, firstRow, lastRow, gridLeft);
  drawGridCells(layout.worksheet, rows, firstRow, gridLeft, gridLeft + area.columnCount - 1);
  placed.forEach((cell) => writeAnchor(layout.worksheet, cell));
  mergeAnchors(layout.worksheet, placed);
  setRowHeights(layout, placed, firstRow, lastRow);

  layout.nextRow = lastRow + 1;
}

function collectRows(table: ReportTable): GridRow[] {
  const header = table.headerRows.map((cells) => ({ cells, isHeader: true, isTotal: false }));
  const lastIndex = table.rows.length - 1;
  const body = table.rows.map((cells, index) => ({ cells, isHeader: false, isTotal: table.totalRow === true && index === lastIndex }));
  return [...header, ...body];
}

/** Places every non-covered cell on the grid, clamping spans to the table's edges. */
function placeCells(rows: GridRow[], columnCount: number, starts: number[], firstRow: number, lastRow: number, gridLeft: number): PlacedCell[] {
  const placed: PlacedCell[] = [];

  rows.forEach((row, rowIndex) => {
    for (let column = 0; column < columnCount; column += 1) {
      const cell = row.cells[column];
      if (cell === undefined || cell.covered === true) continue;

      const span = cellSpanOf(cell);
      const endColumn = Math.min(column + span.columns, columnCount);
      const top = firstRow + rowIndex;

      placed.push({
        cell,
        isHeader: row.isHeader,
        isTotal: row.isTotal,
        top,
        bottom: Math.min(top + span.rows - 1, lastRow),
        left: gridLeft + starts[column],
        right: gridLeft + starts[endColumn] - 1,
      });
    }
  });

  return placed;
}

/** Gives every grid cell of the table its border, font and wrapping, so covered cells are drawn too. */
function drawGridCells(worksheet: ExcelJS.Worksheet, rows: GridRow[], firstRow: number, gridLeft: number, gridRight: number): void {
  rows.forEach((row, rowIndex) => {
    for (let column = gridLeft; column <= gridRight; column += 1) {
      const cell = worksheet.getCell(firstRow + rowIndex, column);
      cell.border = THIN_BORDER;
      cell.font = fontOf(TABLE_FONT_SIZE, { bold: row.isHeader || row.isTotal });
      cell.alignment = { vertical: 'middle', wrapText: true };
      if (row.isHeader) cell.fill = solidFill(HEADER_FILL);
    }
  });
}

/** Writes a cell's value and style to the top-left grid cell of its range. */
function writeAnchor(worksheet: ExcelJS.Worksheet, placed: PlacedCell): void {
  const { cell } = placed;
  const target = worksheet.getCell(placed.top, placed.left);

  target.value = typeof cell.number === 'number' && Number.isFinite(cell.number) ? cell.number : toCellText(cell.text);

  const tone = toneColours(cell.tone);
  const bold = placed.isHeader || placed.isTotal || cell.bold === true;
  target.font = fontOf(TABLE_FONT_SIZE, { bold, color: tone === undefined ? undefined : { argb: `FF${tone.text}` } });
  target.alignment = { horizontal: alignmentOf(cell, placed.isHeader), vertical: 'middle', wrapText: true };
  if (tone !== undefined) target.fill = solidFill(tone.fill);
}

/**
 * Merges each anchor's range; merged cells take the anchor's style. A range
 * overlapping an earlier merge is left unmerged, because exceljs throws on
 * overlapping merges and a malformed grid must not stop the report.
 */
function mergeAnchors(worksheet: ExcelJS.Worksheet, placed: PlacedCell[]): void {
  const mergedPositions = new Set<string>();

  for (const cell of placed) {
    const positions: string[] = [];
    for (let row = cell.top; row <= cell.bottom; row += 1) {
      for (let column = cell.left; column <= cell.right; column += 1) positions.push(`${row}:${column}`);
    }

    if (positions.length <= 1 || positions.some((position) => mergedPositions.has(position))) continue;

    positions.forEach((position) => mergedPositions.add(position));
    mergeDisjoint(worksheet, cell.top, cell.left, cell.bottom, cell.right);
  }
}

/**
 * Sets each row tall enough for its single-row cells, then grows the rows
 * under a row-spanning cell evenly when that cell needs more room.
 */
function setRowHeights(layout: SheetLayout, placed: PlacedCell[], firstRow: number, lastRow: number): void {
  const heights = new Map<number, number>();
  for (let row = firstRow; row <= lastRow; row += 1) heights.set(row, rowHeightForLines(1, TABLE_FONT_SIZE));

  const neededHeight = (cell: PlacedCell): number => {
    const width = spanTextPixels(layout, cell.right - cell.left + 1);
    return rowHeightForLines(estimateLineCount(cell.cell.text, TABLE_FONT_SIZE, width), TABLE_FONT_SIZE);
  };

  for (const cell of placed.filter((candidate) => candidate.top === candidate.bottom)) {
    heights.set(cell.top, Math.max(heights.get(cell.top) ?? 0, neededHeight(cell)));
  }

  for (const cell of placed.filter((candidate) => candidate.top !== candidate.bottom)) {
    const rowCount = cell.bottom - cell.top + 1;
    let current = 0;
    for (let row = cell.top; row <= cell.bottom; row += 1) current += heights.get(row) ?? 0;

    const extraPerRow = Math.max(neededHeight(cell) - current, 0) / rowCount;
    for (let row = cell.top; row <= cell.bottom; row += 1) heights.set(row, (heights.get(row) ?? 0) + extraPerRow);
  }

  heights.forEach((height, row) => {
    layout.worksheet.getRow(row).height = Math.round(height * 10) / 10;
  });
}
