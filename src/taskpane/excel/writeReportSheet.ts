import type { ReportDocument } from '../../report/document';
import { renderText } from '../../messages/zh-CN';
import { FONT_NAME } from '../../report/render/sheetLayout';
import { columnLetters } from '../../model/sources/address';
import {
  COMMAND_OVERHEAD_BYTES,
  REQUEST_BUDGET_BYTES,
  chunkRows,
  estimateGridBytes,
} from './requestPayload';
import {
  GridRect,
  PlannedChart,
  RectStyle,
  ReportSheetPlan,
  planReportSheet,
} from './reportSheetPlan';
import { reportSheetName } from './reportSheetName';

export interface WriteOptions {
  /** Delete and recreate the report sheet when it exists. */
  replace: boolean;
}

export type WriteResult =
  | { status: 'written'; sheetName: string; syncs: number }
  /** The sheet exists and `replace` was false; nothing was changed. */
  | { status: 'exists'; sheetName: string; syncs: number };

/** Page margins in points (1.5 cm sides, 2 cm top and bottom), as the xlsx renderer sets them in inches. */
const MARGINS = { left: 42.5, right: 42.5, top: 56.9, bottom: 56.9, header: 21.6, footer: 21.6 };

const CHART_TYPES: Record<PlannedChart['kind'], Excel.ChartType> = {
  pie: 'Pie' as Excel.ChartType,
  column: 'ColumnClustered' as Excel.ChartType,
  line: 'Line' as Excel.ChartType,
};

/**
 * Writes the report to a new sheet `月报 YYYY-MM`. One sync checks whether
 * the sheet exists; when it does and `replace` is false nothing is changed.
 * Otherwise one more sync deletes the old sheet, adds the new one and
 * writes every value, number format, merge, style, chart and print setting.
 * Values are written with ONE `Range.values` assignment, after the text
 * format `@` is set, so text starting with = + - @ stays text. Only when the
 * estimated request exceeds Excel on the web's 5 MB limit are the values
 * split into row chunks, one sync each. No other sheet is touched.
 *
 * Example: `await Excel.run((context) => writeReportSheet(context, document, { replace: false }))`
 * returns `{ status: 'written', sheetName: '月报 2022-11', syncs: 2 }`.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  document: ReportDocument,
  options: WriteOptions
): Promise<WriteResult> {
  const sheetName = reportSheetName(document.month);
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(sheetName);

  await context.sync();

  if (!existing.isNullObject && !options.replace) return { status: 'exists', sheetName, syncs: 1 };

  const plan = planReportSheet(document);
  const chunks = valueChunks(plan);

  if (!existing.isNullObject) existing.delete();
  const worksheet = worksheets.add(sheetName);
  queueSheetSetup(worksheet, plan);
  queueValues(worksheet, plan, chunks[0]);
  queueFormatting(worksheet, plan);
  worksheet.activate();

  await context.sync();

  // Reached only for reports beyond the request budget; the example month needs none.
  for (const chunk of chunks.slice(1)) {
    queueValues(worksheet, plan, chunk);
    // Each chunk must be its own request to stay under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  return { status: 'written', sheetName, syncs: 1 + chunks.length };
}

/** Row chunks of the value and format grids, sized so the first chunk leaves room for the formatting commands. */
function valueChunks(plan: ReportSheetPlan): Array<{ start: number; end: number }> {
  const formattingBytes =
    (plan.styles.length * 4 +
      plan.merges.length +
      plan.rowHeights.length +
      plan.charts.length * 4 +
      20) *
    COMMAND_OVERHEAD_BYTES;
  const budget = Math.max(REQUEST_BUDGET_BYTES - formattingBytes, REQUEST_BUDGET_BYTES / 4);
  const rowBytes = (row: number) =>
    estimateGridBytes([plan.values[row]]) + estimateGridBytes([plan.numberFormats[row]]);
  const chunks = chunkRows(plan.values.length, rowBytes, budget);
  return chunks.length > 0 ? chunks : [{ start: 0, end: 0 }];
}

