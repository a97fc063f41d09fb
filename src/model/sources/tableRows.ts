import { parseAddress } from './address';
import type { RecognisedSource } from './recogniseSource';
import type { CellValue } from './source';

/** One data row of a recognised table, read by field name. */
export interface TableRow {
  /** Index into `source.values`. */
  row: number;
  /** The cell value of a field, or "" when the sheet has no such column. */
  value(field: string): CellValue;
  /** Column index of a field, or -1 when the sheet has no such column. */
  column(field: string): number;
  /** The cell's number format where known. */
  numberFormat(field: string): string | undefined;
  /** Every cell of the row, for searches across all columns. */
  cells: CellValue[];
}

/**
 * Lists the data rows below the header, skipping blank rows and note rows
 * (注：…). Cells covered by a merged area take the merged value, as exceljs
 * already does and Office.js does not. Where the merged areas are unknown,
 * blank cells of `fillDownFields` take the value above them.
 */
export function tableRows(recognised: RecognisedSource, fillDownFields: string[] = []): TableRow[] {
  const { source, columns } = recognised;
  const values = resolveMerges(source.values, source.merges, source.origin.topLeft);
  const fillDown = source.merges === undefined ? fillDownFields.map((field) => columns.get(field) ?? -1) : [];
  const rows: TableRow[] = [];

  for (let row = recognised.headerRow + 1; row < values.length; row++) {
    const cells = values[row];
    if (isBlankRow(cells) || isNoteRow(cells)) {
      continue;
    }

    for (const column of fillDown) {
      if (column >= 0 && isBlankCell(cells[column]) && rows.length > 0) {
        cells[column] = values[rows[rows.length - 1].row][column];
      }
    }
    rows.push(makeRow(recognised, row, cells));
  }
  return rows;
}

function makeRow(recognised: RecognisedSource, row: number, cells: CellValue[]): TableRow {
  const { columns, source } = recognised;
  return {
    row,
    cells,
    value: (field) => {
      const column = columns.get(field);
      return column === undefined ? '' : (cells[column] ?? '');
    },
    column: (field) => columns.get(field) ?? -1,
    numberFormat: (field) => {
      const column = columns.get(field);
      return column === undefined ? undefined : source.numberFormats?.[row]?.[column];
    },
  };
}

/** Copies the grid, giving every cell of a merged area the value of its top-left cell. */
function resolveMerges(values: CellValue[][], merges: string[] | undefined, topLeft: string): CellValue[][] {
  const copy = values.map((row) => [...row]);
  if (!merges) {
    return copy;
  }

  const origin = parseAddress(topLeft);
  for (const merge of merges) {
    const [first, last = first] = merge.split(':');
    const start = parseAddress(first);
    const end = parseAddress(last);
    const anchor = copy[start.row - origin.row]?.[start.column - origin.column];
    if (anchor === undefined) {
      continue;
    }
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++) {
        const cells = copy[row - origin.row];
        if (cells && column - origin.column < cells.length && isBlankCell(cells[column - origin.column])) {
          cells[column - origin.column] = anchor;
        }
      }
    }
  }
  return copy;
}

export function isBlankCell(value: CellValue | undefined | null): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isBlankRow(cells: CellValue[]): boolean {
  return cells.every((cell) => isBlankCell(cell));
}

/**
 * A total row: its first non-blank cell is 合计, 总计 or 小计 (spaces and a
 * trailing colon allowed), e.g. "合 计" in an incident log's date column.
 * Incident and ledger readers skip it so it is never counted as a record.
 */
export function isTotalRow(cells: CellValue[]): boolean {
  const first = cells.find((cell) => !isBlankCell(cell));
  return typeof first === 'string' && /^(合计|总计|小计)[:：]?/.test(first.normalize('NFKC').replace(/\s+/g, ''));
}

/** A note row starts with 注 / 说明 / 备注 and a colon, e.g. "注：本表每月更新". */
function isNoteRow(cells: CellValue[]): boolean {
  const first = cells.find((cell) => !isBlankCell(cell));
  return typeof first === 'string' && /^(注|说明|备注)\s*[:：]/.test(first.trim());
}
