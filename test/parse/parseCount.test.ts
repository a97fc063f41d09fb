import { Count, CountContext, parseCount } from '../../src/model/parse/parseCount';
import type { CellValue } from '../../src/model/sources/source';
import { expectCase, label, ParsedCase } from './parsedCase';

type CountCase = ParsedCase<CellValue | null | undefined, Count | null> & { context?: CountContext };

const CASES: CountCase[] = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: null },
  { input: '---', value: null },
  { input: '无', value: { value: 0 } },
  { input: 2, value: { value: 2 } },
  { input: 0, value: { value: 0 } },
  { input: '2', value: { value: 2 } },
  { input: ' ２ ', value: { value: 2 } },
  { input: '2.5', value: { value: 2.5 } },
  { input: '-1', value: { value: -1 } },
  { input: '1,234', value: { value: 1234 } },
  { input: '2次', value: { value: 2 } },
  { input: '2（网站平台部）', value: { value: 2, note: '网站平台部' } },
  { input: '2（IDC 部、网络部）', value: { value: 2, note: 'IDC 部、网络部' } },
  { input: '2 (IDC 部、网络部)', value: { value: 2, note: 'IDC 部、网络部' } },
  { input: '2次（网络部）', value: { value: 2, note: '网络部' } },
  { input: '2()', value: { value: 2 } },
  { input: '85%', value: { value: 85, percent: true } },
  { input: 0.85, context: { numberFormat: '0%' }, value: { value: 85, percent: true } },
  { input: 'abc', code: 'number.invalid' },
  { input: '9'.repeat(400), code: 'number.invalid' },
  { input: Number.MAX_VALUE, context: { numberFormat: '0%' }, code: 'number.invalid' },
  { input: '2 3', code: 'number.invalid' },
  { input: '二', code: 'number.invalid' },
  { input: '（网络部）', code: 'number.invalid' },
  { input: true, code: 'number.invalid' },
  { input: Number.NaN, code: 'number.invalid' },
  { input: Number.POSITIVE_INFINITY, code: 'number.invalid' },
  { input: '#DIV/0!', code: 'cell.error' },
  { input: '#N/A', code: 'cell.error' },
];

describe('parseCount', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseCount(testCase.input, testCase.context), testCase);
  });
});
