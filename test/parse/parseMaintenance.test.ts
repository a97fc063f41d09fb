import { Maintenance, parseMaintenance } from '../../src/model/parse/parseMaintenance';
import type { DateContext } from '../../src/model/parse/parseDate';
import type { CellValue } from '../../src/model/sources/source';
import { day, month, year } from './dates';
import { expectCase, label, ParsedCase } from './parsedCase';

type MaintenanceCase = ParsedCase<CellValue | null | undefined, Maintenance | null> & { context?: DateContext };

const CASES: MaintenanceCase[] = [
  { input: '', value: null },
  { input: null, value: null },
  { input: '——', value: null },
  { input: '---', value: null },

  // Vendor and end
  {
    input: '齐普生 2022/10/1',
    value: { vendor: '齐普生', end: day(2022, 10, 1), endAsWritten: day(2022, 10, 1), statuses: [] },
  },
  {
    input: '启明星辰 2022-09',
    value: { vendor: '启明星辰', end: day(2022, 9, 30), endAsWritten: month(2022, 9), statuses: [] },
  },
  {
    input: '盛凯信息科技有限公司 2012-12',
    value: { vendor: '盛凯信息科技有限公司', end: day(2012, 12, 31), endAsWritten: month(2012, 12), statuses: [] },
  },
  { input: '盛凯信息科技有限公司', value: { vendor: '盛凯信息科技有限公司', statuses: [] } },
  {
    input: 'XX市希尔科技术有限公司 2015年9月到保',
    value: { vendor: 'XX市希尔科技术有限公司', end: day(2015, 9, 30), endAsWritten: month(2015, 9), statuses: [] },
  },
  {
    input: 'XX 市希尔科技有限公司 2015 年 9 月到保',
    value: { vendor: 'XX 市希尔科技有限公司', end: day(2015, 9, 30), endAsWritten: month(2015, 9), statuses: [] },
  },
  {
    input: '希尔科技 2026年9月到保',
    value: { vendor: '希尔科技', end: day(2026, 9, 30), endAsWritten: month(2026, 9), statuses: [] },
  },
  {
    input: '齐普生 2022/10/1到期',
    value: { vendor: '齐普生', end: day(2022, 10, 1), endAsWritten: day(2022, 10, 1), statuses: [] },
  },
  {
    input: '齐普生 维保至2023年6月30日',
    value: { vendor: '齐普生', end: day(2023, 6, 30), endAsWritten: day(2023, 6, 30), statuses: [] },
  },
  {
    input: '宝亮智能科技有限公司 (该公司已经不存在)',
    value: { vendor: '宝亮智能科技有限公司', statuses: [], note: '该公司已经不存在' },
  },
  {
    input: '希尔科技(已过保, 无备品备件)',
    value: { vendor: '希尔科技', statuses: ['expired'], note: '无备品备件' },
  },

  // Periods, kept as written even when reversed
  {
    input: '2022年9月26日至2015年9月26日',
    value: { start: day(2022, 9, 26), end: day(2015, 9, 26), endAsWritten: day(2015, 9, 26), statuses: [] },
  },
  {
    input: '2022年9月26日至2025年9月26日',
    value: { start: day(2022, 9, 26), end: day(2025, 9, 26), endAsWritten: day(2025, 9, 26), statuses: [] },
  },
  {
    input: '2022. 11-- 2015. 11',
    value: { start: month(2022, 11), end: day(2015, 11, 30), endAsWritten: month(2015, 11), statuses: [] },
  },
  {
    input: '2022.11-2023.11',
    value: { start: month(2022, 11), end: day(2023, 11, 30), endAsWritten: month(2023, 11), statuses: [] },
  },
  {
    input: '齐普生 2022/10/1~2023/9/30',
    value: { vendor: '齐普生', start: day(2022, 10, 1), end: day(2023, 9, 30), endAsWritten: day(2023, 9, 30), statuses: [] },
  },

  // Bare dates and serial cells
  { input: '2015 年 11 月 10 日', value: { end: day(2015, 11, 10), endAsWritten: day(2015, 11, 10), statuses: [] } },
  { input: '2015年11月', value: { end: day(2015, 11, 30), endAsWritten: month(2015, 11), statuses: [] } },
  { input: '2015 年 11 月', value: { end: day(2015, 11, 30), endAsWritten: month(2015, 11), statuses: [] } },
  { input: '2023年', value: { end: day(2023, 12, 31), endAsWritten: year(2023), statuses: [] } },
  {
    input: 42369,
    context: { numberFormat: 'yyyy/m/d' },
    value: { end: day(2015, 12, 31), endAsWritten: day(2015, 12, 31), statuses: [] },
  },
  {
    input: 42369,
    context: { treatNumbersAsSerials: true },
    value: { end: day(2015, 12, 31), endAsWritten: day(2015, 12, 31), statuses: [] },
  },
  { input: 0, context: { numberFormat: 'yyyy/m/d' }, value: null },

  // Status words
  { input: '已过保, 无服务商', value: { statuses: ['expired', 'noVendor'] } },
  { input: '已过保，无服务商', value: { statuses: ['expired', 'noVendor'] } },
  { input: '租用 2022/9/1', value: { end: day(2022, 9, 1), endAsWritten: day(2022, 9, 1), statuses: ['leased'] } },
  { input: '2011-7-27 已过保', value: { end: day(2011, 7, 27), endAsWritten: day(2011, 7, 27), statuses: ['expired'] } },
  { input: '已过维保', value: { statuses: ['expired'] } },
  { input: '正在建设中', value: { statuses: ['underConstruction'] } },
  { input: '无服务商', value: { statuses: ['noVendor'] } },
  { input: '到保', value: { statuses: ['expired'] } },
  { input: '租用', value: { statuses: ['leased'] } },

  // Bad values
  { input: 42369, code: 'maintenance.invalid' },
  { input: -1, context: { treatNumbersAsSerials: true }, code: 'maintenance.invalid' },
  { input: Number.NaN, code: 'maintenance.invalid' },
  { input: 10, context: { treatNumbersAsSerials: true }, code: 'date.outOfRange' },
  { input: true, code: 'maintenance.invalid' },
  { input: '齐普生 2022/13/1', code: 'maintenance.invalid' },
  { input: '齐普生 3', code: 'maintenance.invalid' },
  { input: '2022', code: 'maintenance.invalid' },
  { input: '2020/1/1 2021/1/1 2022/1/1', code: 'maintenance.invalid' },
  { input: '1900年1月', code: 'date.outOfRange' },
  { input: '()', code: 'maintenance.invalid' },
  { input: '#REF!', code: 'cell.error' },
];

describe('parseMaintenance', () => {
  test.each(CASES.map((testCase) => [label(testCase.input), testCase] as const))('%s', (_name, testCase) => {
    expectCase(parseMaintenance(testCase.input, testCase.context), testCase);
  });
});