function queueSheetSetup(worksheet: Excel.Worksheet, plan: ReportSheetPlan): void {
  worksheet.showGridlines = false;

  const all = worksheet.getRange(
    rectAddress({
      top: 0,
      left: 0,
      bottom: Math.max(plan.values.length - 1, 0),
      right: plan.columnCount - 1,
    })
  );
  all.format.font.name = FONT_NAME;
  all.format.font.size = 12;
  all.format.verticalAlignment = 'Center';
  all.format.wrapText = true;
  all.format.columnWidth = plan.columnWidthPoints;

  const layout = worksheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = 'Portrait';
  layout.leftMargin = MARGINS.left;
  layout.rightMargin = MARGINS.right;
  layout.topMargin = MARGINS.top;
  layout.bottomMargin = MARGINS.bottom;
  layout.headerMargin = MARGINS.header;
  layout.footerMargin = MARGINS.footer;
  layout.centerHorizontally = true;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.headersFooters.defaultForAllPages.centerFooter = renderText.pageFooter;
  layout.setPrintArea(
    rectAddress({
      top: 0,
      left: 0,
      bottom: Math.max(plan.values.length - 1, 0),
      right: plan.columnCount - 1,
    })
  );
}

/** Sets the number formats, then the values, of rows [start, end) with one assignment each. */
function queueValues(
  worksheet: Excel.Worksheet,
  plan: ReportSheetPlan,
  chunk: { start: number; end: number }
): void {
  if (chunk.end <= chunk.start) return;

  const range = worksheet.getRange(
    rectAddress({ top: chunk.start, left: 0, bottom: chunk.end - 1, right: plan.totalColumns - 1 })
  );
  range.numberFormat = plan.numberFormats.slice(chunk.start, chunk.end);
  range.values = plan.values.slice(chunk.start, chunk.end);
}

function queueFormatting(worksheet: Excel.Worksheet, plan: ReportSheetPlan): void {
  queueRowHeights(worksheet, plan);
  plan.styles.forEach(({ rect, style }) =>
    queueStyle(worksheet.getRange(rectAddress(rect)), style)
  );
  plan.merges.forEach((rect) => worksheet.getRange(rectAddress(rect)).merge(false));
  plan.pageBreakRows.forEach((row) => worksheet.horizontalPageBreaks.add(`A${row + 2}`));
  plan.charts.forEach((chart) => queueChart(worksheet, chart));
}

/** One command per run of rows of equal height. */
function queueRowHeights(worksheet: Excel.Worksheet, plan: ReportSheetPlan): void {
  let start = 0;
  for (let row = 1; row <= plan.rowHeights.length; row += 1) {
    if (row < plan.rowHeights.length && plan.rowHeights[row] === plan.rowHeights[start]) continue;
    worksheet.getRange(`A${start + 1}:A${row}`).format.rowHeight = plan.rowHeights[start];
    start = row;
  }
}

function queueStyle(range: Excel.Range, style: RectStyle): void {
  const format = range.format;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal;
  if (style.indent !== undefined && style.indent > 0) format.indentLevel = style.indent;
  if (style.borders === true) {
    for (const edge of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
    ]) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous';
      border.color = '#000000';
    }
  }
}

function queueChart(worksheet: Excel.Worksheet, chart: PlannedChart): void {
  const data = worksheet.getRange(rectAddress(chart.data));
  const added = worksheet.charts.add(
    CHART_TYPES[chart.kind],
    data,
    'Columns' as Excel.ChartSeriesBy
  );
  added.title.text = chart.title;
  added.setPosition(
    cellAddress(chart.place.top, chart.place.left),
    cellAddress(chart.place.bottom, chart.place.right)
  );
}

function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function rectAddress(rect: GridRect): string {
  return `${cellAddress(rect.top, rect.left)}:${cellAddress(rect.bottom, rect.right)}`;
}
