import type { Block, ReportTable } from '../../src/report/document';
import { buildReport } from '../../src/report/buildReport';
import type { MonthlyAnalysis } from '../../src/model/analyseMonth';
import { analyseExample, SECTION_HEADINGS } from '../example/loadExample';

const TODAY = { year: 2022, month: 12, day: 4 };

function headings(blocks: Block[], level: number): string[] {
  return blocks.flatMap((block) => (block.kind === 'heading' && block.level === level ? [block.text] : []));
}

function tableAfter(blocks: Block[], headingText: string): ReportTable {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === headingText);
  const table = blocks.slice(start).find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');
  return table!.table;
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

describe('report of the example month', () => {
  let analysis: MonthlyAnalysis;
  let blocks: Block[];

  beforeAll(async () => {
    analysis = await analyseExample();
    blocks = buildReport(analysis, TODAY).blocks;
  });

  test('sections in the user order', () => {
    expect(headings(blocks, 1)).toEqual(SECTION_HEADINGS);
    expect(blocks[0]).toEqual({ kind: 'toc' });
  });

  test('cover from the 报告信息 sheet', () => {
    const { cover } = buildReport(analysis, TODAY);
    expect(cover).toMatchObject({
      documentNumber: 'ITSM-4-RP-01',
      version: 'V1.0',
      controlStatus: '受控',
      monthLabel: '2022 年 11 月',
      compilingDepartment: '技术服务管理部',
      compiledDate: '2022年12月4日',
    });
  });

  test('section 四.1 sentences', () => {
    const texts = paragraphs(blocks);
    expect(texts).toContain('1) 中心 11 月共发生故障 9 起，剔除技术支持后有故障 5 起。');
    expect(texts).toContain('2) 事件分析：11 月份一级事件 0 起，二级事件 2 起，三级事件 1 起；其中二级以上超时处理事件 0 起。');
    expect(texts.some((text) => text.includes('一级 2 小时，二级 4 小时，三级 8 小时'))).toBe(true);
  });

  test('one incident table per department', () => {
    expect(headings(blocks, 3)).toEqual(expect.arrayContaining(['网络部（7 起）', '网站平台部（2 起）']));
    expect(tableAfter(blocks, '网络部（7 起）').rows).toHaveLength(7);
    expect(tableAfter(blocks, '网站平台部（2 起）').rows[0][0].text).toBe('2022年11月20日 10:30');
    expect(tableAfter(blocks, '网络部（7 起）').rows[0][0].text).toBe('11月3日');
  });

  test('three charts', () => {
    const charts = blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : []));
    expect(charts.map((chart) => chart.kind)).toEqual(['line', 'pie', 'column']);
    expect(charts[1].categories).toEqual(['技术支持', '软件故障', '链路故障', '施工损坏', '设备故障']);
    expect(charts[2].series[0].values.slice(0, 2)).toEqual([7, 2]);
  });

  test('target table with 达标情况 and merged groups', () => {
    const table = tableAfter(blocks, '二、质量目标完成情况跟踪');
    expect(table.headerRows[0].map((cell) => cell.text)).toContain('达标情况');
    expect(table.rows).toHaveLength(36);
    expect(table.rows[0][0]).toMatchObject({ text: '平台安全稳定', rowSpan: 8 });
    expect(table.rows[0][1]).toMatchObject({ text: '一级事件次数', rowSpan: 4 });
    expect(table.rows[0][13]).toMatchObject({ text: '未达标', tone: 'bad' });
    expect(table.rows[1][13]).toMatchObject({ text: '达标', tone: 'good' });
  });

  test('one ledger table per department with a warning column', () => {
    for (const [department, count] of [['网络部', 54], ['网站平台部', 20], ['资源部', 10], ['IDC 部', 25], ['安全和备份部', 12]] as const) {
      const table = tableAfter(blocks, department);
      expect(table.rows).toHaveLength(count);
      expect(table.headerRows[0].map((cell) => cell.text)).toContain('预警');
    }
    const idc = tableAfter(blocks, 'IDC 部');
    expect(idc.rows[0][0]).toMatchObject({ text: '市民中心机房', rowSpan: 7 });
    expect(idc.rows[0][8]).toMatchObject({ text: '数据错误', tone: 'bad' });
  });

  test('services table ends with 合计', () => {
    const table = tableAfter(blocks, '六、中心常规业务办理情况');
    expect(table.rows.at(-1)!.map((cell) => cell.text)).toEqual(['合计', '51', '30', '0']);
    expect(table.totalRow).toBe(true);
  });

  test('ISO changes listed', () => {
    const table = tableAfter(blocks, '七、本月 ISO 文件变更概要');
    expect(table.rows).toHaveLength(12);
    expect(paragraphs(blocks)).toContain('本月 ISO 文件变更 12 份（修订 6 份，新增 5 份，改版 1 份）。');
    expect(table.rows[0][5].text).toBe('2022/11/12');
  });

  test('data-check list has every diagnostic', () => {
    const table = tableAfter(blocks, '附：数据校验');
    expect(table.rows).toHaveLength(analysis.diagnostics.length);
    const cells = table.rows.map((row) => `${row[1].text}!${row[3].text}`);
    expect(cells).toEqual(expect.arrayContaining(['网络部.xlsx!B8', 'IDC部.xlsx!F4', '资源部.xlsx!F5', '安全和备份部.xlsx!F15']));
  });

  test('tables are full grids', () => {
    for (const block of blocks) {
      if (block.kind !== 'table') {
        continue;
      }
      const width = block.table.columns.length;
      for (const row of [...block.table.headerRows, ...block.table.rows]) {
        expect(row).toHaveLength(width);
      }
    }
  });
});
