import { buildMonthlyReport, BuildRequest } from '../../src/taskpane/buildHandler';
import { defaultSettings } from '../../src/model/settings';
import { loadExampleSources } from '../example/loadExample';
import { FakeExcelHost } from './fakeExcel/fakeExcel';
import { exampleFakeWorkbook, seedsOf } from './fakeExcel/exampleWorkbook';
import { createFakeWorkbook, FakeSheetData, FakeWorkbookData } from './fakeExcel/fakeWorkbook';

const HOSTILE = '=HYPERLINK("http://example.invalid","x")';

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    month: { year: 2022, month: 11 },
    settings: defaultSettings(),
    extraSources: [],
    replace: false,
    workbookName: '月报素材.xlsx',
    can1904: true,
    today: { year: 2022, month: 12, day: 4 },
    ...overrides,
  };
}

function snapshot(sheet: FakeSheetData) {
  return JSON.stringify({
    values: [...sheet.values],
    formats: [...sheet.numberFormats],
    formulas: [...sheet.formulas],
    styles: [...sheet.styles],
    merges: sheet.merges,
  });
}

function texts(sheet: FakeSheetData): string[] {
  return [...sheet.values.values()].map(String);
}

/** Replaces one source cell whose text the report repeats (an incident description) with the hostile text. */
async function workbookWithHostileText(): Promise<FakeWorkbookData> {
  const scratch = new FakeExcelHost(await exampleFakeWorkbook());
  await buildMonthlyReport((batch) => scratch.run(batch), request());
  const reported = new Set(texts(scratch.sheet('月报 2022-11')!));

  const book = await exampleFakeWorkbook();
  for (const sheet of book.sheets.filter((candidate) => candidate.name.includes('网络部'))) {
    const entry = [...sheet.values].find(([, value]) => typeof value === 'string' && value.length > 8 && reported.has(value));
    if (entry !== undefined) {
      sheet.values.set(entry[0], HOSTILE);
      return book;
    }
  }
  throw new Error('No reported source text found to replace.');
}

describe('buildMonthlyReport', () => {
  let book: FakeWorkbookData;
  let host: FakeExcelHost;
  let before: Map<string, string>;

  beforeAll(async () => {
    book = await workbookWithHostileText();
    before = new Map(book.sheets.map((sheet) => [sheet.name, snapshot(sheet)]));
    host = new FakeExcelHost(book);
  });

  test('writes the report sheet with the example figures', async () => {
    const steps: string[] = [];
    const outcome = await buildMonthlyReport((batch) => host.run(batch), request(), (step) => steps.push(step));

    expect(outcome.status).toBe('written');
    if (outcome.status !== 'written') return;
    expect(outcome.sheetName).toBe('月报 2022-11');
    expect(steps).toEqual(['read', 'analyse', 'write']);
    expect(outcome.figures.incidents.total).toBe(9);
    expect(outcome.figures.incidents.faults).toBe(5);
    expect(outcome.figures.services).toEqual({ inProgress: 51, completed: 30, overdue: 0 });
    expect(outcome.figures.documentChanges).toBe(12);
    expect(outcome.figures.equipmentRows).toBe(121);

    const report = host.sheet('月报 2022-11')!;
    expect(texts(report)).toContain('1) 中心 11 月共发生故障 9 起，剔除技术支持后有故障 5 起。');
    expect(texts(report)).toContain('网络部（7 起）');
  });

  test('reads and writes in four syncs', async () => {
    const fresh = new FakeExcelHost(await exampleFakeWorkbook());
    const outcome = await buildMonthlyReport((batch) => fresh.run(batch), request());

    expect(outcome.syncs).toBe(4);
    expect(fresh.syncCount).toBe(4);
  });

  test('sync count independent of data size', async () => {
    const sources = await loadExampleSources();
    const larger = sources.map((source) => {
      const [header, ...rows] = source.values;
      const grown = rows.length > 20 ? [header, ...Array.from({ length: 10 }, () => rows).flat()] : source.values;
      return { ...source, values: grown, numberFormats: undefined, merges: grown === source.values ? source.merges : [] };
    });
    const big = new FakeExcelHost(createFakeWorkbook(seedsOf(larger)));
    const cells = (fake: FakeExcelHost) => fake.book.sheets.reduce((sum, sheet) => sum + sheet.values.size, 0);
    const small = new FakeExcelHost(await exampleFakeWorkbook());
    expect(cells(big)).toBeGreaterThan(cells(small) * 5);

    const outcome = await buildMonthlyReport((batch) => big.run(batch), request());

    expect(outcome.status).toBe('written');
    expect(big.syncCount).toBe(4);
  });

  test('source sheets unchanged', () => {
    for (const sheet of book.sheets.filter((candidate) => candidate.name !== '月报 2022-11')) {
      expect([sheet.name, snapshot(sheet)]).toEqual([sheet.name, before.get(sheet.name)]);
    }
  });

  test('hostile text stays text', () => {
    const report = host.sheet('月报 2022-11')!;
    const key = [...report.values].find(([, value]) => value === HOSTILE)?.[0];

    expect(key).toBeDefined();
    expect(report.numberFormats.get(key!)).toBe('@');
    expect(report.formulas.size).toBe(0);
  });

  test('existing report kept without replace', async () => {
    const report = host.sheet('月报 2022-11')!;
    report.values.set('0,0', '用户改过的内容');

    const outcome = await buildMonthlyReport((batch) => host.run(batch), request());

    expect(outcome.status).toBe('exists');
    expect(outcome.syncs).toBe(3);
    expect(host.sheet('月报 2022-11')!.values.get('0,0')).toBe('用户改过的内容');
  });

  test('existing report replaced on request', async () => {
    const outcome = await buildMonthlyReport((batch) => host.run(batch), request({ replace: true }));

    expect(outcome.status).toBe('written');
    expect(host.sheet('月报 2022-11')!.values.get('0,0')).not.toBe('用户改过的内容');
    expect(book.sheets.filter((sheet) => sheet.name === '月报 2022-11')).toHaveLength(1);
  });

  test('report has charts and print setup', () => {
    const report = host.sheet('月报 2022-11')!;

    expect(report.charts.map((chart) => chart.type).sort()).toEqual(['ColumnClustered', 'Line', 'Pie']);
    expect(report.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect([...report.styles.values()].some((style) => style['font.name'] === '宋体')).toBe(true);
    expect(report.merges.length).toBeGreaterThan(0);
  });
});
