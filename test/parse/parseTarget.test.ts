import { parseTarget, TargetContext, TargetExpression } from '../../src/model/parse/parseTarget';
import type { CellValue } from '../../src/model/sources/source';
import { expectCase, label, ParsedCase } from './parsedCase';

type TargetCase = ParsedCase<CellValue | null | undefined, TargetExpression | null> & { context?: TargetContext };

const CASES: TargetCase[] = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: { kind: 'notMeasured' } },
  { input: '---', value: { kind: 'notMeasured' } },
  { input: '不适用', value: { kind: 'notMeasured' } },

  { input: '0 (次)', value: { kind: 'atMost', value: 0, percent: false, unit: '次' } },
  { input: '0（次）', value: { kind: 'atMost', value: 0, percent: false, unit: '次' } },
  { input: '0 (个)', value: { kind: 'atMost', value: 0, percent: false, unit: '个' } },
  { input: '0 (单)', value: { kind: 'atMost', value: 0, percent: false, unit: '单' } },
  { input: '0次', value: { kind: 'atMost', value: 0, percent: false, unit: '次' } },
  { input: '0', value: { kind: 'atMost', value: 0, percent: false } },
  { input: 0, value: { kind: 'atMost', value: 0, percent: false } },

  { input: '≥85', value: { kind: 'atLeast', value: 85, percent: false } },
  { input: '>=85', value: { kind: 'atLeast', value: 85, percent: false } },
  { input: '＞＝85', value: { kind: 'atLeast', value: 85, percent: false } },
  { input: '≥ 80', value: { kind: 'atLeast', value: 80, percent: false } },
  { input: '≥4 (次)', value: { kind: 'atLeast', value: 4, percent: false, unit: '次' } },
  { input: '≥1 (次)', value: { kind: 'atLeast', value: 1, percent: false, unit: '次' } },
  { input: '≥90%', value: { kind: 'atLeast', value: 90, percent: true } },
  { input: '不低于90%', value: { kind: 'atLeast', value: 90, percent: true } },
  { input: '>95%', value: { kind: 'atLeast', value: 95, percent: true, strict: true } },
  { input: '≤5%', value: { kind: 'atMost', value: 5, percent: true } },
  { input: '<=5%', value: { kind: 'atMost', value: 5, percent: true } },
  { input: '≦5%', value: { kind: 'atMost', value: 5, percent: true } },
  { input: '<3', value: { kind: 'atMost', value: 3, percent: false, strict: true } },
  { input: '100%', value: { kind: 'atLeast', value: 100, percent: true } },
  { input: '99.9%', value: { kind: 'atLeast', value: 99.9, percent: true } },
  { input: '85', value: { kind: 'atLeast', value: 85, percent: false } },
  { input: 85, value: { kind: 'atLeast', value: 85, percent: false } },
  { input: 1, context: { numberFormat: '0%' }, value: { kind: 'atLeast', value: 100, percent: true } },
  { input: 0.9, context: { numberFormat: '0.0%' }, value: { kind: 'atLeast', value: 90, percent: true } },

  { input: '完成', value: { kind: 'equals', text: '完成' } },
  { input: '按时完成', value: { kind: 'equals', text: '按时完成' } },
  { input: '分指标全达标', value: { kind: 'allSubTargets' } },
  { input: '分指标均达标', value: { kind: 'allSubTargets' } },

  { input: -1, code: 'target.invalid' },
  { input: Number.NaN, code: 'target.invalid' },
  { input: true, code: 'target.invalid' },
  { input: '≥', code: 'target.invalid' },
  { input: '≥abc', code: 'target.invalid' },
  { input: '尽量少', code: 'target.invalid' },
  { input: `≥${'9'.repeat(400)}`, code: 'target.invalid' },
  { input: '85分以上', code: 'target.invalid' },
  { input: '1-2次', code: 'target.invalid' },
  { input: '#DIV/0!', code: 'cell.error' },
];

describe('parseTarget', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseTarget(testCase.input, testCase.context), testCase);
  });
});
