import { combineAttainments, isMeasuredIn, judgeAttainment } from '../../src/model/compute/attainment';
import { parseTarget } from '../../src/model/parse/parseTarget';

function judge(target: string, actual: number | null, frequency = '每月', month = 11, actualText = '') {
  const parsed = parseTarget(target);
  if (!parsed.ok) {
    throw new Error(`target ${target} did not parse`);
  }
  return judgeAttainment({ target: parsed.value, actual, actualText, frequency, month });
}

describe('judgeAttainment', () => {
  test.each([
    ['0 (次)', 0, '达标'],
    ['0 (次)', 1, '未达标'],
    ['≥4 (次)', 2, '进行中'],
    ['≥4 (次)', 4, '达标'],
    ['≥85', 90, '达标'],
    ['≤5%', 6, '未达标'],
    ['100%', 100, '达标'],
    ['>3', 3, '进行中'],
    ['<1', 0, '达标'],
    ['0 (次)', null, '数据缺失'],
    ['——', 3, '不适用'],
    ['分指标全达标', 0, '不适用'],
  ])('target %s with actual %p in November', (target, actual, expected) => {
    expect(judge(target, actual)).toBe(expected);
  });

  test('an unreached at-least target fails in December', () => {
    expect(judge('≥4 (次)', 2, '每月', 12)).toBe('未达标');
  });

  test('text targets compare the typed text', () => {
    expect(judge('完成', null, '半年', 12, '完成')).toBe('达标');
    expect(judge('完成', null, '半年', 12, '未完成')).toBe('未达标');
    expect(judge('完成', null, '半年', 12, '')).toBe('数据缺失');
  });

  test('targets not measured this month are 不适用', () => {
    expect(judge('≥80', 90, '每年', 11)).toBe('不适用');
    expect(judge('100%', 100, '半年', 11)).toBe('不适用');
    expect(judge('100%', 100, '半年', 6)).toBe('达标');
  });
});

describe('isMeasuredIn', () => {
  test.each([
    ['每月', 1, true],
    ['每季度', 2, false],
    ['每季度', 9, true],
    ['半年', 6, true],
    ['每半年', 7, false],
    ['每年', 11, false],
    ['每年', 12, true],
    ['', 5, true],
  ])('%s in month %i', (frequency, month, expected) => {
    expect(isMeasuredIn(frequency, month)).toBe(expected);
  });
});

describe('combineAttainments', () => {
  test.each([
    [['达标', '不适用'], '达标'],
    [['达标', '未达标'], '未达标'],
    [['达标', '进行中'], '进行中'],
    [['不适用', '不适用'], '不适用'],
    [['达标', '数据缺失'], '数据缺失'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(combineAttainments([...statuses])).toBe(expected);
  });
});
