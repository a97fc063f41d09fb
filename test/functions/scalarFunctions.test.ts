import { dateToSerial } from '../../src/model/parse/calendarDate';
import {
  durationMinutes,
  isTimeoutIncident,
  levelNumber,
  serialDate,
  serviceCategory,
} from '../../src/functions/functions';
import { excelError, installCustomFunctionsGlobal } from './excelRuntime';

installCustomFunctionsGlobal();

const serial = (year: number, month: number, day: number) =>
  dateToSerial({ year, month, day, precision: 'day' }, false);

describe('DURATION', () => {
  test.each([
    ['1小时 11:20-12:20', 60],
    ['40分钟', 40],
    ['1.5小时', 90],
    ['1小时30分', 90],
    ['2天', 2880],
    ['23:30-00:30', 60],
    [45, 45],
  ])('%p is %p minutes', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });

  test('range wins over a disagreeing length', () => {
    expect(durationMinutes('2小时 14:00-15:00')).toBe(60);
  });

  test('empty cell is #N/A on web and desktop', () => {
    for (const empty of ['', 0, null]) {
      const error = excelError(() => durationMinutes(empty));
      expect(error.code).toBe('#N/A');
      expect(error.message).toContain('持续时间为空');
    }
  });

  test('unreadable text is #VALUE!', () => {
    const error = excelError(() => durationMinutes('很久'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('很久');
  });
});

describe('ISTIMEOUT', () => {
  test.each([
    ['二级', '5小时', true],
    ['二级', '60分钟', false],
    ['一级', 121, true],
    ['一级', '2小时', false],
    ['三级', '10小时', false],
    ['', '10小时', false],
    [0, '10小时', false],
  ])('level %p lasting %p → %p', (level, duration, expected) => {
    expect(isTimeoutIncident(level, duration)).toBe(expected);
  });

  test('blank duration is #N/A', () => {
    expect(excelError(() => isTimeoutIncident('二级', '')).code).toBe('#N/A');
  });

  test('unreadable level is #VALUE!', () => {
    expect(excelError(() => isTimeoutIncident('高', '1小时')).code).toBe('#VALUE!');
  });
});

describe('LEVEL', () => {
  test.each([
    ['一级', 1],
    ['2级', 2],
    ['Ⅱ级', 2],
    ['二级事件', 2],
    ['三级', 3],
    [3, 3],
  ])('%p is %p', (text, level) => {
    expect(levelNumber(text)).toBe(level);
  });

  test('blank is #N/A on web and desktop', () => {
    for (const empty of ['', 0, '未定级']) {
      const error = excelError(() => levelNumber(empty));
      expect(error.code).toBe('#N/A');
      expect(error.message).toContain('未定级');
    }
  });

  test('unreadable level is #VALUE!', () => {
    expect(excelError(() => levelNumber('四级')).code).toBe('#VALUE!');
  });
});

describe('CATEGORY', () => {
  test.each([
    ['网站平台部', '政府在线首页', '网站类'],
    ['网站平台部', '公务员之窗', '公共应用类'],
    ['网络部', 0, '网络类'],
    ['IDC 部', '', '数据中心类'],
    ['IDC部', '', '数据中心类'],
    ['资源部', '', '公共应用类'],
  ])('%p with object %p is %p', (department, object, category) => {
    expect(serviceCategory(department, object)).toBe(category);
  });
});

describe('DATE', () => {
  test.each([
    ['2015/3/21', serial(2015, 3, 21)],
    ['2016. 3. 6', serial(2016, 3, 6)],
    ['2022-09', serial(2022, 9, 1)],
    ['2019 年 7 月', serial(2019, 7, 1)],
    ['05 年', serial(2005, 1, 1)],
    ['２０２２年１１月３日', serial(2022, 11, 3)],
    [serial(2022, 11, 3), serial(2022, 11, 3)],
  ])('%p is serial %p', (text, expected) => {
    expect(serialDate(text)).toBe(expected);
  });

  test('time of day becomes the fraction', () => {
    expect(serialDate('2022年11月20日 10:30')).toBeCloseTo(serial(2022, 11, 20) + 10.5 / 24, 9);
  });

  test('date without a year takes the year argument', () => {
    expect(serialDate('11月3日', 2022)).toBe(serial(2022, 11, 3));
    expect(serialDate('11月3日', '2022')).toBe(serial(2022, 11, 3));
  });

  test('date without a year and no year argument is #VALUE! with a hint', () => {
    const error = excelError(() => serialDate('11月3日', null));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('=ITSM.DATE("11月3日", 2022)');
  });

  test('empty cell is #N/A on web and desktop', () => {
    expect(excelError(() => serialDate('')).code).toBe('#N/A');
    expect(excelError(() => serialDate(0)).code).toBe('#N/A');
  });

  test('unreadable text and year are #VALUE!', () => {
    expect(excelError(() => serialDate('上周')).code).toBe('#VALUE!');
    expect(excelError(() => serialDate('11月3日', 22)).code).toBe('#VALUE!');
  });
});
