import type {
  Block,
  ChartSpec,
  CoverInfo,
  ReportDocument,
  ReportTable,
  TableCell,
} from '../../report/document';
import { fillTemplate } from '../../messages/issues';
import { renderText } from '../../messages/zh-CN';
import { alignmentOf } from '../../report/render/cellAlignment';
import { cellSpanOf } from '../../report/render/cellSpan';
import { toCellText } from '../../report/render/cellText';
import { allocateGridColumns, gridColumnStarts } from '../../report/render/gridColumns';
import {
  BODY_FONT_SIZE,
  GRID_WIDTH_PIXELS,
  HEADING_FONT_SIZES,
  MIN_GRID_COLUMNS,
  TABLE_FONT_SIZE,
  columnPixels,
  rowHeightForLines,
} from '../../report/render/sheetLayout';
import { estimateLineCount } from '../../report/render/textWidth';
import { HEADER_FILL, toneColours } from '../../report/render/tones';
import { chartDataTable } from '../../report/chartDataTable';

/** A rectangle of the report grid, zero-based and inclusive. */
export interface GridRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Formatting applied to a rectangle; absent fields keep the sheet default. */
export interface RectStyle {
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hex colours with `#`, as Office.js takes them. */
  fontColor?: string;
  fill?: string;
  horizontal?: 'Left' | 'Center' | 'Right';
  indent?: number;
  /** Thin black borders on every edge and inner line. */
  borders?: boolean;
}

export interface PlannedChart {
  kind: ChartSpec['kind'];
  title: string;
  /**
   * The chart's data, unmerged, right of the printed grid: category column
   * plus one column per series, header row included. The printed table
   * beside it is merged, and a chart over merged cells would draw the
   * covered blank columns as empty series.
   */
  data: GridRect;
  /** Cells the chart is drawn over. */
  place: GridRect;
}

/**
 * The report worksheet as plain data: one value grid, one number-format grid,
 * and the formatting commands. Builders compute it; the Office.js writer
 * only replays it, so tests check the layout without a host.
 */
export interface ReportSheetPlan {
  /** Columns of the printed grid. */
  columnCount: number;
  /** Columns of `values`: the grid, then a blank column and the charts' unmerged data, outside the print area. */
  totalColumns: number;
  /** Column width in points (Office.js `format.columnWidth`). */
  columnWidthPoints: number;
  values: Array<Array<string | number>>;
  numberFormats: string[][];
  rowHeights: number[];
  merges: GridRect[];
  styles: Array<{ rect: GridRect; style: RectStyle }>;
  charts: PlannedChart[];
  /** Rows after which a printed page ends. */
  pageBreakRows: number[];
}

/** Number format of text cells: Excel stores what is written as text, so `=…` never becomes a formula. */
export const TEXT_FORMAT = '@';

/** Space after a table or chart, in points. */
const BLOCK_GAP = 8;

/** Rows reserved for a native chart, and their height in points (about 300 px in all). */
const CHART_ROWS = 15;
const CHART_ROW_HEIGHT = 15;

const POINTS_PER_PIXEL = 72 / 96;

/**
 * Lays the report out on a grid as the xlsx renderer does: 宋体 throughout,
 * every block across the full grid, tables mapped onto grid columns in
 * proportion to their widths, thin borders, grey header rows, tone fills,
 * estimated row heights. A chart block reserves rows for a native chart
 * and writes its data below as a small table the chart is drawn from.
 *
 * Example: `planReportSheet(document).values[0][0]` is `'编号：ITSM-4-RP-01'`.
 */
export function planReportSheet(document: ReportDocument): ReportSheetPlan {
  const widestTable = Math.max(
    0,
    ...document.blocks.map((block) => (block.kind === 'table' ? block.table.columns.length : 0))
  );
  const columnCount = Math.max(MIN_GRID_COLUMNS, widestTable);
  const columnWidth = (GRID_WIDTH_PIXELS / columnCount - 5) / 7;

  const widestChart = Math.max(
    0,
    ...document.blocks.map((block) => (block.kind === 'chart' ? block.chart.series.length + 1 : 0))
  );
  const plan = new PlanBuilder(columnCount, columnWidth, widestChart === 0 ? 0 : widestChart + 1);
  writeCover(plan, document.cover);

  let breakPending = true;
  for (const block of document.blocks) {
    if (block.kind === 'pageBreak') {
      breakPending = true;
      continue;
    }
    if (breakPending) plan.pageBreak();
    breakPending = false;
    writeBlock(plan, block, document.blocks);
  }

  return plan.finish(columnPixels(columnWidth) * POINTS_PER_PIXEL);
}

