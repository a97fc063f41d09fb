import type { CalendarDate } from '../../src/model/parse/calendarDate';
import { DateContext, parseDate } from '../../src/model/parse/parseDate';
import type { CellValue } from '../../src/model/sources/source';
import { day, minute, month, year } from './dates';
import { expectCase, label, ParsedCase } from './parsedCase';
import { describeIssue } from '../../src/messages/issues';

type DateCase = ParsedCase<CellValue | null | undefined, CalendarDate | null> & { context?: DateContext };

const SERIALS: DateContext = { treatNumbersAsSerials: true };

const CASES: DateCase[] = [
  // Blank cells and placeholders
  { input: '', value: null },
  { input: '  ', value: null },
  { input: null, value: null },
  { input: undefined, value: null },
  { input: '——', value: null },
  { input: '---', value: null },
  { input: '/', value: null },
  { input: '无', value: null },

  // Serial numbers
  { input: 44431, context: SERIALS, value: day(2021, 8, 23) },
  { input: 42369, context: { treatNumbersAsSerials: true, date1904: true }, value: day(2020, 1, 1) },
  { input: 44868, context: { numberFormat: 'm"月"d"日"' }, value: day(2022, 11, 3) },
  { input: 44899, context: { numberFormat: 'yyyy"年"m"月"d"日"' }, value: day(2022, 12, 4) },
  { input: 44877, context: { numberFormat: 'yyyy/m/d' }, value: day(2022, 11, 12) },
  { input: 44885.4375, context: { numberFormat: 'yyyy"年"m"月"d"日" hh:mm' }, value: minute(2022, 11, 20, 10, 30) },
  { input: 44868, context: { numberFormat: '31' }, value: day(2022, 11, 3) },
  { input: 44868, context: { numberFormat: '58' }, value: day(2022, 11, 3) },
  { input: 0, context: SERIALS, value: null },
  { input: 0, value: null },
  { input: 60, context: SERIALS, code: 'date.outOfRange' },
  { input: 3_000_000, context: SERIALS, code: 'date.outOfRange' },
  { input: -5, context: SERIALS, code: 'date.invalid' },
  { input: 44431, code: 'date.invalid' },
  { input: 44431, context: { numberFormat: '0.00' }, code: 'date.invalid' },
  { input: 2017, code: 'date.invalid' },
  { input: Number.NaN, context: SERIALS, code: 'date.invalid' },
  { input: Number.POSITIVE_INFINITY, context: SERIALS, code: 'date.invalid' },
  { input: true, code: 'date.invalid' },

  // Texts with a year
  { input: '2015/3/21', value: day(2015, 3, 21) },
  { input: '2016. 3. 6', value: day(2016, 3, 6) },
  { input: '2016.3.6', value: day(2016, 3, 6) },
  { input: '2022-09', value: month(2022, 9) },
  { input: '2022-9-1', value: day(2022, 9, 1) },
  { input: '2022-11-03', value: day(2022, 11, 3) },
  { input: '20221103', value: day(2022, 11, 3) },
  { input: '2019 年 7 月', value: month(2019, 7) },
  { input: '2022 年 10 月', value: month(2022, 10) },
  { input: '2015年6月', value: month(2015, 6) },
  { input: '2017年', value: year(2017) },
  { input: '05 年', value: year(2005) },
  { input: '02年', value: year(2002) },
  { input: '11年', value: year(2011) },
  { input: '2015 年 11 月 10 日', value: day(2015, 11, 10) },
  { input: '2022年11月20日 10:30', value: minute(2022, 11, 20, 10, 30) },
  { input: '2022年11月20日10:30', value: minute(2022, 11, 20, 10, 30) },
  { input: '2022-11-20 10:30', value: minute(2022, 11, 20, 10, 30) },
  { input: '2022/11/20 0:00', value: minute(2022, 11, 20, 0, 0) },
  { input: '2022-11-20 10:30:45', value: minute(2022, 11, 20, 10, 30) },
  { input: '２０２２年１１月２０日　１０：３０', value: minute(2022, 11, 20, 10, 30) },
  { input: '２０１５／３／２１', value: day(2015, 3, 21) },
  { input: '2024年2月29日', value: day(2024, 2, 29) },

  // Texts without a year
  { input: '11月3日', context: { defaultYear: 2022 }, value: day(2022, 11, 3) },
  { input: '11月19日', context: { defaultYear: 2022 }, value: day(2022, 11, 19) },
  { input: '11月3日 18:10', context: { defaultYear: 2022 }, value: minute(2022, 11, 3, 18, 10) },
  { input: '11月3日', context: { defaultYear: 2022, warnAssumedYear: true }, value: day(2022, 11, 3), warnings: ['date.yearAssumed'] },
  { input: '11月3日', code: 'date.yearMissing' },
  { input: '11月3日', context: { defaultYear: 1800 }, code: 'date.outOfRange' },

  // Bad values
  { input: '2023年2月29日', code: 'date.dayNotInMonth' },
  { input: '2022-02-30', code: 'date.dayNotInMonth' },
  { input: '2022-02-32', code: 'date.invalid' },
  { input: '2022-13-01', code: 'date.invalid' },
  { input: '2022-11-31', code: 'date.dayNotInMonth' },
  { input: '2022-11-20 25:00', code: 'date.invalid' },
  { input: '1900年1月1日', code: 'date.outOfRange' },
  { input: '2200-01-01', code: 'date.outOfRange' },
  { input: '1949年', code: 'date.outOfRange' },
  { input: '明天', code: 'date.invalid' },
  { input: '2022', code: 'date.invalid' },
  { input: '44431', code: 'date.invalid' },
  { input: '11月', code: 'date.invalid' },
  { input: '2022年11月3日 和 4日', code: 'date.invalid' },
  { input: '2022/11/3-2022/11/4', code: 'date.invalid' },
  { input: '#VALUE!', code: 'cell.error' },
  { input: '#N/A', code: 'cell.error' },
];

describe('parseDate', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseDate(testCase.input, testCase.context), testCase);
  });

  test('failure keeps the input and range', () => {
    const result = parseDate('1900年1月1日');

    expect(result).toEqual({
      ok: false,
      issue: { code: 'date.outOfRange', input: '1900年1月1日', detail: { min: 1950, max: 2100 } },
    });
  });

  test('assumed year warning names the year', () => {
    const result = parseDate('11月3日', { defaultYear: 2022, warnAssumedYear: true });

    expect(result.ok).toBe(true);
    expect(result.ok ? result.issues : []).toEqual([{ code: 'date.yearAssumed', input: '11月3日', detail: { year: 2022 } }]);
  });

  test('time zone does not shift midnight', () => {
    const result = parseDate(44868, SERIALS);

    expect(result).toEqual({ ok: true, value: day(2022, 11, 3), issues: [] });
  });
});

describe('parseDate messages', () => {
  test('a day past the month end says how many days the month has', () => {
    const result = parseDate('2022-02-30');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issue;
    expect(describeIssue(issue!.code, { ...issue!.detail, input: issue!.input })).toContain('2022 年 2 月只有 28 天');
  });
});
