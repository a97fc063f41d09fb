import type { MonthlyAnalysis } from '../../src/model/analyseMonth';
import { isFault, isTimeout } from '../../src/model/compute/incidentFigures';
import { defaultSettings } from '../../src/model/settings';
import type { Source } from '../../src/model/sources/source';
import { countIncidents, countTimeouts } from '../../src/functions/functions';
import { resetSettings, setSettings } from '../../src/functions/settingsStore';
import { analyseExample } from '../example/loadExample';
import {
  exampleSheet,
  excelError,
  excelRange,
  HOSTS,
  installCustomFunctionsGlobal,
} from './excelRuntime';

installCustomFunctionsGlobal();

describe('TIMEOUTS and INCIDENTS on the example logs', () => {
  let analysis: MonthlyAnalysis;
  let network: Source;
  let website: Source;

  beforeAll(async () => {
    analysis = await analyseExample();
    network = await exampleSheet('网络部.xlsx', '故障登记');
    website = await exampleSheet('网站平台部.xlsx', '故障登记');
  });

  afterEach(() => resetSettings());

  const monthIncidents = (department?: string) =>
    analysis.monthIncidents.filter(
      (incident) => department === undefined || incident.department === department
    );

  describe.each(HOSTS)('as Excel %s passes the range', (host) => {
    test('TIMEOUTS of 网络部 A2:G9 is 0', () => {
      const expected = monthIncidents('网络部').filter((incident) =>
        isTimeout(incident, analysis.settings)
      ).length;
      expect(countTimeouts(excelRange(network, 'A2:G9', host))).toBe(expected);
      expect(expected).toBe(0);
    });

    test('INCIDENTS over both logs is the month total', () => {
      const total =
        countIncidents(excelRange(network, 'A1:G9', host), null, null, '2022-11') +
        countIncidents(excelRange(website, 'A1:G4', host), null, null, '2022-11');
      expect(total).toBe(analysis.incidentFigures.total);
      expect(total).toBe(9);
    });

    test('INCIDENTS per department equals the report', () => {
      expect(countIncidents(excelRange(network, 'A2:G9', host))).toBe(
        analysis.incidentFigures.byDepartment['网络部']
      );
      expect(countIncidents(excelRange(website, 'A2:G4', host))).toBe(
        analysis.incidentFigures.byDepartment['网站平台部']
      );
    });

    test('INCIDENTS without non-fault types', () => {
      const total =
        countIncidents(excelRange(network, 'A1:G9', host), null, null, '2022-11', true) +
        countIncidents(excelRange(website, 'A1:G4', host), null, null, '2022-11', true);
      expect(total).toBe(
        monthIncidents().filter((incident) => isFault(incident, analysis.settings)).length
      );
      expect(total).toBe(analysis.incidentFigures.faults);
    });

    test('INCIDENTS by level', () => {
      for (const level of [1, 2, 3] as const) {
        const total =
          countIncidents(excelRange(network, 'A1:G9', host), level) +
          countIncidents(excelRange(website, 'A1:G4', host), level);
        expect(total).toBe(analysis.incidentFigures.byLevel[level]);
      }
      expect(countIncidents(excelRange(website, 'A1:G4', host), '二级')).toBe(2);
    });

    test('INCIDENTS by type', () => {
      for (const [type, count] of Object.entries(analysis.incidentFigures.byType)) {
        const total =
          countIncidents(excelRange(network, 'A1:G9', host), null, type) +
          countIncidents(excelRange(website, 'A1:G4', host), null, type);
        expect({ type, total }).toEqual({ type, total: count });
      }
    });

    test('TIMEOUTS by category needs the title row', () => {
      const range = excelRange(network, 'A1:G9', host);
      expect(countTimeouts(range, 2, '网络类', '2022-11')).toBe(0);

      const error = excelError(() =>
        countTimeouts(excelRange(network, 'A2:G9', host), 2, '网络类')
      );
      expect(error.code).toBe('#N/A');
      expect(error.message).toContain('部门');
    });
  });

  test('month as a date serial equals month as text', () => {
    const range = excelRange(network, 'A1:G9', 'web');
    expect(countIncidents(range, null, null, 44880)).toBe(
      countIncidents(range, null, null, '2022-11')
    );
    expect(countIncidents(range, null, null, '2022-10')).toBe(0);
  });

  test('TIMEOUTS follows the settings store', () => {
    const range = excelRange(website, 'A1:G4', 'web');
    expect(countTimeouts(range)).toBe(0);

    const settings = defaultSettings();
    setSettings({ ...settings, timeLimitMinutes: { '1': 30, '2': 30, '3': 30 } });
    expect(countTimeouts(range)).toBe(2);
    expect(countTimeouts(range, 1)).toBe(0);
  });

  test('range without a header is #VALUE! listing the titles', () => {
    const error = excelError(() => countTimeouts(excelRange(network, 'A3:G9', 'web')));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('故障登记');
    expect(error.message).toContain('日期、持续时间、事件级别');
  });

  test('equipment range is #VALUE! naming both roles', async () => {
    const ledger = await exampleSheet('网络部.xlsx', '重要设备');
    const error = excelError(() => countIncidents(excelRange(ledger, 'A3:H10', 'web')));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('重要设备');
  });

  test('unreadable level is #VALUE! with its position', () => {
    const range = excelRange(network, 'A2:G9', 'web');
    range[2][2] = '高';
    const error = excelError(() => countIncidents(range));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('区域第 3 行第 3 列');
    expect(error.message).toContain('高');
  });

  test('unknown category is #VALUE! listing the categories', () => {
    const error = excelError(() => countTimeouts(excelRange(network, 'A1:G9', 'web'), 2, '网路类'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('网络类');
  });

  test('unreadable month is #VALUE!', () => {
    const error = excelError(() =>
      countIncidents(excelRange(network, 'A1:G9', 'web'), null, null, '十一月')
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('2022-11');
  });
});
