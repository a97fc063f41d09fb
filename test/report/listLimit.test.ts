import { analyseMonth } from '../../src/model/analyseMonth';
import { defaultSettings } from '../../src/model/settings';
import type { CellValue, Source } from '../../src/model/sources/source';
import { buildReport } from '../../src/report/buildReport';
import type { Block } from '../../src/report/document';
import { MAX_LISTED_ROWS } from '../../src/report/listLimit';

function largeLog(rows: number): Source {
  const values: CellValue[][] = [['日期', '持续时间', '事件级别', '故障对象', '故障类型']];
  for (let index = 0; index < rows; index++) {
    values.push([`2022/11/${(index % 28) + 1}`, '1小时', '', '网络三类用户', '链路故障']);
  }
  return { origin: { file: '网络部.xlsx', sheet: '故障登记', topLeft: 'A1' }, values, date1904: false };
}

describe('listing tables over the row limit', () => {
  const rows = MAX_LISTED_ROWS + 200;
  const analysis = analyseMonth([largeLog(rows)], { year: 2022, month: 11 }, defaultSettings());
  const blocks = buildReport(analysis, { year: 2022, month: 12, day: 4 }).blocks;
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === `网络部（${rows} 起）`);

  test('figures count every row', () => {
    expect(analysis.incidentFigures.total).toBe(rows);
  });

  test('the table lists the limit and a note says so', () => {
    const table = blocks[start + 1] as Extract<Block, { kind: 'table' }>;
    const note = blocks[start + 2] as Extract<Block, { kind: 'paragraph' }>;

    expect(table.table.rows).toHaveLength(MAX_LISTED_ROWS);
    expect(note.text).toContain(`本表共 ${rows} 行，报告只列出前 ${MAX_LISTED_ROWS} 行`);
  });
});