class PlanBuilder {
  readonly values: Array<Array<string | number>> = [];
  readonly numberFormats: string[][] = [];
  readonly rowHeights: number[] = [];
  readonly merges: GridRect[] = [];
  readonly styles: Array<{ rect: GridRect; style: RectStyle }> = [];
  readonly charts: PlannedChart[] = [];
  readonly pageBreakRows: number[] = [];

  constructor(
    readonly columnCount: number,
    readonly columnWidth: number,
    readonly helperColumns: number
  ) {}

  get nextRow(): number {
    return this.values.length;
  }

  /** Adds an empty row and returns its index. */
  addRow(height: number): number {
    this.values.push(new Array<string | number>(this.columnCount + this.helperColumns).fill(''));
    this.numberFormats.push(
      new Array<string>(this.columnCount + this.helperColumns).fill(TEXT_FORMAT)
    );
    this.rowHeights.push(Math.min(height, 409));
    return this.values.length - 1;
  }

  setCell(row: number, column: number, cell: { text: string; number?: number }): void {
    if (cell.number !== undefined && Number.isFinite(cell.number)) {
      this.values[row][column] = cell.number;
      this.numberFormats[row][column] = 'General';
      return;
    }
    this.values[row][column] = toCellText(cell.text);
  }

  style(rect: GridRect, style: RectStyle): void {
    this.styles.push({ rect, style });
  }

  pageBreak(): void {
    if (this.nextRow > 0) this.pageBreakRows.push(this.nextRow - 1);
  }

  /** Pixel width of text in `count` grid columns, less Excel's cell padding. */
  textPixels(count: number): number {
    return count * columnPixels(this.columnWidth) - 8;
  }

  finish(columnWidthPoints: number): ReportSheetPlan {
    return {
      columnCount: this.columnCount,
      totalColumns: this.columnCount + this.helperColumns,
      columnWidthPoints,
      values: this.values,
      numberFormats: this.numberFormats,
      rowHeights: this.rowHeights,
      merges: this.merges,
      styles: this.styles,
      charts: this.charts,
      pageBreakRows: this.pageBreakRows,
    };
  }
}

interface TextStyle {
  fontSize: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontal?: 'Left' | 'Center' | 'Right';
  indent?: number;
  minHeight?: number;
}

/** Writes text across the full grid on a new merged row, with a height estimated from the text. */
function writeFullWidthText(plan: PlanBuilder, text: string, style: TextStyle): void {
  const lines = estimateLineCount(
    text,
    style.fontSize,
    plan.textPixels(plan.columnCount) - (style.indent ?? 0) * 10
  );
  const row = plan.addRow(Math.max(rowHeightForLines(lines, style.fontSize), style.minHeight ?? 0));
  const rect = { top: row, left: 0, bottom: row, right: plan.columnCount - 1 };

  plan.setCell(row, 0, { text });
  plan.merges.push(rect);
  plan.style(rect, {
    fontSize: style.fontSize,
    bold: style.bold,
    italic: style.italic,
    fontColor: style.fontColor,
    horizontal: style.horizontal ?? 'Left',
    indent: style.indent,
  });
}

