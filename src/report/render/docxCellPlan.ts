import type { TableCell } from '../document';
import { cellSpanOf } from './cellSpan';

/**
 * One `w:tc` element of a .docx table row. Word merges cells down with
 * `w:vMerge` (a `restart` cell, then a `continue` cell in each row below) and
 * across with `w:gridSpan` (one cell, no elements for the columns it covers).
 */
export type DocxCellSlot =
  /** A cell with its own text, starting a vertical merge when `rowSpan` > 1. */
  | { kind: 'anchor'; cell: TableCell; column: number; rowSpan: number; columnSpan: number }
  /** The continuation of `anchor`'s vertical merge in a row below it. */
  | { kind: 'continue'; anchor: TableCell; column: number; columnSpan: number }
  /** A covered position that no span reaches (a malformed model), written empty so the row keeps its width. */
  | { kind: 'blank'; column: number };

interface Owner {
  row: number;
  column: number;
}

/**
 * Lays out the `w:tc` elements of each row of a table grid. The model gives a
 * full grid with `covered` cells under spans. A covered cell below an anchor,
 * in the anchor's first column, becomes a vMerge-continue cell with the
 * anchor's column span. A covered cell right of its anchor's first column
 * gets no element. A span is cut where it runs past the grid or onto a cell
 * that is not covered, so the slots of every row add up to `columnCount`.
 * A row shorter than the grid is padded with empty cells.
 *
 * Example: rows `[[{text:'分类', rowSpan: 2}, {text:'a'}], [{covered}, {text:'b'}]]`
 * give `[[anchor 分类 rowSpan 2, anchor a], [continue 分类, anchor b]]`.
 */
export function planDocxCells(modelRows: TableCell[][], columnCount: number): DocxCellSlot[][] {
  const rows = modelRows.map((row) => Array.from({ length: columnCount }, (_, column): TableCell => row[column] ?? { text: '' }));
  const owners = assignOwners(rows, columnCount);

  return rows.map((row, rowIndex) => {
    const slots: DocxCellSlot[] = [];

    for (let column = 0; column < columnCount; column++) {
      const cell = row[column];
      if (cell.covered !== true) {
        slots.push(anchorSlot(rows, owners, rowIndex, column, columnCount));
        continue;
      }

      const owner = owners[rowIndex][column];
      if (owner === undefined) {
        slots.push({ kind: 'blank', column });
      } else if (owner.column === column && owner.row < rowIndex) {
        slots.push({ kind: 'continue', anchor: rows[owner.row][owner.column], column, columnSpan: ownedRun(owners, rowIndex, column, owner) });
      }
    }

    return slots;
  });
}

/** Marks, for every covered position, the anchor whose span reaches it. */
function assignOwners(rows: TableCell[][], columnCount: number): (Owner | undefined)[][] {
  const owners: (Owner | undefined)[][] = rows.map(() => new Array<Owner | undefined>(columnCount).fill(undefined));

  rows.forEach((row, rowIndex) => {
    for (let column = 0; column < columnCount; column++) {
      if (row[column].covered === true) continue;

      const span = clampedSpan(rows, rowIndex, column, columnCount);
      for (let spanRow = rowIndex; spanRow < rowIndex + span.rows; spanRow++) {
        for (let spanColumn = column; spanColumn < column + span.columns; spanColumn++) {
          if (rows[spanRow][spanColumn].covered === true) owners[spanRow][spanColumn] = { row: rowIndex, column };
        }
      }
    }
  });

  return owners;
}

function anchorSlot(rows: TableCell[][], owners: (Owner | undefined)[][], rowIndex: number, column: number, columnCount: number): DocxCellSlot {
  const cell = rows[rowIndex][column];
  const span = clampedSpan(rows, rowIndex, column, columnCount);

  return { kind: 'anchor', cell, column, rowSpan: span.rows, columnSpan: ownedRun(owners, rowIndex, column, { row: rowIndex, column }) };
}

/**
 * Cuts the span of the anchor at (row, column) to the grid and to covered
 * positions. It runs across the anchor's row while cells are covered, then
 * down while the whole width of the span is covered in the next row.
 */
function clampedSpan(rows: TableCell[][], row: number, column: number, columnCount: number): { rows: number; columns: number } {
  const span = cellSpanOf(rows[row][column]);

  let columns = 1;
  while (columns < span.columns && column + columns < columnCount && rows[row][column + columns].covered === true) {
    columns++;
  }

  let spannedRows = 1;
  while (spannedRows < span.rows && row + spannedRows < rows.length && isCoveredRun(rows[row + spannedRows], column, columns)) {
    spannedRows++;
  }

  return { rows: spannedRows, columns };
}

function isCoveredRun(row: TableCell[], column: number, columns: number): boolean {
  for (let offset = 0; offset < columns; offset++) {
    if (row[column + offset].covered !== true) return false;
  }
  return true;
}

/** Counts `column` and the positions right of it in `row` that belong to `owner`. */
function ownedRun(owners: (Owner | undefined)[][], row: number, column: number, owner: Owner): number {
  let run = 1;
  const cells = owners[row];

  while (column + run < cells.length) {
    const next = cells[column + run];
    if (next === undefined || next.row !== owner.row || next.column !== owner.column) break;
    run++;
  }

  return run;
}
