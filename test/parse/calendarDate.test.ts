import {
  addDays,
  addYears,
  compareDates,
  dateToSerial,
  dayNumber,
  endOfPeriod,
  formatDate,
  fromDayNumber,
  lastDayOfMonth,
  serialToDate,
} from '../../src/model/parse/calendarDate';
import { day, minute, month, year } from './dates';

describe('serialToDate', () => {
  test.each([
    { serial: 1, date1904: false, expected: day(1900, 1, 1) },
    { serial: 59, date1904: false, expected: day(1900, 2, 28) },
    { serial: 60, date1904: false, expected: day(1900, 2, 28) },
    { serial: 61, date1904: false, expected: day(1900, 3, 1) },
    { serial: 25569, date1904: false, expected: day(1970, 1, 1) },
    { serial: 44431, date1904: false, expected: day(2021, 8, 23) },
    { serial: 44899, date1904: false, expected: day(2022, 12, 4) },
    { serial: 44886.4375, date1904: false, expected: minute(2022, 11, 21, 10, 30) },
    { serial: 44431.99999, date1904: false, expected: day(2021, 8, 24) },
    { serial: 0, date1904: true, expected: day(1904, 1, 1) },
    { serial: 42369, date1904: true, expected: day(2020, 1, 1) },
    { serial: 42369.5, date1904: true, expected: minute(2020, 1, 1, 12, 0) },
  ])('serial $serial (1904: $date1904)', ({ serial, date1904, expected }) => {
    expect(serialToDate(serial, date1904)).toEqual(expected);
  });

  test('midnight serial stays on its day', () => {
    const date = serialToDate(44868, false);

    expect(date).toEqual(day(2022, 11, 3));
    expect(formatDate(date)).toBe('2022年11月3日');
  });
});

describe('dateToSerial', () => {
  test.each([
    { date: day(1900, 2, 28), date1904: false, expected: 59 },
    { date: day(1900, 3, 1), date1904: false, expected: 61 },
    { date: day(2021, 8, 23), date1904: false, expected: 44431 },
    { date: minute(2022, 11, 21, 10, 30), date1904: false, expected: 44886.4375 },
    { date: day(2020, 1, 1), date1904: true, expected: 42369 },
  ])('$date.year-$date.month-$date.day (1904: $date1904)', ({ date, date1904, expected }) => {
    expect(dateToSerial(date, date1904)).toBeCloseTo(expected, 9);
  });

  test('round trip over many serials', () => {
    for (let serial = 1; serial < 80000; serial += 97) {
      const expected = serial === 60 ? 59 : serial;

      expect(dateToSerial(serialToDate(serial, false), false)).toBe(expected);
      expect(dateToSerial(serialToDate(serial, true), true)).toBe(serial);
    }
  });
});

describe('day arithmetic', () => {
  test.each([
    { date: day(1970, 1, 1), expected: 0 },
    { date: day(2020, 1, 1), expected: 18262 },
    { date: day(1969, 12, 31), expected: -1 },
    { date: month(2022, 9), expected: dayNumber(day(2022, 9, 1)) },
  ])('dayNumber $date.year-$date.month-$date.day', ({ date, expected }) => {
    expect(dayNumber(date)).toBe(expected);
  });

  test('fromDayNumber inverts dayNumber', () => {
    expect(fromDayNumber(18262)).toEqual(day(2020, 1, 1));
    expect(fromDayNumber(-1)).toEqual(day(1969, 12, 31));
  });

  test.each([
    { year: 2022, month: 2, expected: 28 },
    { year: 2024, month: 2, expected: 29 },
    { year: 1900, month: 2, expected: 28 },
    { year: 2000, month: 2, expected: 29 },
    { year: 2022, month: 9, expected: 30 },
    { year: 2022, month: 12, expected: 31 },
  ])('lastDayOfMonth $year-$month', ({ year: y, month: m, expected }) => {
    expect(lastDayOfMonth(y, m)).toBe(expected);
  });

  test.each([
    { date: month(2022, 9), expected: day(2022, 9, 30) },
    { date: month(2024, 2), expected: day(2024, 2, 29) },
    { date: year(2017), expected: day(2017, 12, 31) },
    { date: day(2022, 10, 1), expected: day(2022, 10, 1) },
    { date: minute(2022, 10, 1, 9, 5), expected: minute(2022, 10, 1, 9, 5) },
  ])('endOfPeriod of $date.precision $date.year-$date.month', ({ date, expected }) => {
    expect(endOfPeriod(date)).toEqual(expected);
  });

  test.each([
    { date: day(2020, 2, 29), years: 1, expected: day(2021, 2, 28) },
    { date: day(2020, 2, 29), years: 4, expected: day(2024, 2, 29) },
    { date: day(2015, 3, 21), years: 5, expected: day(2020, 3, 21) },
    { date: month(2019, 7), years: 3, expected: month(2022, 7) },
    { date: day(2022, 1, 31), years: -1, expected: day(2021, 1, 31) },
  ])('addYears $years to $date.year-$date.month-$date.day', ({ date, years, expected }) => {
    expect(addYears(date, years)).toEqual(expected);
  });

  test.each([
    { date: day(2022, 12, 31), days: 1, expected: day(2023, 1, 1) },
    { date: day(2022, 11, 30), days: 90, expected: day(2023, 2, 28) },
    { date: day(2024, 3, 1), days: -1, expected: day(2024, 2, 29) },
    { date: minute(2022, 11, 20, 23, 30), days: 1, expected: minute(2022, 11, 21, 23, 30) },
  ])('addDays $days to $date.year-$date.month-$date.day', ({ date, days, expected }) => {
    expect(addDays(date, days)).toEqual(expected);
  });

  test('compareDates orders by day, then minutes', () => {
    expect(compareDates(day(2022, 9, 30), day(2022, 10, 1))).toBeLessThan(0);
    expect(compareDates(day(2022, 10, 1), day(2022, 9, 30))).toBeGreaterThan(0);
    expect(compareDates(month(2022, 9), day(2022, 9, 1))).toBe(0);
    expect(compareDates(minute(2022, 9, 1, 10, 0), day(2022, 9, 1))).toBeGreaterThan(0);
    expect(compareDates(minute(2022, 9, 1, 10, 0), minute(2022, 9, 1, 10, 30))).toBeLessThan(0);
  });
});

describe('formatDate', () => {
  test.each([
    { date: day(2022, 11, 3), expected: '2022年11月3日' },
    { date: month(2022, 11), expected: '2022年11月' },
    { date: year(2022), expected: '2022年' },
    { date: minute(2022, 11, 3, 10, 30), expected: '2022年11月3日 10:30' },
    { date: minute(2022, 11, 3, 9, 5), expected: '2022年11月3日 09:05' },
    { date: minute(2022, 11, 3, 0, 0), expected: '2022年11月3日 00:00' },
  ])('$expected', ({ date, expected }) => {
    expect(formatDate(date)).toBe(expected);
  });
});