function writeCover(plan: PlanBuilder, cover: CoverInfo): void {
  writeFullWidthText(plan, renderText.documentNumberLabel + cover.documentNumber, {
    fontSize: BODY_FONT_SIZE,
  });
  writeFullWidthText(plan, renderText.versionLabel + cover.version, { fontSize: BODY_FONT_SIZE });
  writeFullWidthText(plan, renderText.controlStatusLabel + cover.controlStatus, {
    fontSize: BODY_FONT_SIZE,
  });

  plan.addRow(150);
  writeFullWidthText(plan, cover.organisation, { fontSize: 22, horizontal: 'Center' });
  plan.addRow(18);
  writeFullWidthText(plan, cover.title, { fontSize: 26, bold: true, horizontal: 'Center' });
  writeFullWidthText(plan, cover.monthLabel, { fontSize: 16, horizontal: 'Center' });

  plan.addRow(200);
  writeFullWidthText(plan, cover.compilingDepartment, { fontSize: 14, horizontal: 'Center' });
  writeFullWidthText(plan, cover.compiledDate, { fontSize: 14, horizontal: 'Center' });

  if (cover.notice === undefined) return;

  plan.pageBreak();
  writeFullWidthText(plan, cover.notice.title, {
    fontSize: HEADING_FONT_SIZES[1],
    bold: true,
    horizontal: 'Center',
    minHeight: 36,
  });
  cover.notice.paragraphs.forEach((paragraph) =>
    writeFullWidthText(plan, paragraph, { fontSize: BODY_FONT_SIZE })
  );
}

function writeBlock(
  plan: PlanBuilder,
  block: Exclude<Block, { kind: 'pageBreak' }>,
  blocks: Block[]
): void {
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_FONT_SIZES[block.level] ?? BODY_FONT_SIZE;
      writeFullWidthText(plan, block.text, { fontSize: size, bold: true, minHeight: size * 2 });
      return;
    }
    case 'paragraph':
      if (block.emphasis === 'note')
        writeFullWidthText(plan, block.text, {
          fontSize: TABLE_FONT_SIZE,
          italic: true,
          fontColor: '#595959',
        });
      else
        writeFullWidthText(plan, block.text, {
          fontSize: BODY_FONT_SIZE,
          bold: block.emphasis === 'strong',
        });
      return;
    case 'bullets':
      block.items.forEach((item) =>
        writeFullWidthText(plan, `• ${item}`, { fontSize: BODY_FONT_SIZE, indent: 1 })
      );
      return;
    case 'table':
      if (block.caption !== undefined && block.caption !== '')
        writeFullWidthText(plan, block.caption, { fontSize: BODY_FONT_SIZE, bold: true });
      writeTable(plan, block.table, 0, plan.columnCount);
      plan.addRow(BLOCK_GAP);
      return;
    case 'chart':
      writeChart(plan, block.chart);
      plan.addRow(BLOCK_GAP);
      return;
    case 'toc':
      writeFullWidthText(plan, renderText.tocTitle, {
        fontSize: HEADING_FONT_SIZES[1],
        bold: true,
        horizontal: 'Center',
        minHeight: 36,
      });
      for (const heading of blocks) {
        if (heading.kind === 'heading')
          writeFullWidthText(plan, heading.text, {
            fontSize: BODY_FONT_SIZE,
            indent: (heading.level - 1) * 2,
            minHeight: 22,
          });
      }
      return;
  }
}

/** Reserves rows for a native chart, then writes its data table (header included) below; the chart is drawn from that table. */
function writeChart(plan: PlanBuilder, chart: ChartSpec): void {
  const firstChartRow = plan.nextRow;
  for (let row = 0; row < CHART_ROWS; row += 1) plan.addRow(CHART_ROW_HEIGHT);
  const place = {
    top: firstChartRow,
    left: 0,
    bottom: plan.nextRow - 1,
    right: plan.columnCount - 1,
  };

  writeFullWidthText(plan, fillTemplate(renderText.chartDataCaption, { title: chart.title }), {
    fontSize: TABLE_FONT_SIZE,
    bold: true,
    horizontal: 'Center',
  });

  const margin = chart.series.length > 2 ? 0 : Math.floor(plan.columnCount / 4);
  const table = chartDataTable(chart);
  const dataTop = plan.nextRow;
  writeTable(plan, table, margin, plan.columnCount - 2 * margin);

  const helperLeft = plan.columnCount + 1;
  [...table.headerRows, ...table.rows].forEach((cells, rowIndex) =>
    cells.forEach((cell, column) => plan.setCell(dataTop + rowIndex, helperLeft + column, cell))
  );
  const data = {
    top: dataTop,
    left: helperLeft,
    bottom: plan.nextRow - 1,
    right: helperLeft + table.columns.length - 1,
  };
  plan.charts.push({ kind: chart.kind, title: chart.title, data, place });
}

