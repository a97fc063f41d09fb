import { XMLValidator } from 'fast-xml-parser';
import type { ChartSpec } from '../../../src/report/document';
import { renderChartSvg } from '../../../src/report/render/chartSvg';
import { HOSTILE_TEXTS, SAMPLE_CHARTS } from '../sampleDocument';

describe('renderChartSvg', () => {
  test.each(SAMPLE_CHARTS.map((chart) => [chart.kind, chart] as const))('%s chart is well-formed SVG', (_kind, chart) => {
    const svg = renderChartSvg(chart);

    expect(svg.startsWith('<svg')).toBe(true);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  test.each(SAMPLE_CHARTS.map((chart) => [chart.kind, chart] as const))('%s chart shows title and categories', (_kind, chart) => {
    const svg = renderChartSvg(chart);

    expect(svg).toContain(chart.title);
    for (const category of chart.categories) {
      expect(svg).toContain(category);
    }
  });

  test('pie labels show name, count and percent', () => {
    const pie = SAMPLE_CHARTS.find((chart) => chart.kind === 'pie') as ChartSpec;

    expect(renderChartSvg(pie)).toContain('技术支持：4（44.45%）');
  });

  test('column labels show the counts', () => {
    const column = SAMPLE_CHARTS.find((chart) => chart.kind === 'column') as ChartSpec;
    const svg = renderChartSvg(column);

    expect(svg).toMatch(/>7<\/text>/);
    expect(svg).toMatch(/>2<\/text>/);
  });

  test('size option sets the SVG size', () => {
    const svg = renderChartSvg(SAMPLE_CHARTS[0], { width: 400, height: 200 });

    expect(svg).toMatch(/^<svg width="400" height="200"/);
  });

  test('labels carry no white text outline', () => {
    const svg = renderChartSvg(SAMPLE_CHARTS[0]);

    expect(svg).not.toContain('paint-order');
  });

  test('hostile category names stay text', () => {
    const chart: ChartSpec = {
      id: 'hostile',
      kind: 'column',
      title: HOSTILE_TEXTS[4],
      categories: [...HOSTILE_TEXTS],
      series: [{ name: '故障数', values: [1, 2, 3, 4, 5] }],
    };
    const svg = renderChartSvg(chart);

    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  test('chart without series still renders', () => {
    const chart: ChartSpec = { id: 'empty', kind: 'pie', title: '按故障原因分类', categories: [], series: [] };

    expect(renderChartSvg(chart)).toContain('<svg');
  });
});

describe('renderChartSvg determinism', () => {
  test('same chart gives same SVG', () => {
    for (const chart of SAMPLE_CHARTS) {
      expect(renderChartSvg(chart)).toBe(renderChartSvg(chart));
    }
  });

  test('id-like category text is kept', () => {
    const chart: ChartSpec = { id: 'ids', kind: 'column', title: 'zr7-cls-3', categories: ['zr9-c1'], series: [{ name: 'zr5-x', values: [1] }] };
    const svg = renderChartSvg(chart);

    expect(svg).toContain('>zr7-cls-3</text>');
    expect(svg).toContain('>zr9-c1</text>');
  });
});
