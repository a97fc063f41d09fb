import path from 'path';
import { loadSources } from '../../src/io/loadSources';
import { analyseMonth, MonthlyAnalysis } from '../../src/model/analyseMonth';
import { defaultSettings } from '../../src/model/settings';
import type { Source } from '../../src/model/sources/source';

export const EXAMPLE_DIR = path.join(__dirname, '..', '..', 'examples', '2022-11');
export const EXAMPLE_MONTH = { year: 2022, month: 11 };

/** Level-1 headings of the report, in the user's order and wording. */
export const SECTION_HEADINGS = [
  '一、本月关键信息摘要',
  '二、质量目标完成情况跟踪',
  '三、质量问题处理情况跟踪',
  '四、故障分析与改进建议',
  '五、重要设备情况跟踪',
  '六、中心常规业务办理情况',
  '七、本月 ISO 文件变更概要',
  '附：数据校验',
];

/** Reads the example workbooks through the same loader as the CLI. */
export async function loadExampleSources(): Promise<Source[]> {
  const loaded = await loadSources([EXAMPLE_DIR]);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.sources;
}

export async function analyseExample(): Promise<MonthlyAnalysis> {
  return analyseMonth(await loadExampleSources(), EXAMPLE_MONTH, defaultSettings());
}

/**
 * Reshapes a source as Office.js passes a used range: a merged area's value
 * only in its top-left cell, "" elsewhere, and no merge list.
 */
export function asOfficeJsRange(source: Source): Source {
  const values = source.values.map((row) => [...row]);
  for (const merge of source.merges ?? []) {
    const [start, end] = merge.split(':').map(parseA1);
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++) {
        if ((row !== start.row || column !== start.column) && values[row]?.[column] !== undefined) {
          values[row][column] = '';
        }
      }
    }
  }
  return { ...source, values, merges: undefined };
}

function parseA1(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