/**
 * Writes a table on the grid columns `firstColumn …` (`columnCount` of them):
 * every table column is a horizontal merge, spans add merges, and every
 * grid cell gets a border. Returns the grid start of each table column
 * relative to `firstColumn`, plus the total.
 */
function writeTable(
  plan: PlanBuilder,
  table: ReportTable,
  firstColumn: number,
  columnCount: number
): void {
  const rows = [
    ...table.headerRows.map((cells) => ({ cells, isHeader: true, isTotal: false })),
    ...table.rows.map((cells, index) => ({
      cells,
      isHeader: false,
      isTotal: table.totalRow === true && index === table.rows.length - 1,
    })),
  ];
  const starts = gridColumnStarts(
    allocateGridColumns(
      table.columns.map((column) => column.width),
      columnCount
    )
  );
  if (rows.length === 0 || table.columns.length === 0) return;

  const top = plan.nextRow;
  rows.forEach(() => plan.addRow(rowHeightForLines(1, TABLE_FONT_SIZE)));
  const bottom = plan.nextRow - 1;

  plan.style(
    { top, left: firstColumn, bottom, right: firstColumn + columnCount - 1 },
    { fontSize: TABLE_FONT_SIZE, borders: true }
  );
  rows.forEach((row, index) => {
    if (row.isHeader || row.isTotal)
      plan.style(
        {
          top: top + index,
          left: firstColumn,
          bottom: top + index,
          right: firstColumn + columnCount - 1,
        },
        { bold: true, fill: row.isHeader ? `#${HEADER_FILL}` : undefined }
      );
  });

  const taken = new Set<string>();
  rows.forEach((row, rowIndex) => {
    for (let column = 0; column < table.columns.length; column += 1) {
      const cell = row.cells[column];
      if (cell === undefined || cell.covered === true) continue;

      const span = cellSpanOf(cell);
      const rect = {
        top: top + rowIndex,
        bottom: Math.min(top + rowIndex + span.rows - 1, bottom),
        left: firstColumn + starts[column],
        right: firstColumn + starts[Math.min(column + span.columns, table.columns.length)] - 1,
      };
      placeCell(plan, cell, rect, row.isHeader, taken);
    }
  });
}

function placeCell(
  plan: PlanBuilder,
  cell: TableCell,
  rect: GridRect,
  isHeader: boolean,
  taken: Set<string>
): void {
  plan.setCell(rect.top, rect.left, cell);

  const tone = toneColours(cell.tone);
  plan.style(rect, {
    horizontal: capitalise(alignmentOf(cell, isHeader)),
    bold: cell.bold === true ? true : undefined,
    fill: tone === undefined ? undefined : `#${tone.fill}`,
    fontColor: tone === undefined ? undefined : `#${tone.text}`,
  });

  const positions: string[] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let column = rect.left; column <= rect.right; column += 1)
      positions.push(`${row}:${column}`);
  }
  if (positions.length > 1 && !positions.some((position) => taken.has(position))) {
    positions.forEach((position) => taken.add(position));
    plan.merges.push(rect);
  }

  // Grow the rows so the text fits; a row-spanning cell spreads its extra height over its rows.
  const lines = estimateLineCount(
    cell.text,
    TABLE_FONT_SIZE,
    plan.textPixels(rect.right - rect.left + 1)
  );
  const needed = rowHeightForLines(lines, TABLE_FONT_SIZE);
  let current = 0;
  for (let row = rect.top; row <= rect.bottom; row += 1) current += plan.rowHeights[row];
  const extra = Math.max(needed - current, 0) / (rect.bottom - rect.top + 1);
  for (let row = rect.top; row <= rect.bottom; row += 1)
    plan.rowHeights[row] = Math.round((plan.rowHeights[row] + extra) * 10) / 10;
}

const EXCEL_ALIGNMENTS = { left: 'Left', center: 'Center', right: 'Right' } as const;

function capitalise(alignment: 'left' | 'center' | 'right'): 'Left' | 'Center' | 'Right' {
  return EXCEL_ALIGNMENTS[alignment];
}
