import { renderText } from '../messages/zh-CN';
import type { ChartSpec, ReportTable, TableCell } from './document';

/**
 * Builds the chart's numbers as a report table: one row per category, one
 * column per series. Renderers show it beside or instead of the chart image.
 *
 * Example: a pie of 技术支持 4 and 软件故障 2 gives rows `[技术支持, 4]` and `[软件故障, 2]` under `[分类, 起]`.
 */
export function chartDataTable(chart: ChartSpec): ReportTable {
  const header: TableCell[] = [{ text: renderText.chartDataCategory }, ...chart.series.map((series) => ({ text: series.name }))];

  const rows = chart.categories.map((category, index): TableCell[] => [
    { text: category },
    ...chart.series.map((series): TableCell => {
      const value = series.values[index];
      return value === undefined ? { text: '' } : { text: String(value), number: value };
    }),
  ]);

  return {
    id: `${chart.id}-data`,
    columns: [{ width: 16 }, ...chart.series.map(() => ({ width: 10 }))],
    headerRows: [header],
    rows,
  };
}
