import type { MonthlyAnalysis } from '../../src/model/analyseMonth';
import { analyseMonth } from '../../src/model/analyseMonth';
import { toMonthlyFigures } from '../../src/model/monthlyFigures';
import { defaultSettings } from '../../src/model/settings';
import { analyseExample, asOfficeJsRange, EXAMPLE_MONTH, loadExampleSources } from './loadExample';

/** The user's own numbers for 2022-11, from the report they wrote by hand. */
describe('example month 2022-11 figures', () => {
  let analysis: MonthlyAnalysis;

  beforeAll(async () => {
    analysis = await analyseExample();
  });

  test('incidents in November', () => {
    expect(analysis.incidentFigures.total).toBe(9);
    expect(analysis.incidentFigures.byDepartment).toEqual({ 网络部: 7, 网站平台部: 2 });
  });

  test('incidents without 技术支持', () => {
    expect(analysis.incidentFigures.faults).toBe(5);
  });

  test('incidents by level', () => {
    expect(analysis.incidentFigures.byLevel).toEqual({ '1': 0, '2': 2, '3': 1 });
  });

  test('timeouts of 二级 and above', () => {
    expect(analysis.incidentFigures.timeouts).toBe(0);
  });

  test('incidents by type', () => {
    expect(analysis.incidentFigures.byType).toEqual({ 技术支持: 4, 软件故障: 2, 链路故障: 1, 施工损坏: 1, 设备故障: 1 });
  });

  test('routine services', () => {
    expect(analysis.services).toMatchObject({ inProgress: 51, completed: 30, overdue: 0 });
  });

  test('ISO document changes', () => {
    const figures = toMonthlyFigures(analysis);
    expect(figures.documents.total).toBe(12);
    expect(figures.documents.byChangeType).toEqual({ 修订: 6, 新增: 5, 改版: 1 });
  });

  test('equipment rows per department', () => {
    expect(analysis.equipment.total).toBe(121);
    expect(analysis.equipment.byDepartment).toEqual({ 网络部: 54, 'IDC 部': 25, 网站平台部: 20, 安全和备份部: 12, 资源部: 10 });
  });

  test('service categories of incidents', () => {
    expect(analysis.incidentFigures.byCategory).toEqual({ 网络类: 7, 公共应用类: 2 });
  });

  test('target statuses', () => {
    const statusOf = (indicator: string) =>
      analysis.targets.flatMap((group) => group.indicators).find((row) => row.indicator === indicator)?.status;
    const groupStatus = (target: string) => analysis.targets.find((group) => group.target === target)?.status;

    expect(groupStatus('一级事件次数')).toBe('未达标');
    expect(statusOf('网络类一级事件次数')).toBe('未达标');
    expect(statusOf('网站类一级事件次数')).toBe('达标');
    expect(statusOf('二级以上公共应用类故障处理超时次数')).toBe('未达标');
    expect(statusOf('业务办理超时完成')).toBe('达标');
    expect(statusOf('程序文件考核部门平均分')).toBe('不适用');
    expect(statusOf('《项目计划》完成情况')).toBe('不适用');
    expect(groupStatus('应急演练有效性')).toBe('进行中');
    expect(statusOf('应急演练有效性')).toBe('达标');
    expect(groupStatus('常规服务规范性')).toBe('达标');
  });

  test('year-to-date keeps the typed note', () => {
    const row = analysis.targets.flatMap((group) => group.indicators).find((indicator) => indicator.indicator === '二级以上公共应用类故障处理超时次数');
    expect(row?.ytd).toEqual({ text: '2（网站平台部）', value: 2, rule: 'typedPlusMonth' });
    expect(row?.month).toEqual({ text: '0', value: 0, rule: 'logs' });
  });

  test('equipment verdicts', () => {
    const find = (name: string) => analysis.equipment.items.find((item) => item.record.name === name)!;
    expect(find('NE80E(网络中心和市民中心外网)').status).toMatchObject({ warranty: '已过保', highRisk: true });
    expect(find('外网出口 3 台山石防火墙').status.warranty).toBe('租用');
    expect(find('RA 系统软件').status.warranty).toBe('建设中');
    expect(find('H3C6503').status).toMatchObject({ discontinued: true, highRisk: true, life: '超期服役' });
    expect(find('sun v880 (内网邮件系统, 2台)').status.highRisk).toBe(false);
  });
});

describe('example month 2022-11 data problems', () => {
  let analysis: MonthlyAnalysis;

  beforeAll(async () => {
    analysis = await analyseExample();
  });

  const find = (file: string, cell: string, code: string) =>
    analysis.diagnostics.find((diagnostic) => diagnostic.file === file && diagnostic.cell === cell && diagnostic.code === code);

  test('the 11月25日 incident says 2小时 but 14:00-15:00', () => {
    const diagnostic = find('网络部.xlsx', 'B8', 'duration.conflict');
    expect(diagnostic).toMatchObject({ sheet: '故障登记', value: '2小时 14:00-15:00' });
    expect(diagnostic?.message).toContain('14:00-15:00');
    expect(analysis.monthIncidents.find((incident) => incident.origin.row === 8)?.durationMinutes).toBe(60);
  });

  test('every IDC 部 maintenance period ends before it starts', () => {
    for (let row = 4; row <= 28; row++) {
      expect(find('IDC部.xlsx', `F${row}`, 'equipment.periodReversed')).toMatchObject({ sheet: '重要设备', value: '2022年9月26日至2015年9月26日' });
    }
  });

  test('资源部 maintenance dates fall before 启用日期', () => {
    for (let row = 5; row <= 13; row++) {
      expect(find('资源部.xlsx', `F${row}`, 'equipment.maintenanceBeforeStart')).toMatchObject({ sheet: '重要设备' });
    }
    expect(find('资源部.xlsx', 'F4', 'equipment.maintenanceBeforeStart')).toBeUndefined();
  });

  test('安全和备份部 NetApp3040 period is reversed', () => {
    expect(find('安全和备份部.xlsx', 'F15', 'equipment.periodReversed')).toMatchObject({ sheet: '重要设备', value: '2022. 11-- 2015. 11' });
  });

  test('the 合计 row without a cached result is reported', () => {
    expect(find('技术服务部-月报.xlsx', 'D14', 'services.totalMissing')).toMatchObject({ sheet: '业务办理', severity: 'warning' });
  });

  test('every diagnostic names file, sheet, cell and a Chinese message', () => {
    for (const diagnostic of analysis.diagnostics) {
      expect(diagnostic.file).not.toBe('');
      expect(diagnostic.sheet).not.toBe('');
      expect(diagnostic.cell).toMatch(/^[A-Z]+\d+$/);
      expect(diagnostic.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(diagnostic.message).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
  });
});

describe('example month read as Office.js ranges', () => {
  test('gives the same figures as exceljs', async () => {
    const sources = await loadExampleSources();
    const fromExcelJs = toMonthlyFigures(analyseMonth(sources, EXAMPLE_MONTH, defaultSettings()));
    const fromOfficeJs = toMonthlyFigures(analyseMonth(sources.map(asOfficeJsRange), EXAMPLE_MONTH, defaultSettings()));

    expect(fromOfficeJs).toEqual(fromExcelJs);
  });
});
