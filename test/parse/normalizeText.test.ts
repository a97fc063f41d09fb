import { isBlank, isErrorValue, isPlaceholder, normalizeText } from '../../src/model/parse/normalizeText';
import { isDateFormat, isPercentFormat, isTimeFormat } from '../../src/model/parse/numberFormat';
import { label } from './parsedCase';

describe('normalizeText', () => {
  test.each([
    { input: '　２０２２年１１月３日　１０：３０ ', expected: '2022年11月3日 10:30' },
    { input: '2（IDC 部、网络部）', expected: '2(IDC 部、网络部)' },
    { input: 'ＡＢＣ　ｘｙｚ', expected: 'ABC xyz' },
    { input: ' a \t\n b ', expected: 'a b' },
    { input: '3～5年', expected: '3~5年' },
    { input: '23:30〜00:30', expected: '23:30~00:30' },
    { input: 'Ⅱ级', expected: 'II级' },
    { input: '\u200B2022', expected: '2022' },
    { input: '', expected: '' },
  ])('$input', ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('isBlank', () => {
  test.each([
    { input: '', expected: true },
    { input: '   ', expected: true },
    { input: '\u3000', expected: true },
    { input: null, expected: true },
    { input: undefined, expected: true },
    { input: 0, expected: false },
    { input: false, expected: false },
    { input: '——', expected: false },
  ])('$input', ({ input, expected }) => {
    expect(isBlank(input)).toBe(expected);
  });
});

describe('isPlaceholder', () => {
  test.each([
    ['——', true],
    ['---', true],
    ['--', true],
    ['-', true],
    ['—', true],
    ['/', true],
    ['无', true],
    [' 无 ', true],
    ['暂无', true],
    ['N/A', true],
    ['－－－', true],
    ['', false],
    ['0', false],
    ['无服务商', false],
    ['2022/10/1', false],
  ])('%s', (input, expected) => {
    expect(isPlaceholder(input)).toBe(expected);
  });
});

describe('isErrorValue', () => {
  test.each([
    ['#DIV/0!', true],
    ['#N/A', true],
    ['#VALUE!', true],
    ['#REF!', true],
    ['#NAME?', true],
    ['#NUM!', true],
    ['#NULL!', true],
    ['#SPILL!', true],
    ['#CALC!', true],
    ['#GETTING_DATA', true],
    [' #n/a ', true],
    ['#', false],
    ['N/A', false],
    ['2', false],
  ])('%s', (input, expected) => {
    expect(isErrorValue(input)).toBe(expected);
  });

  test('numbers and booleans are no error values', () => {
    expect(isErrorValue(0)).toBe(false);
    expect(isErrorValue(true)).toBe(false);
  });
});

describe('number formats', () => {
  test.each([
    ['yyyy"年"m"月"d"日"', true],
    ['m"月"d"日"', true],
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日" hh:mm', true],
    ['yyyy"年"m"月"', true],
    ['[$-804]yyyy"年"m"月"d"日";@', true],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', true],
    ['mmmm', true],
    ['m/d/yyyy h:mm', true],
    ['14', true],
    ['27', true],
    ['31', true],
    ['36', true],
    ['58', true],
    ['Date', true],
    ['日期', true],
    ['General', false],
    ['0', false],
    ['0.00', false],
    ['0%', false],
    ['0.00E+00', false],
    ['@', false],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['"days"0', false],
    ['[Red]0.00', false],
    ['32', false],
    ['', false],
  ])('isDateFormat(%s)', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test('isDateFormat without a format', () => {
    expect(isDateFormat(undefined)).toBe(false);
  });

  test.each([
    ['h:mm', true],
    ['[h]:mm', true],
    ['h"时"mm"分"', true],
    ['上午/下午h"时"mm"分"', true],
    ['mm:ss', true],
    ['32', true],
    ['55', true],
    ['yyyy/m/d h:mm', false],
    ['yyyy/m/d', false],
    ['General', false],
    ['0', false],
  ])('isTimeFormat(%s)', (format, expected) => {
    expect(isTimeFormat(format)).toBe(expected);
  });

  test.each([
    ['0%', true],
    ['0.00%', true],
    ['9', true],
    ['"%"0', false],
    ['0.00', false],
    ['General', false],
  ])('isPercentFormat(%s)', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

test('label quotes strings only', () => {
  expect(label('a')).toBe('"a"');
  expect(label(1)).toBe('1');
});
