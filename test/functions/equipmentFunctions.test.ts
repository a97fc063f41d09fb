import type { MonthlyAnalysis } from '../../src/model/analyseMonth';
import { equipmentWarning } from '../../src/model/compute/equipmentWarning';
import { dateToSerial } from '../../src/model/parse/calendarDate';
import type { Source } from '../../src/model/sources/source';
import {
  equipmentWarnings,
  lifeStatus,
  warrantyEnd,
  warrantyStatus,
} from '../../src/functions/functions';
import { analyseExample, asOfficeJsRange } from '../example/loadExample';
import {
  exampleSheet,
  excelError,
  excelRange,
  HOSTS,
  installCustomFunctionsGlobal,
  usedRange,
} from './excelRuntime';

installCustomFunctionsGlobal();

const serial = (year: number, month: number, day: number) =>
  dateToSerial({ year, month, day, precision: 'day' }, false);
const NOVEMBER_30 = serial(2022, 11, 30);

const LEDGERS = [
  { department: '网络部', file: '网络部.xlsx' },
  { department: '网站平台部', file: '网站平台部.xlsx' },
  { department: '资源部', file: '资源部.xlsx' },
  { department: 'IDC 部', file: 'IDC部.xlsx' },
  { department: '安全和备份部', file: '安全和备份部.xlsx' },
];

