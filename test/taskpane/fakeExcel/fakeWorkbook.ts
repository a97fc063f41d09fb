import type { CellValue } from '../../../src/model/sources/source';

/** A rectangle of cells, zero-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A chart as the fake host stores it. */
export interface FakeChartData {
  type: string;
  sourceAddress: string;
  seriesBy?: string;
  title?: string;
  position?: { startCell: string; endCell?: string };
}

/**
 * One worksheet of the in-memory workbook: sparse cells keyed "row,column"
 * (zero-based), with merges, styles, sizes, charts and page layout.
 */
export interface FakeSheetData {
  name: string;
  values: Map<string, CellValue>;
  numberFormats: Map<string, string>;
  /** Formulas the host parsed from written text; a value written as text never appears here. */
  formulas: Map<string, string>;
  styles: Map<string, Record<string, unknown>>;
  merges: CellRect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  charts: FakeChartData[];
  pageLayout: Record<string, unknown>;
  pageBreakRows: number[];
  showGridlines: boolean;
  deleted: boolean;
}

/** The whole in-memory workbook. */
export interface FakeWorkbookData {
  sheets: FakeSheetData[];
  date1904: boolean;
  /** Set by activate(). */
  activeSheet?: string;
  /** Set by Range.select(): the sheet and the A1 address selected. */
  selection?: { sheet: string; address: string };
  /** Calls of Application.calculate(), by calculation type. */
  calculations?: string[];
}

/** A sheet to seed the fake workbook with. */
export interface FakeSheetSeed {
  name: string;
  /** A1 address of values[0][0]. */
  topLeft?: string;
  values: CellValue[][];
  numberFormats?: string[][];
  /** Absolute A1 ranges, e.g. "A4:A10". */
  merges?: string[];
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function emptySheet(name: string): FakeSheetData {
  return {
    name,
    values: new Map(),
    numberFormats: new Map(),
    formulas: new Map(),
    styles: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    charts: [],
    pageLayout: {},
    pageBreakRows: [],
    showGridlines: true,
    deleted: false,
  };
}

/**
 * Builds a workbook from seeds. Empty strings are not stored, as in Excel,
 * where "" is an empty cell.
 */
export function createFakeWorkbook(seeds: FakeSheetSeed[], date1904 = false): FakeWorkbookData {
  const sheets = seeds.map((seed) => {
    const sheet = emptySheet(seed.name);
    const origin = parseCell(seed.topLeft ?? 'A1');

    seed.values.forEach((row, rowIndex) =>
      row.forEach((value, columnIndex) => {
        const key = cellKey(origin.row + rowIndex, origin.column + columnIndex);
        if (value !== '') sheet.values.set(key, value);
        const format = seed.numberFormats?.[rowIndex]?.[columnIndex];
        if (format !== undefined && format !== 'General') sheet.numberFormats.set(key, format);
      }),
    );
    sheet.merges = (seed.merges ?? []).map(parseRect);
    return sheet;
  });
  return { sheets, date1904 };
}

/** Zero-based row and column of an A1 cell address such as "$C$3". */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`InvalidArgument: bad cell address ${address}`);

  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Parses "A1" or "A1:C4" (an optional sheet prefix is dropped). */
export function parseRect(address: string): CellRect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = local.split(':');
  const start = parseCell(first);
  const end = parseCell(second ?? first);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function columnName(index: number): string {
  let name = '';
  let rest = index + 1;
  while (rest > 0) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
    rest = Math.floor((rest - 1) / 26);
  }
  return name;
}

/** "A1:C4", or "A1" for a single cell. */
export function rectAddress(rect: CellRect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  const end = `${columnName(rect.right)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** The sheet name as Excel writes it before "!": quoted when it holds anything but letters, digits, _ and CJK. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The rectangle of non-empty cells, or null for an empty sheet. */
export function usedRect(sheet: FakeSheetData): CellRect | null {
  let rect: CellRect | null = null;
  for (const key of sheet.values.keys()) {
    const [row, column] = key.split(',').map(Number);
    rect = rect === null
      ? { top: row, left: column, bottom: row, right: column }
      : { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) };
  }
  return rect;
}
