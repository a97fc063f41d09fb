import type { MonthlyAnalysis } from '../../src/model/analyseMonth';
import { attainmentStatus } from '../../src/functions/functions';
import { analyseExample } from '../example/loadExample';
import { excelError, installCustomFunctionsGlobal } from './excelRuntime';

installCustomFunctionsGlobal();

describe('ATTAINMENT', () => {
  test.each([
    [2, '≥4 (次)', '每月', '2022-11', '进行中'],
    [2, '≥4 (次)', '每月', '2022-12', '未达标'],
    [4, '≥4 (次)', null, '2022-11', '达标'],
    [0, '0 (次)', null, '2022-11', '达标'],
    [1, '0 (次)', null, '2022-11', '未达标'],
    [0.95, '≥90%', null, '2022-11', '达标'],
    ['95%', '≥90%', null, '2022-11', '达标'],
    [0.85, '≥90%', null, '2022-12', '未达标'],
    [3, '≤5%', null, '2022-11', '达标'],
    ['完成', '完成', null, '2022-11', '达标'],
    [5, '——', null, '2022-11', '不适用'],
    [5, '≥4', '每季度', '2022-11', '不适用'],
    [5, '≥4', '每季度', '2022-12', '达标'],
    ['', '0 (次)', null, '2022-11', '数据缺失'],
    ['2（网站平台部）', '≥1', null, '2022-11', '达标'],
  ])('actual %p against %p (%p, %p) → %p', (actual, target, frequency, month, expected) => {
    expect(attainmentStatus(actual, target, frequency, month)).toBe(expected);
  });

  test('omitted month is the current month', () => {
    jest.useFakeTimers({ now: new Date(2022, 11, 15, 12) });
    try {
      expect(attainmentStatus(2, '≥4 (次)')).toBe('未达标');
    } finally {
      jest.useRealTimers();
    }
  });

  test('unreadable target is #VALUE!', () => {
    const error = excelError(() => attainmentStatus(1, '大概'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('大概');
  });

  describe('on the example target table', () => {
    let analysis: MonthlyAnalysis;

    beforeAll(async () => {
      analysis = await analyseExample();
    });

    test('every indicator matches the report', () => {
      const indicators = analysis.targets.flatMap((group) => group.indicators);
      expect(indicators.length).toBeGreaterThan(0);
      for (const indicator of indicators) {
        const actual = indicator.ytd.text !== '' ? indicator.ytd.text : indicator.month.text;
        const status = attainmentStatus(actual, indicator.target, indicator.frequency, '2022-11');
        expect({ indicator: indicator.indicator, status }).toEqual({
          indicator: indicator.indicator,
          status: indicator.status,
        });
      }
    });
  });
});

describe('ATTAINMENT actual values', () => {
  test('text actual against a numeric target is #VALUE!', () => {
    const error = excelError(() => attainmentStatus('很多', '≥4'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('很多');
  });
});
