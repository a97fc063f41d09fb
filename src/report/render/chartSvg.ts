import * as echarts from 'echarts';
import type { ChartSpec } from '../document';

/** Size of a rendered chart in CSS pixels. */
export interface ChartSize {
  width?: number;
  height?: number;
}

export const DEFAULT_CHART_WIDTH = 640;
export const DEFAULT_CHART_HEIGHT = 320;

/**
 * Font stack of chart text. Family names are quoted with single quotes because
 * ECharts 6.1 copies the stack unescaped into a double-quoted SVG `style`
 * attribute, and a double quote there makes the SVG invalid XML.
 */
export const CHART_FONT_FAMILY = "SimSun, 'Songti SC', 'Noto Sans CJK SC', sans-serif";

/**
 * Renders a chart as a standalone SVG string through ECharts server-side
 * rendering, so it runs in Node and in a browser without a DOM. Animation is
 * off, and data labels show the counts (pie slices show name, count and percent).
 * ECharts escapes label and title text, so category names reach the SVG as
 * text. The same chart always gives the same SVG.
 *
 * Example: `renderChartSvg({ id: 'c', kind: 'pie', title: '按故障原因分类',
 * categories: ['技术支持'], series: [{ name: '故障数', values: [4] }] })`
 * returns `'<svg width="640" height="320" …>…技术支持：4（100%）…</svg>'`.
 */
export function renderChartSvg(chart: ChartSpec, options: ChartSize = {}): string {
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const height = options.height ?? DEFAULT_CHART_HEIGHT;

  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption(buildChartOption(chart));
    return normaliseElementIds(instance.renderToSVGString());
  } finally {
    instance.dispose();
  }
}

/**
 * Data label text without ECharts' default white outline. The outline relies
 * on SVG `paint-order`, which LibreOffice's SVG import ignores, so the labels
 * came out white on white. Word was not checked.
 */
const PLAIN_LABEL = { color: '#333333', textBorderWidth: 0, textBorderColor: 'transparent' };

/** Builds the ECharts option for one chart kind. */
function buildChartOption(chart: ChartSpec): echarts.EChartsCoreOption {
  const common = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: { text: chart.title, left: 'center', top: 8, textStyle: { fontSize: 16 } },
  };

  if (chart.kind === 'pie') {
    return { ...common, series: [buildPieSeries(chart)] };
  }

  const showLegend = chart.series.length > 1;
  return {
    ...common,
    legend: { show: showLegend, bottom: 4 },
    grid: { left: 48, right: 24, top: 56, bottom: showLegend ? 64 : 40, containLabel: true },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: chart.valueAxisTitle ?? '', minInterval: 1 },
    series: chart.series.map((series) => ({
      type: chart.kind === 'column' ? 'bar' : 'line',
      name: series.name,
      data: series.values,
      barMaxWidth: 48,
      label: { ...PLAIN_LABEL, show: true, position: 'top' },
    })),
  };
}

/** Builds a pie of the first series, one slice per category, labelled `名称：数量（百分比）`. */
function buildPieSeries(chart: ChartSpec): Record<string, unknown> {
  const values = chart.series[0]?.values ?? [];
  const data = chart.categories.map((name, index) => ({ name, value: values[index] ?? 0 }));

  return {
    type: 'pie',
    name: chart.series[0]?.name ?? chart.title,
    radius: '55%',
    center: ['50%', '56%'],
    data,
    label: { ...PLAIN_LABEL, formatter: '{b}：{c}（{d}%）', overflow: 'none' },
  };
}

/**
 * Renumbers the ids and class names ECharts draws from process-wide counters
 * (`zr3-c0`, `zr3-cls-17`) in order of appearance, so output does not depend
 * on how many charts were rendered before. Only markup and the `<style>`
 * element are rewritten, never text content, which is escaped and so
 * contains no `<` or `>`.
 */
function normaliseElementIds(svg: string): string {
  const classNames = new Map<string, string>();

  const renumber = (markup: string): string =>
    markup.replace(/\bzr\d+-/g, 'zr0-').replace(/\bzr0-cls-\d+\b/g, (name) => {
      if (!classNames.has(name)) classNames.set(name, `zr0-cls-${classNames.size}`);
      return classNames.get(name) as string;
    });

  return svg.replace(/<style[^>]*>[\s\S]*?<\/style>|<[^>]+>/g, renumber);
}
