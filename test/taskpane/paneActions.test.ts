import { getSettings, resetSettings } from '../../src/functions/settingsStore';
import { defaultSettings } from '../../src/model/settings';
import { recogniseSource } from '../../src/model/sources/recogniseSource';
import type { Source } from '../../src/model/sources/source';
import { createSettingsSheet, SETTINGS_SHEET_NAME } from '../../src/taskpane/excel/settingsSheet';
import { settingsFromRows, settingsToRows } from '../../src/taskpane/settingsRows';
import { workbookNameOf } from '../../src/taskpane/ui/paneHost';
import { selectDiagnosticCell } from '../../src/taskpane/ui/selectDiagnosticCell';
import { loadSettings } from '../../src/taskpane/ui/settingsActions';
import { summariseSources } from '../../src/taskpane/ui/sourceEntries';
import type { Diagnostic } from '../../src/model/diagnostic';
import { FakeExcelHost } from './fakeExcel/fakeExcel';
import { createFakeWorkbook } from './fakeExcel/fakeWorkbook';

const INCIDENT_HEADER = ['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'];

function hostWith(sheets: Array<{ name: string; values: Source['values'] }>): FakeExcelHost {
  return new FakeExcelHost(createFakeWorkbook(sheets));
}

function run(host: FakeExcelHost) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => host.run(batch);
}

describe('settings sheet rows', () => {
  test('round trip keeps every setting', () => {
    const settings = { ...defaultSettings(), warrantyWarningDays: 60, nonFaultTypes: ['技术支持', '咨询'] };
    const result = settingsFromRows(settingsToRows(settings));
    expect(result).toEqual({ ok: true, settings });
  });

  test('missing rows keep defaults', () => {
    const result = settingsFromRows([['维保到期预警（天）', '30']]);
    if (!result.ok) throw new Error(result.message);
    expect(result.settings.warrantyWarningDays).toBe(30);
    expect(result.settings.timeLimitMinutes).toEqual(defaultSettings().timeLimitMinutes);
  });

  test('invalid value names its row', () => {
    const result = settingsFromRows([['二级事件处理时限（分钟）', '四小时']]);
    if (result.ok) throw new Error('expected an invalid result');
    expect(result.message).toContain('二级事件处理时限（分钟）');
  });

  test('edited rules replace the defaults', () => {
    const rows = settingsToRows(defaultSettings()).slice(0, 11);
    rows.push(['网络部', '', '网络类'], ['', '机房、空调', '数据中心类']);
    const result = settingsFromRows(rows);
    if (!result.ok) throw new Error(result.message);
    expect(result.settings.categoryRules).toEqual([
      { department: '网络部', objectKeywords: [], category: '网络类' },
      { department: '', objectKeywords: ['机房', '空调'], category: '数据中心类' },
    ]);
  });
});

describe('settings sheet in the workbook', () => {
  afterEach(() => resetSettings());

  test('creates ITSM设置 and touches no other sheet', async () => {
    const host = hostWith([{ name: '故障登记', values: [INCIDENT_HEADER] }]);
    const before = JSON.stringify([...host.sheet('故障登记')!.values]);

    expect(await host.run((context) => createSettingsSheet(context, defaultSettings()))).toBe('created');
    expect(await host.run((context) => createSettingsSheet(context, defaultSettings()))).toBe('exists');

    expect(host.book.sheets.map((sheet) => sheet.name)).toEqual(['故障登记', SETTINGS_SHEET_NAME]);
    expect(JSON.stringify([...host.sheet('故障登记')!.values])).toBe(before);
    expect(host.syncCount).toBe(3);
  });

  test('loading pushes settings and recalculates', async () => {
    const rows = settingsToRows({ ...defaultSettings(), warrantyWarningDays: 45 });
    const host = hostWith([{ name: SETTINGS_SHEET_NAME, values: rows }]);

    const loaded = await loadSettings(run(host), defaultSettings());

    expect(loaded.error).toBeUndefined();
    expect(loaded.fromSheet).toBe(true);
    expect(getSettings().warrantyWarningDays).toBe(45);
    expect(host.book.calculations).toEqual(['Full']);
  });

  test('invalid sheet keeps the previous settings', async () => {
    const host = hostWith([{ name: SETTINGS_SHEET_NAME, values: [['维保到期预警（天）', -5]] }]);

    const loaded = await loadSettings(run(host), defaultSettings());

    expect(loaded.error).toContain('维保到期预警（天）');
    expect(loaded.settings).toEqual(defaultSettings());
    expect(getSettings()).toEqual(defaultSettings());
    expect(host.book.calculations).toBeUndefined();
  });

  test('no sheet gives the defaults', async () => {
    const loaded = await loadSettings(run(hostWith([])), defaultSettings());
    expect(loaded).toEqual({ settings: defaultSettings(), fromSheet: false });
  });
});

describe('problem selection', () => {
  const diagnostic = (sheet: string, cell: string): Diagnostic => ({
    code: 'duration.conflict',
    severity: 'warning',
    file: '月报素材.xlsx',
    sheet,
    cell,
    value: '',
    message: '',
  });

  test('selects the cell in two syncs', async () => {
    const host = hostWith([{ name: 'A', values: [['x']] }, { name: '网络部 故障登记', values: [['x']] }]);

    expect(await selectDiagnosticCell(run(host), diagnostic('网络部 故障登记', 'B8'))).toBeNull();

    expect(host.book.selection).toEqual({ sheet: '网络部 故障登记', address: 'B8' });
    expect(host.book.activeSheet).toBe('网络部 故障登记');
    expect(host.syncCount).toBe(2);
  });

  test('missing sheet gives a message', async () => {
    const host = hostWith([{ name: 'A', values: [['x']] }]);
    const message = await selectDiagnosticCell(run(host), diagnostic('已删除', 'B8'));
    expect(message).toContain('已删除');
    expect(host.book.selection).toBeUndefined();
  });
});

describe('role correction', () => {
  const both: Source = {
    origin: { file: 'a.xlsx', sheet: '混合', topLeft: 'A1' },
    values: [['业务名称', '本月在办总量', '本月办结总量', '超时完成数量'], ['受理', 3, 2, 0]],
    date1904: false,
  };

  test('override limits recognition to that role', () => {
    expect(recogniseSource(both)?.role).toBe('services');
    expect(recogniseSource({ ...both, roleOverride: 'incidents' })).toBeUndefined();
    expect(recogniseSource({ ...both, roleOverride: 'reportInfo' })?.role).toBe('reportInfo');
  });

  test('summary shows the corrected role and exclusion', () => {
    const overview = summariseSources(
      [],
      [both],
      { roleOverrides: new Map([['a.xlsx\u0000混合', 'incidents']]), excluded: new Set(['a.xlsx\u0000混合']) },
      { year: 2022, month: 11 },
      defaultSettings()
    );
    expect(overview.entries).toEqual([
      { file: 'a.xlsx', sheet: '混合', inWorkbook: false, role: undefined, department: undefined, rows: 0, excluded: true },
    ]);
    expect(overview.reportInfo).toBeNull();
  });
});

describe('workbook name', () => {
  test.each([
    ['https://contoso.sharepoint.com/Shared%20Documents/%E6%9C%88%E6%8A%A5.xlsx?web=1', '月报.xlsx'],
    ['C:\\Users\\a\\月报素材.xlsx', '月报素材.xlsx'],
    ['', '当前工作簿'],
    [undefined, '当前工作簿'],
  ])('%s', (url, name) => {
    expect(workbookNameOf(url)).toBe(name);
  });
});
