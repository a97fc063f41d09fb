import { Duration, DurationContext, parseDuration } from '../../src/model/parse/parseDuration';
import type { CellValue } from '../../src/model/sources/source';
import { expectCase, label, ParsedCase } from './parsedCase';

type DurationCase = ParsedCase<CellValue | null | undefined, Duration | null> & { context?: DurationContext };

const CASES: DurationCase[] = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: null },
  { input: '---', value: null },

  // Lengths
  { input: '1小时', value: { minutes: 60 } },
  { input: '40分钟', value: { minutes: 40 } },
  { input: '60分钟', value: { minutes: 60 } },
  { input: '1.5小时', value: { minutes: 90 } },
  { input: '0.3小时', value: { minutes: 18 } },
  { input: '1小时30分', value: { minutes: 90 } },
  { input: '1小时30分钟', value: { minutes: 90 } },
  { input: '1 小时 30 分钟', value: { minutes: 90 } },
  { input: '2天', value: { minutes: 2880 } },
  { input: '1天2小时', value: { minutes: 1560 } },
  { input: '半小时', value: { minutes: 30 } },
  { input: '半个小时', value: { minutes: 30 } },
  { input: '一个半小时', value: { minutes: 90 } },
  { input: '两小时', value: { minutes: 120 } },
  { input: '十分钟', value: { minutes: 10 } },
  { input: '1个小时', value: { minutes: 60 } },
  { input: '约1小时', value: { minutes: 60 } },
  { input: '30秒', value: { minutes: 0.5 } },
  { input: '2h', value: { minutes: 120 } },
  { input: '45min', value: { minutes: 45 } },
  { input: '１小时３０分', value: { minutes: 90 } },

  // Clock ranges
  { input: '11:20-12:20', value: { minutes: 60, range: { start: '11:20', end: '12:20' } } },
  { input: '9:40-10:40', value: { minutes: 60, range: { start: '09:40', end: '10:40' } } },
  { input: '23:30-00:30', value: { minutes: 60, range: { start: '23:30', end: '00:30' } } },
  { input: '19：35－20：05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '19:35~20:05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '19:35～20:05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '19:35至20:05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '19:35—20:05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '19:35 - 20:05', value: { minutes: 30, range: { start: '19:35', end: '20:05' } } },
  { input: '22:00-24:00', value: { minutes: 120, range: { start: '22:00', end: '24:00' } } },
  { input: '9:00-10:00, 14:00-14:30', value: { minutes: 90 } },

  // Length and range together
  { input: '1小时 11:20-12:20', value: { minutes: 60, range: { start: '11:20', end: '12:20' } } },
  { input: '6小时 10:00-16:00', value: { minutes: 360, range: { start: '10:00', end: '16:00' } } },
  { input: '40分钟 14:20-15:00', value: { minutes: 40, range: { start: '14:20', end: '15:00' } } },
  {
    input: '2小时 14:00-15:00',
    value: { minutes: 60, range: { start: '14:00', end: '15:00' } },
    warnings: ['duration.conflict'],
  },
  { input: '11:20-12:20(1小时)', value: { minutes: 60, range: { start: '11:20', end: '12:20' } } },

  // Numbers: minutes, or a day fraction under a time format
  { input: 40, value: { minutes: 40 } },
  { input: 0, value: { minutes: 0 } },
  { input: 1.5, value: { minutes: 1.5 } },
  { input: 0.0625, context: { numberFormat: 'h:mm' }, value: { minutes: 90 } },
  { input: 0.0625, context: { numberFormat: '[h]:mm' }, value: { minutes: 90 } },

  // Bad values
  { input: -5, code: 'duration.invalid' },
  { input: Number.NaN, code: 'duration.invalid' },
  { input: true, code: 'duration.invalid' },
  { input: '很久', code: 'duration.invalid' },
  { input: `${'9'.repeat(400)}小时`, code: 'duration.invalid' },
  { input: Number.MAX_VALUE, context: { numberFormat: 'h:mm' }, code: 'duration.invalid' },
  { input: '1小时30', code: 'duration.invalid' },
  { input: '40', code: 'duration.invalid' },
  { input: '12:20', code: 'duration.invalid' },
  { input: '11:20-11:20', code: 'duration.invalid' },
  { input: '11:20-12:75', code: 'duration.invalid' },
  { input: '25:00-26:00', code: 'duration.invalid' },
  { input: '#DIV/0!', code: 'cell.error' },
];

describe('parseDuration', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseDuration(testCase.input, testCase.context), testCase);
  });

  test('conflict detail carries both lengths', () => {
    const result = parseDuration('2小时 14:00-15:00');

    expect(result.ok).toBe(true);
    expect(result.ok ? result.issues : []).toEqual([
      { code: 'duration.conflict', input: '2小时 14:00-15:00', detail: { stated: 120, ranged: 60, range: '14:00-15:00' } },
    ]);
  });
});
