import { parseServiceLife, ServiceLife } from '../../src/model/parse/parseServiceLife';
import type { CellValue } from '../../src/model/sources/source';
import { expectCase, label, ParsedCase } from './parsedCase';

const CASES: Array<ParsedCase<CellValue | null | undefined, ServiceLife | null>> = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: null },
  { input: '/', value: null },
  { input: '---', value: null },
  { input: '未知', value: null },
  { input: '3 年', value: { minYears: 3, maxYears: 3 } },
  { input: '3年', value: { minYears: 3, maxYears: 3 } },
  { input: '３年', value: { minYears: 3, maxYears: 3 } },
  { input: '三年', value: { minYears: 3, maxYears: 3 } },
  { input: '十年', value: { minYears: 10, maxYears: 10 } },
  { input: '十五年', value: { minYears: 15, maxYears: 15 } },
  { input: '10年', value: { minYears: 10, maxYears: 10 } },
  { input: '8年', value: { minYears: 8, maxYears: 8 } },
  { input: '3-5 年', value: { minYears: 3, maxYears: 5 } },
  { input: '3～5年', value: { minYears: 3, maxYears: 5 } },
  { input: '3~5年', value: { minYears: 3, maxYears: 5 } },
  { input: '3至5年', value: { minYears: 3, maxYears: 5 } },
  { input: '3年-5年', value: { minYears: 3, maxYears: 5 } },
  { input: '三至五年', value: { minYears: 3, maxYears: 5 } },
  { input: '5', value: { minYears: 5, maxYears: 5 } },
  { input: 3, value: { minYears: 3, maxYears: 3 } },
  { input: 0, code: 'life.invalid' },
  { input: -3, code: 'life.invalid' },
  { input: Number.NaN, code: 'life.invalid' },
  { input: true, code: 'life.invalid' },
  { input: '5-3年', code: 'life.invalid' },
  { input: '0年', code: 'life.invalid' },
  { input: '长期', code: 'life.invalid' },
  { input: '5年以上', code: 'life.invalid' },
  { input: '#N/A', code: 'cell.error' },
];

describe('parseServiceLife', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseServiceLife(testCase.input), testCase);
  });
});
