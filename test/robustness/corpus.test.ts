import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadSources, MAX_FILE_BYTES } from '../../src/io/loadSources';
import { analyseMonth, MonthlyAnalysis } from '../../src/model/analyseMonth';
import type { IssueCode } from '../../src/messages/issues';
import { defaultSettings } from '../../src/model/settings';
import { rangeSource } from '../../src/functions/rangeSource';
import { editPackage, INCIDENT_HEADER, LEDGER_HEADER, temporaryDir, useBuiltInIds, useDate1904, workbookOf, writeWorkbook } from './workbookFiles';

/** Figures a case expects; only the listed ones are checked. */
interface Expected {
  total?: number;
  faults?: number;
  timeouts?: number;
  byType?: Record<string, number>;
  byLevel?: { '1': number; '2': number; '3': number };
  durations?: (number | null)[];
  dates?: string[];
  displayDates?: string[];
  equipment?: number;
  groups?: string[];
  /** Diagnostics that must be present, by code and (where given) cell. */
  diagnostics?: { code: IssueCode; cell?: string }[];
  /** Diagnostic codes that must not appear. */
  absent?: IssueCode[];
  /** Substring of the unreadable-file message, for files that cannot be read. */
  unreadable?: string;
}

interface Case {
  name: string;
  month: { year: number; month: number };
  file: () => Promise<string>;
  expected: Expected;
}

const NOV_2022 = { year: 2022, month: 11 };

function incidentLog(rows: unknown[][], header = INCIDENT_HEADER, above: unknown[][] = [['网络部故障情况登记表（2022年）']]): ExcelJS.Workbook {
  return workbookOf({ 故障登记: [...above, header, ...rows] });
}

