import ExcelJS from 'exceljs';
import type { Block, ReportDocument } from '../document';
import { renderText } from '../../messages/zh-CN';
import { writeChart } from './sheetChart';
import { writeCover, writeToc } from './sheetCover';
import {
  BODY_FONT_SIZE,
  GRID_WIDTH_PIXELS,
  HEADING_FONT_SIZES,
  MAX_DIGIT_WIDTH,
  MIN_GRID_COLUMNS,
  TABLE_FONT_SIZE,
  fontOf,
  writeFullWidthText,
  writeSpacer,
  type SheetLayout,
} from './sheetLayout';
import { writeTable } from './sheetTable';

export interface XlsxRenderOptions {
  /** Whether each chart is embedded as a PNG image above its data table; true when absent. */
  chartImages?: boolean;
}

/** Space after a table or chart, in points. */
const BLOCK_GAP = 8;

/**
 * Adds the report as one formatted worksheet: 宋体 throughout, headings
 * bold and larger, tables with thin borders on every cell and merges for
 * their spans, tones as fills, charts as an image plus a data table.
 * Cell text is always stored as a string value, so text such as `=SUM(A1)`
 * never becomes a formula. Print setup is A4 portrait, one page wide, with
 * a page-number footer and a manual page break before the first row after
 * each `pageBreak` block. The report has many tables, so no rows repeat as
 * print titles and each table's header rows print only where it starts.
 * NOTE: tables marked `landscape` still print in portrait, because a
 * worksheet has one orientation, and Excel documents that it ignores
 * manual page breaks when a Fit To scaling is set; LibreOffice honours them.
 *
 * Example: `addReportWorksheet(new ExcelJS.Workbook(), document, '月报 2022-11')`.
 */
export function addReportWorksheet(
  workbook: ExcelJS.Workbook,
  document: ReportDocument,
  sheetName: string,
  options: XlsxRenderOptions = {},
): ExcelJS.Worksheet {
  const layout = createLayout(workbook, document, sheetName);

  writeCover(layout, document.cover);

  // The cover always ends its page, so a leading pageBreak block adds no blank page.
  let breakPending = true;
  for (const block of document.blocks) {
    if (block.kind === 'pageBreak') {
      breakPending = true;
      continue;
    }

    if (breakPending) layout.worksheet.getRow(layout.nextRow - 1).addPageBreak();
    breakPending = false;

    writeBlock(layout, block, document.blocks, options.chartImages ?? true);
  }

  return layout.worksheet;
}

/**
 * Renders the report as an .xlsx file with the single worksheet `月报 YYYY-MM`.
 *
 * Example: `await renderXlsx(document)` returns the bytes of a workbook with the sheet 月报 2022-11.
 */
export async function renderXlsx(document: ReportDocument, options: XlsxRenderOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addReportWorksheet(workbook, document, `月报 ${document.month}`, options);

  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function createLayout(workbook: ExcelJS.Workbook, document: ReportDocument, sheetName: string): SheetLayout {
  const widestTable = Math.max(0, ...document.blocks.map((block) => (block.kind === 'table' ? block.table.columns.length : 0)));
  const gridColumns = Math.max(MIN_GRID_COLUMNS, widestTable);

  const columnWidth = GRID_WIDTH_PIXELS / gridColumns / MAX_DIGIT_WIDTH;

  const worksheet = workbook.addWorksheet(sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.59, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C${renderText.pageFooter}` },
  });
  worksheet.columns = Array.from({ length: gridColumns }, () => ({ width: columnWidth }));

  return { workbook, worksheet, gridColumns, columnWidth, nextRow: 1 };
}

function writeBlock(layout: SheetLayout, block: Exclude<Block, { kind: 'pageBreak' }>, blocks: Block[], chartImages: boolean): void {
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_FONT_SIZES[block.level] ?? BODY_FONT_SIZE;
      writeFullWidthText(layout, block.text, { font: fontOf(size, { bold: true }), minHeight: size * 2 });
      return;
    }
    case 'paragraph':
      writeParagraph(layout, block.text, block.emphasis);
      return;
    case 'bullets':
      block.items.forEach((item) => writeFullWidthText(layout, `• ${item}`, { font: fontOf(BODY_FONT_SIZE), indent: 1 }));
      return;
    case 'table':
      writeTable(layout, block.table, block.caption);
      writeSpacer(layout, BLOCK_GAP);
      return;
    case 'chart':
      writeChart(layout, block.chart, chartImages);
      writeSpacer(layout, BLOCK_GAP);
      return;
    case 'toc':
      writeToc(layout, blocks);
      return;
  }
}

function writeParagraph(layout: SheetLayout, text: string, emphasis: 'note' | 'strong' | undefined): void {
  if (emphasis === 'note') {
    writeFullWidthText(layout, text, { font: fontOf(TABLE_FONT_SIZE, { italic: true, color: { argb: 'FF595959' } }) });
    return;
  }
  writeFullWidthText(layout, text, { font: fontOf(BODY_FONT_SIZE, { bold: emphasis === 'strong' }) });
}
