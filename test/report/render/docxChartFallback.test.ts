import JSZip from 'jszip';
import type { ChartSpec } from '../../../src/report/document';
import { renderText } from '../../../src/messages/zh-CN';
import { renderDocx } from '../../../src/report/render/docx';
import { sampleDocument } from '../sampleDocument';

// resvg is a native module; here it is treated as unavailable, as in a browser.
jest.mock('../../../src/report/render/chartPng', () => ({ renderChartPng: () => undefined }));

const causeChart: ChartSpec = {
  id: 'incidents-by-cause',
  kind: 'pie',
  title: '11 月故障原因分布',
  categories: ['技术支持', '软件故障'],
  series: [{ name: '故障数', values: [4, 2] }],
};

describe('renderDocx without chart images', () => {
  let files: string[];
  let xml: string;

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await renderDocx({ ...sampleDocument, blocks: [{ kind: 'chart', chart: causeChart }] }));
    files = Object.keys(zip.files);
    xml = await zip.file('word/document.xml')!.async('string');
  });

  test('no image is written', () => {
    expect(files.filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(xml).not.toContain('<pic:pic');
  });

  test('a note says the image is missing', () => {
    expect(xml).toContain(renderText.chartImageMissing);
  });

  test('the chart data becomes a table', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const texts = [...table.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);

    expect(texts).toEqual(['分类', '故障数', '技术支持', '4', '软件故障', '2']);
    expect(xml).toContain('11 月故障原因分布（数据）');
  });
});
