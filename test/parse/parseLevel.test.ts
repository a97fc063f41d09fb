import { parseLevel, SeverityLevel } from '../../src/model/parse/parseLevel';
import type { CellValue } from '../../src/model/sources/source';
import { expectCase, label, ParsedCase } from './parsedCase';

const CASES: Array<ParsedCase<CellValue | null | undefined, SeverityLevel | null>> = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: null },
  { input: '未定级', value: null },
  { input: '一级', value: 1 },
  { input: '二级', value: 2 },
  { input: '三级', value: 3 },
  { input: '1级', value: 1 },
  { input: '2级', value: 2 },
  { input: '３级', value: 3 },
  { input: 'Ⅰ级', value: 1 },
  { input: 'Ⅱ级', value: 2 },
  { input: 'Ⅲ级', value: 3 },
  { input: 'II级', value: 2 },
  { input: 'iii级', value: 3 },
  { input: '二级事件', value: 2 },
  { input: '一级事件', value: 1 },
  { input: '三级故障', value: 3 },
  { input: ' 二 级 ', value: 2 },
  { input: '2', value: 2 },
  { input: 1, value: 1 },
  { input: 2, value: 2 },
  { input: 3, value: 3 },
  { input: 0, code: 'level.invalid' },
  { input: 4, code: 'level.invalid' },
  { input: 1.5, code: 'level.invalid' },
  { input: Number.NaN, code: 'level.invalid' },
  { input: true, code: 'level.invalid' },
  { input: '四级', code: 'level.invalid' },
  { input: '网络三类用户', code: 'level.invalid' },
  { input: '高', code: 'level.invalid' },
  { input: '#REF!', code: 'cell.error' },
];

describe('parseLevel', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseLevel(testCase.input), testCase);
  });
});
