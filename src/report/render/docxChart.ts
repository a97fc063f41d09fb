import { AlignmentType, ImageRun, Paragraph, Table } from 'docx';
import type { ChartSpec } from '../document';
import { fillTemplate } from '../../messages/issues';
import { renderText } from '../../messages/zh-CN';
import { renderChartPng } from './chartPng';
import { CHART_IMAGE_HEIGHT, CHART_IMAGE_WIDTH, NOTE_COLOUR, SIZE } from './docxStyles';
import { renderDocxTable } from './docxTable';
import { textRuns } from './docxText';
import { chartDataTable } from '../chartDataTable';

/** Share of the text column a chart's data table takes when it stands in for the image. */
const DATA_TABLE_SHARE = 0.6;

/**
 * Renders a chart block as a centred PNG image (600 × 300 px, drawn at twice
 * that resolution): the caller's `png` when given, else drawn through
 * ECharts and resvg. When there is no PNG and resvg is missing or fails,
 * the chart becomes a note that the image is missing, a caption and a small
 * table of the chart's numbers, so the report still carries the figures.
 *
 * Example: `renderDocxChart(causeChart, 9070)` returns `[Paragraph(ImageRun png)]`.
 */
export function renderDocxChart(chart: ChartSpec, textWidth: number, suppliedPng?: Uint8Array): (Paragraph | Table)[] {
  const png = suppliedPng ?? renderChartPng(chart, { width: CHART_IMAGE_WIDTH, height: CHART_IMAGE_HEIGHT });
  if (png !== undefined) {
    return [chartImageParagraph(chart, png)];
  }

  // NOTE: the fallback shows only the numbers, because this renderer writes no native Word chart.
  const note = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: textRuns(renderText.chartImageMissing, { size: SIZE.table, italics: true, color: NOTE_COLOUR }),
  });
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 60, after: 60 },
    children: textRuns(fillTemplate(renderText.chartDataCaption, { title: chart.title }), { size: SIZE.table, bold: true }),
  });

  return [note, caption, renderDocxTable(chartDataTable(chart), Math.round(textWidth * DATA_TABLE_SHARE))];
}

function chartImageParagraph(chart: ChartSpec, png: Uint8Array): Paragraph {
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: CHART_IMAGE_WIDTH, height: CHART_IMAGE_HEIGHT },
    altText: { name: chart.id, title: chart.title, description: chart.title },
  });

  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 60, after: 120 }, children: [image] });
}

