import type ExcelJS from 'exceljs';
import type { ChartSpec } from '../document';
import { fillTemplate } from '../../messages/issues';
import { renderText } from '../../messages/zh-CN';
import { renderChartPng } from './chartPng';
import { GRID_WIDTH_PIXELS, TABLE_FONT_SIZE, fontOf, writeFullWidthText, writeSpacer, type SheetLayout } from './sheetLayout';
import { writeTable } from './sheetTable';
import { chartDataTable } from '../chartDataTable';

/** Chart image size on the worksheet, in pixels; narrower than the grid so it sits centred. */
const IMAGE_WIDTH = 600;
const IMAGE_HEIGHT = 300;

/** Points per pixel at 96 dpi. */
const PIXELS_TO_POINTS = 72 / 96;

/**
 * Writes a chart block: the chart as a PNG image when `withImage` is set and
 * resvg renders it, then a captioned data table (category and one column
 * per series) below it. exceljs 4.4 cannot create native Excel charts,
 * so the data table is always written, and a failed image leaves a short
 * note in its place instead of failing the worksheet.
 *
 * Example: `writeChart(layout, causeChart, true)` writes the pie image and the table 分类 / 故障数.
 */
export function writeChart(layout: SheetLayout, chart: ChartSpec, withImage: boolean): void {
  if (withImage) writeChartImage(layout, chart);

  const caption = fillTemplate(renderText.chartDataCaption, { title: chart.title });
  writeFullWidthText(layout, caption, { font: fontOf(TABLE_FONT_SIZE, { bold: true }), horizontal: 'center' });

  // Tables of one or two series take the middle half of the grid; wider ones take all of it.
  const margin = chart.series.length > 2 ? 0 : Math.floor(layout.gridColumns / 4);
  writeTable(layout, chartDataTable(chart), undefined, { firstColumn: margin, columnCount: layout.gridColumns - 2 * margin });
}

function writeChartImage(layout: SheetLayout, chart: ChartSpec): void {
  const png = renderChartPng(chart, { width: IMAGE_WIDTH, height: IMAGE_HEIGHT });
  if (png === undefined) {
    writeFullWidthText(layout, renderText.chartImageMissing, { font: fontOf(TABLE_FONT_SIZE, { italic: true, color: { argb: 'FF595959' } }), horizontal: 'center' });
    return;
  }

  // exceljs declares its own `Buffer` type, which Node's generic Buffer does not match structurally.
  const imageId = layout.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  const columnPixels = GRID_WIDTH_PIXELS / layout.gridColumns;
  const leftColumn = (GRID_WIDTH_PIXELS - IMAGE_WIDTH) / 2 / columnPixels;

  layout.worksheet.addImage(imageId, {
    tl: { col: leftColumn, row: layout.nextRow - 1 + 0.05 },
    ext: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT },
    editAs: 'oneCell',
  });
  writeSpacer(layout, IMAGE_HEIGHT * PIXELS_TO_POINTS + 6);
}