const CASES: Case[] = [
  {
    name: 'rich text with a bold first half',
    month: NOV_2022,
    file: () =>
      writeWorkbook(
        incidentLog([
          ['2022/11/3', '40分钟', '三级', '核心交换机', { richText: [{ text: '软件', font: { bold: true } }, { text: '故障' }] }, 'x', 'y'],
        ]),
        '网络部.xlsx',
      ),
    expected: { total: 1, byType: { 软件故障: 1 } },
  },
  {
    name: 'formula cells give their cached result',
    month: NOV_2022,
    file: () =>
      writeWorkbook(incidentLog([['2022/11/3', { formula: '30+15', result: 45 }, '二级', '链路', { formula: '"链路"&"故障"', result: '链路故障' }, 'x', 'y']]), '网络部.xlsx'),
    expected: { total: 1, durations: [45], byType: { 链路故障: 1 } },
  },
  {
    name: 'formula error results are errors, never 0',
    month: NOV_2022,
    file: () =>
      writeWorkbook(
        incidentLog([
          ['2022/11/3', { formula: '1/0', result: { error: '#DIV/0!' } }, '二级', '链路', { formula: 'A1/0', result: { error: '#DIV/0!' } }, 'x', 'y'],
          [{ formula: 'B9', result: { error: '#REF!' } }, '1小时', '二级', '链路', '链路故障', 'x', 'y'],
        ]),
        '网络部.xlsx',
      ),
    expected: {
      total: 1,
      durations: [null],
      byType: { 未填写: 1 },
      diagnostics: [
        { code: 'cell.error', cell: 'B3' },
        { code: 'cell.error', cell: 'E3' },
        { code: 'cell.error', cell: 'A4' },
      ],
    },
  },
  {
    name: 'merged group labels repeat down a ledger',
    month: NOV_2022,
    file: async () => {
      const workbook = workbookOf({
        重要设备: [
          ['网络部重要设备情况汇总表'],
          LEDGER_HEADER,
          ['核心设备', '核心交换机 A', '2018/1/1', '8年', '有', '齐普生 2023/10/1', '', ''],
          [undefined, '核心交换机 B', '2018/1/1', '8年', '有', '齐普生 2023/10/1', '', ''],
          [undefined, '汇聚交换机', '2018/1/1', '8年', '无', '已过保', '', ''],
        ],
      });
      workbook.getWorksheet('重要设备')!.mergeCells('A3:A5');
      return writeWorkbook(workbook, '网络部.xlsx');
    },
    expected: { equipment: 3, groups: ['核心设备', '核心设备', '核心设备'] },
  },
  {
    name: 'zh-CN built-in date format 31 with no format code',
    month: { year: 2021, month: 8 },
    file: async () => {
      const workbook = incidentLog([[44431, '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, [['网络部故障情况登记表']]);
      workbook.getWorksheet('故障登记')!.getCell('A3').numFmt = 'BUILTIN31';
      const file = await writeWorkbook(workbook, '网络部.xlsx');
      await editPackage(file, (parts) => ({ ...parts, styles: useBuiltInIds(parts.styles) }));
      return file;
    },
    expected: { total: 1, dates: ['2021-08-23'], displayDates: ['2021年8月23日'] },
  },
  {
    name: 'zh-CN built-in format 58 shows month and day',
    month: { year: 2021, month: 8 },
    file: async () => {
      const workbook = incidentLog([[44431, '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, [['网络部故障情况登记表']]);
      workbook.getWorksheet('故障登记')!.getCell('A3').numFmt = 'BUILTIN58';
      const file = await writeWorkbook(workbook, '网络部.xlsx');
      await editPackage(file, (parts) => ({ ...parts, styles: useBuiltInIds(parts.styles) }));
      return file;
    },
    expected: { total: 1, dates: ['2021-08-23'], displayDates: ['8月23日'] },
  },
  {
    name: 'serials in a date column without a date format',
    month: { year: 2021, month: 8 },
    file: () => writeWorkbook(incidentLog([[44431, '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, []), '网络部.xlsx'),
    expected: { total: 1, dates: ['2021-08-23'] },
  },
  {
    name: 'serial 60, the fictitious 1900-02-29, is out of range',
    month: NOV_2022,
    file: () => writeWorkbook(incidentLog([[60, '1小时', '三级', '链路', '链路故障', 'x', 'y']]), '网络部.xlsx'),
    expected: { total: 0, diagnostics: [{ code: 'date.outOfRange', cell: 'A3' }] },
  },
  {
    name: '1904 date system: serial 42369 is 2020-01-01',
    month: { year: 2020, month: 1 },
    file: async () => {
      const workbook = incidentLog([[42369, '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, []);
      workbook.getWorksheet('故障登记')!.getCell('A2').numFmt = 'yyyy/m/d';
      const file = await writeWorkbook(workbook, '网络部.xlsx');
      await editPackage(file, (parts) => ({ ...parts, workbook: useDate1904(parts.workbook) }));
      return file;
    },
    expected: { total: 1, dates: ['2020-01-01'], displayDates: ['2020/1/1'] },
  },
  {
    name: 'a date cell at midnight keeps its day in every time zone',
    month: { year: 2021, month: 8 },
    file: async () => {
      const workbook = incidentLog([[new Date(Date.UTC(2021, 7, 23)), '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, []);
      workbook.getWorksheet('故障登记')!.getCell('A2').numFmt = 'yyyy-mm-dd';
      return writeWorkbook(workbook, '网络部.xlsx');
    },
    expected: { total: 1, dates: ['2021-08-23'], displayDates: ['2021-08-23'] },
  },
  {
    name: 'yearless dates take the report year',
    month: { year: 2023, month: 4 },
    file: () => writeWorkbook(incidentLog([['4月20日 18:10', '1小时', '三级', '链路', '链路故障', 'x', 'y']], INCIDENT_HEADER, [['网络部故障情况登记表']]), '网络部.xlsx'),
    expected: { total: 1, dates: ['2023-04-20'] },
  },
  {
    name: 'a day that does not exist in its month',
    month: { year: 2022, month: 2 },
    file: () => writeWorkbook(incidentLog([['2022-02-30', '1小时', '三级', '链路', '链路故障', 'x', 'y']]), '网络部.xlsx'),
    expected: { total: 0, diagnostics: [{ code: 'date.dayNotInMonth', cell: 'A3' }] },
  },
  {
    name: 'hand layout: titles, shuffled and extra columns, blank, note and total rows',
    month: NOV_2022,
    file: () =>
      writeWorkbook(
        workbookOf({
          登记表: [
            ['网络部故障情况登记表'],
            ['（2022年，每月 5 日前更新）'],
            [],
            ['序号', '故障类型', '备注', '故障对象', '日期', '事件级别', '持续时间', '故障情况', '预防改进措施', '填表人'],
            [1, '软件故障', '', '门户', '2022/11/3', '二级', '5小时', 'x', 'y', '张'],
            [],
            [2, '技术支持', '', '用户', '11月8日', '', '30分钟', 'x', 'y', '李'],
            ['注：级别按中心规定填写'],
            ['合计', '2 起', '', '', '', '', '', '', '', ''],
          ],
        }),
        '网络部.xlsx',
      ),
    expected: { total: 2, faults: 1, timeouts: 1, byType: { 软件故障: 1, 技术支持: 1 }, dates: ['2022-11-03', '2022-11-08'], absent: ['incident.missingDate', 'date.invalid'] },
  },
  {
    name: 'a total row in a ledger is not a device',
    month: NOV_2022,
    file: () =>
      writeWorkbook(
        workbookOf({ 重要设备: [LEDGER_HEADER, ['服务器', '主机 A', '2020/1/1', '5年', '无', '齐普生 2023/10/1', '', ''], ['合 计', '1 台', '', '', '', '', '', '']] }),
        '资源部.xlsx',
      ),
    expected: { equipment: 1 },
  },
  {
    name: 'hidden rows are read and listed',
    month: NOV_2022,
    file: async () => {
      const workbook = incidentLog([
        ['2022/11/3', '1小时', '三级', '链路', '链路故障', 'x', 'y'],
        ['2022/11/4', '1小时', '三级', '链路', '链路故障', 'x', 'y'],
      ]);
      workbook.getWorksheet('故障登记')!.getRow(4).hidden = true;
      return writeWorkbook(workbook, '网络部.xlsx');
    },
    expected: { total: 2, diagnostics: [{ code: 'source.hiddenRows' }] },
  },
  {
    name: 'a duplicated header uses the first column',
    month: NOV_2022,
    file: () => writeWorkbook(incidentLog([['2022/11/3', '1小时', '三级', '链路', '链路故障', 'x', 'y', '2021/1/1']], [...INCIDENT_HEADER, '日期']), '网络部.xlsx'),
    expected: { total: 1, dates: ['2022-11-03'], diagnostics: [{ code: 'source.duplicateHeader' }] },
  },
  {
    name: 'an empty sheet next to a log is ignored quietly',
    month: NOV_2022,
    file: async () => {
      const workbook = incidentLog([['2022/11/3', '1小时', '三级', '链路', '链路故障', 'x', 'y']]);
      workbook.addWorksheet('Sheet2');
      return writeWorkbook(workbook, '网络部.xlsx');
    },
    expected: { total: 1, absent: ['source.unrecognised'] },
  },
  {
    name: 'a duration column in hours',
    month: NOV_2022,
    file: () =>
      writeWorkbook(
        incidentLog([['2022/11/3', 5, '二级', '链路', '链路故障', 'x', 'y']], ['日期', '处理时长（小时）', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施']),
        '网络部.xlsx',
      ),
    expected: { total: 1, durations: [300], timeouts: 1 },
  },
  {
    name: 'CSV with a byte order mark and quoted line breaks',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.csv');
      const text = '\uFEFF日期,持续时间,事件级别,故障对象,故障类型,故障情况\r\n2022/11/3,45,二级,"核心,交换机",软件故障,"第一行\r\n第二行 ""引号"""\r\n';
      await fs.writeFile(file, text);
      return file;
    },
    expected: { total: 1, durations: [45], byType: { 软件故障: 1 } },
  },
  {
    name: 'a text file renamed to .xlsx',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.xlsx');
      await fs.writeFile(file, '日期,持续时间\n2022/11/3,1小时\n');
      return file;
    },
    expected: { unreadable: '内容不是 Excel 工作簿' },
  },
  {
    name: 'a password-protected .xlsx (OLE container)',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.xlsx');
      await fs.writeFile(file, Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(504, 0x2a)]));
      return file;
    },
    expected: { unreadable: '设有打开密码' },
  },
  {
    name: 'an old .xls workbook',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.xls');
      await fs.writeFile(file, Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(504, 0x2a)]));
      return file;
    },
    expected: { unreadable: '另存为 → Excel 工作簿 (*.xlsx)' },
  },
  {
    name: 'a truncated .xlsx',
    month: NOV_2022,
    file: async () => {
      const good = await writeWorkbook(incidentLog([['2022/11/3', '1小时', '三级', '链路', '链路故障', 'x', 'y']]), '网络部.xlsx');
      const bytes = await fs.readFile(good);
      await fs.writeFile(good, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return good;
    },
    expected: { unreadable: '文件已损坏' },
  },
  {
    name: 'an empty file',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.xlsx');
      await fs.writeFile(file, '');
      return file;
    },
    expected: { unreadable: '文件是空的' },
  },
  {
    name: 'a file over the size limit',
    month: NOV_2022,
    file: async () => {
      const file = path.join(await temporaryDir(), '网络部.xlsx');
      const handle = await fs.open(file, 'w');
      await handle.truncate(MAX_FILE_BYTES + 1);
      await handle.close();
      return file;
    },
    expected: { unreadable: '超过上限 50 MB' },
  },
];

function isoDate(date: { year: number; month: number; day: number } | null): string {
  return date === null ? '' : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function expectFigures(analysis: MonthlyAnalysis, expected: Expected): void {
  const figures = analysis.incidentFigures;
  if (expected.total !== undefined) expect(figures.total).toBe(expected.total);
  if (expected.faults !== undefined) expect(figures.faults).toBe(expected.faults);
  if (expected.timeouts !== undefined) expect(figures.timeouts).toBe(expected.timeouts);
  if (expected.byType !== undefined) expect(figures.byType).toEqual(expected.byType);
  if (expected.byLevel !== undefined) expect(figures.byLevel).toEqual(expected.byLevel);
  if (expected.durations !== undefined) expect(analysis.monthIncidents.map((incident) => incident.durationMinutes)).toEqual(expected.durations);
  if (expected.dates !== undefined) expect(analysis.incidents.map((incident) => isoDate(incident.date))).toEqual(expected.dates);
  if (expected.displayDates !== undefined) expect(analysis.incidents.map((incident) => incident.display.date)).toEqual(expected.displayDates);
  if (expected.equipment !== undefined) expect(analysis.equipment.total).toBe(expected.equipment);
}

describe('messy-input corpus', () => {
  test.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const file = await testCase.file();
    const loaded = await loadSources([file]);

    if (testCase.expected.unreadable !== undefined) {
      expect(loaded.sources).toEqual([]);
      expect(loaded.diagnostics).toHaveLength(1);
      expect(loaded.diagnostics[0]).toMatchObject({ code: 'source.fileUnreadable', file: path.basename(file), severity: 'error' });
      expect(loaded.diagnostics[0].message).toContain(testCase.expected.unreadable);
      expect(loaded.diagnostics[0].message).not.toMatch(/[A-Za-z]{6,}/);
      return;
    }

    expect(loaded.diagnostics).toEqual([]);
    const analysis = analyseMonth(loaded.sources, testCase.month, defaultSettings());
    expectFigures(analysis, testCase.expected);
    for (const wanted of testCase.expected.diagnostics ?? []) {
      expect(analysis.diagnostics).toContainEqual(expect.objectContaining(wanted));
    }
    for (const code of testCase.expected.absent ?? []) {
      expect(analysis.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(code);
    }
    if (testCase.expected.groups !== undefined) {
      expect(analysis.equipment.total).toBe(testCase.expected.groups.length);
    }
  });
});

describe('custom-function ranges', () => {
  /** The same log as Excel desktop (empty cells as 0) and Excel on the web (empty cells as "") pass it. */
  function logRange(empty: '' | 0) {
    const rows = [
      INCIDENT_HEADER,
      ['2022/11/3', '1小时', '二级', '链路', '链路故障', 'x', 'y'],
      [empty, empty, empty, empty, empty, empty, empty],
      ['11月4日', '5小时', '二级', '门户', '软件故障', empty, empty],
      [empty, '1小时', '三级', '链路', '链路故障', 'x', 'y'],
    ];
    return { ...rangeSource(rows), origin: { file: '网络部', sheet: '故障登记', topLeft: 'A1' } };
  }

  test('empty cells as "" and as 0 read the same through rangeSource', () => {
    const web = analyseMonth([logRange('')], NOV_2022, defaultSettings());
    const desktop = analyseMonth([logRange(0)], NOV_2022, defaultSettings());

    expect(web.incidentFigures.total).toBe(2);
    expect(desktop.incidentFigures).toEqual(web.incidentFigures);
    expect(desktop.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.cell])).toEqual(web.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.cell]));
    expect(web.diagnostics).toContainEqual(expect.objectContaining({ code: 'incident.missingDate', cell: 'A5' }));
  });
});