describe('WARRANTY, WARRANTYEND and LIFE', () => {
  test('齐普生 2022/10/1 as of 2022-11-30 is 已过保', () => {
    expect(warrantyStatus('齐普生 2022/10/1', NOVEMBER_30)).toBe('已过保');
  });

  test.each([
    ['启明星辰 2022-12', '即将到期'],
    ['2022年9月26日至2025年9月26日', '在保'],
    ['租用 2022/9/1', '租用'],
    ['正在建设中', '建设中'],
    ['', '无维保信息'],
    [0, '无维保信息'],
    ['2022年9月26日至2015年9月26日', '数据错误'],
  ])('%p as of 2022-11-30 is %p', (maintenance, expected) => {
    expect(warrantyStatus(maintenance, NOVEMBER_30)).toBe(expected);
  });

  test('maintenance ending before the start date is 数据错误', () => {
    expect(warrantyStatus('2019/6/30', NOVEMBER_30, serial(2020, 1, 1))).toBe('数据错误');
    expect(warrantyStatus('2019/6/30', NOVEMBER_30, 0)).toBe('已过保');
  });

  test('omitted as-of date is today', () => {
    jest.useFakeTimers({ now: new Date(2022, 8, 1, 9) });
    try {
      expect(warrantyStatus('齐普生 2022/10/1')).toBe('即将到期');
      expect(warrantyStatus('齐普生 2022/10/1', null, null)).toBe('即将到期');
    } finally {
      jest.useRealTimers();
    }
  });

  test('unreadable maintenance and as-of date are #VALUE!', () => {
    expect(excelError(() => warrantyStatus('维保 123', NOVEMBER_30)).code).toBe('#VALUE!');
    const error = excelError(() => warrantyStatus('齐普生 2022/10/1', '月底'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('月底');
  });

  test('WARRANTYEND gives the last day of a month', () => {
    expect(warrantyEnd('启明星辰 2022-09')).toBe(serial(2022, 9, 30));
    expect(warrantyEnd('齐普生 2022/10/1')).toBe(serial(2022, 10, 1));
    expect(warrantyEnd('2022年9月26日至2025年9月26日')).toBe(serial(2025, 9, 26));
  });

  test('WARRANTYEND without an end date is #N/A', () => {
    const error = excelError(() => warrantyEnd('已过保'));
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain('已过保');
    expect(excelError(() => warrantyEnd('')).code).toBe('#N/A');
    expect(excelError(() => warrantyEnd(0)).code).toBe('#N/A');
  });

  test.each([
    [serial(2019, 6, 20), '3-5 年', '已达寿命'],
    [serial(2015, 3, 21), '3-5 年', '超期服役'],
    [serial(2021, 1, 1), '三年', '寿命期内'],
    ['2016. 3. 6', '10年', '寿命期内'],
  ])('LIFE of %p with %p is %p', (start, life, expected) => {
    expect(lifeStatus(start, life, NOVEMBER_30)).toBe(expected);
  });

  test('LIFE with an unknown start or life is #N/A', () => {
    expect(excelError(() => lifeStatus('', '3-5 年', NOVEMBER_30)).code).toBe('#N/A');
    expect(excelError(() => lifeStatus(0, '3-5 年', NOVEMBER_30)).code).toBe('#N/A');
    expect(excelError(() => lifeStatus(serial(2019, 6, 20), '---', NOVEMBER_30)).code).toBe('#N/A');
  });

  test('LIFE with an unreadable life is #VALUE!', () => {
    expect(excelError(() => lifeStatus(serial(2019, 6, 20), '很久', NOVEMBER_30)).code).toBe(
      '#VALUE!'
    );
  });
});

describe('equipment functions on the example ledgers', () => {
  let analysis: MonthlyAnalysis;
  const sheets = new Map<string, Source>();

  beforeAll(async () => {
    analysis = await analyseExample();
    for (const ledger of LEDGERS) {
      sheets.set(ledger.department, await exampleSheet(ledger.file, '重要设备'));
    }
  });

  const itemsOf = (department: string) =>
    analysis.equipment.items.filter((item) => item.record.department === department);

  describe.each(HOSTS)('as Excel %s passes the range', (host) => {
    test.each(LEDGERS.map((ledger) => ledger.department))(
      'EQUIPWARN over the %s ledger equals the report',
      (department) => {
        const source = sheets.get(department)!;
        const column = equipmentWarnings(excelRange(source, usedRange(source), host), NOVEMBER_30);
        const warnings = column.map((row) => row[0]).filter((warning) => warning !== '');
        expect(warnings).toEqual(itemsOf(department).map((item) => equipmentWarning(item.status)));
      }
    );
  });

  test('EQUIPWARN of one row', () => {
    const source = sheets.get('网络部')!;
    expect(equipmentWarnings(excelRange(source, 'A3:H4', 'desktop'), NOVEMBER_30)).toEqual([
      ['无维保信息；超期服役；高风险'],
    ]);
    expect(equipmentWarnings(excelRange(source, 'A3:H5', 'web'), NOVEMBER_30)).toEqual([
      ['无维保信息；超期服役；高风险'],
      ['已过保；已达寿命；高风险'],
    ]);
  });

  test('EQUIPWARN puts #VALUE! on a row it cannot read', () => {
    const source = sheets.get('网络部')!;
    const range = excelRange(source, 'A3:H5', 'web');
    range[2][5] = '维保 123';
    const column = equipmentWarnings(range, NOVEMBER_30);
    expect(column[0]).toEqual(['无维保信息；超期服役；高风险']);
    expect(column[1][0]).toMatchObject({ code: '#VALUE!' });
    expect((column[1][0] as { message: string }).message).toContain('区域第 3 行第 6 列');
  });

  test('EQUIPWARN without a ledger header is #VALUE!', () => {
    const source = sheets.get('网络部')!;
    const error = excelError(() =>
      equipmentWarnings(excelRange(source, 'A4:H10', 'web'), NOVEMBER_30)
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('设备名称');
  });

  test('EQUIPWARN of the header alone is #N/A', () => {
    const source = sheets.get('网络部')!;
    expect(
      excelError(() => equipmentWarnings(excelRange(source, 'A3:H3', 'web'), NOVEMBER_30)).code
    ).toBe('#N/A');
  });

  test.each(LEDGERS.map((ledger) => ledger.department))(
    'WARRANTY and LIFE per row of the %s ledger equal the report',
    (department) => {
      const source = asOfficeJsRange(sheets.get(department)!);
      for (const item of itemsOf(department)) {
        const cells = source.values[item.record.origin.row - 1];
        const where = `${department} row ${item.record.origin.row}`;
        expect({ where, warranty: warrantyStatus(cells[5], NOVEMBER_30, cells[2]) }).toEqual({
          where,
          warranty: item.status.warranty,
        });
        if (item.status.life === null) {
          expect(excelError(() => lifeStatus(cells[2], cells[3], NOVEMBER_30)).code).toBe('#N/A');
        } else {
          expect({ where, life: lifeStatus(cells[2], cells[3], NOVEMBER_30) }).toEqual({
            where,
            life: item.status.life,
          });
        }
      }
    }
  );
});
