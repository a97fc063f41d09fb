import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { EXIT_FAILED, EXIT_OK, runBuild } from '../../src/cli/buildCommand';
import type { Logger } from '../../src/cli/logger';
import { parseArguments } from '../../src/cli/parseArguments';
import { monthlyFiguresSchema } from '../../src/model/monthlyFigures';
import { EXAMPLE_DIR } from '../example/loadExample';

interface CapturedLogger extends Logger {
  out: string[];
  err: string[];
}

function captureLogger(): CapturedLogger {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, progress: (message) => err.push(message), info: (message) => out.push(message), error: (message) => err.push(message) };
}

async function temporaryDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'itsm-cli-'));
}

function buildOptions(argv: string[]) {
  const command = parseArguments(argv, new Date(2022, 11, 4));
  if (command.kind !== 'build') {
    throw new Error(`expected a build command, got ${JSON.stringify(command)}`);
  }
  return command.options;
}

describe('itsm-report build', () => {
  test('writes xlsx and html and prints the summary', async () => {
    const out = await temporaryDir();
    const logger = captureLogger();

    const code = await runBuild(buildOptions(['build', EXAMPLE_DIR, '--month', '2022-11', '--out', out]), logger, new Date(2022, 11, 4));

    expect(code).toBe(EXIT_OK);
    expect((await fs.readdir(out)).sort()).toEqual(['月报-2022-11.docx', '月报-2022-11.html', '月报-2022-11.xlsx']);
    const summary = logger.out.join('\n');
    expect(summary).toContain('故障：9 起（剔除技术支持后 5 起）');
    expect(summary).toContain('在办 51 件，办结 30 件，超时完成 0 件');
    expect(summary).toContain('ISO 文件变更：12 份');
    expect(summary).toContain('重要设备：121 台（套）');
  });

  test('the written workbook opens with its report sheet', async () => {
    const out = await temporaryDir();
    await runBuild(buildOptions(['build', EXAMPLE_DIR, '--month', '2022-11', '--out', out, '--format', 'xlsx']), captureLogger());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '月报-2022-11.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('月报 2022-11');
  });

  test('--json prints the figures in the documented shape', async () => {
    const out = await temporaryDir();
    const logger = captureLogger();

    await runBuild(buildOptions(['build', EXAMPLE_DIR, '--month', '2022-11', '--out', out, '--json']), logger);

    const figures = monthlyFiguresSchema.parse(JSON.parse(logger.out.join('\n')));
    expect(figures.month).toBe('2022-11');
    expect(figures.incidents).toMatchObject({ total: 9, faults: 5, byLevel: { '1': 0, '2': 2, '3': 1 }, timeouts: 0 });
    expect(figures.services).toMatchObject({ inProgress: 51, completed: 30, overdue: 0 });
    expect(figures.documents.byChangeType).toEqual({ 修订: 6, 新增: 5, 改版: 1 });
    expect(figures.equipment.total).toBe(121);
    expect(figures.targets.length).toBeGreaterThan(30);
    expect(figures.diagnostics.some((diagnostic) => diagnostic.cell === 'B8')).toBe(true);
  });

  test('a file named twice is read once', async () => {
    const logger = captureLogger();
    const options = buildOptions(['build', EXAMPLE_DIR, path.join(EXAMPLE_DIR, '网络部.xlsx'), '--month', '2022-11', '--out', await temporaryDir(), '--json']);

    await runBuild(options, logger);

    const figures = JSON.parse(logger.out.join('\n'));
    expect(figures.incidents.total).toBe(9);
    expect(figures.equipment.total).toBe(121);
  });

  test('a missing settings file says it was not found', async () => {
    const logger = captureLogger();
    const code = await runBuild(buildOptions(['build', EXAMPLE_DIR, '--out', await temporaryDir(), '--settings', '/nonexistent/s.json']), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('找不到设置文件 /nonexistent/s.json');
  });

  test('an old .xls in a folder stops the build', async () => {
    const input = await temporaryDir();
    await fs.copyFile(path.join(EXAMPLE_DIR, '网络部.xlsx'), path.join(input, '网络部.xlsx'));
    await fs.writeFile(path.join(input, '资源部旧.xls'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    const out = await temporaryDir();
    const logger = captureLogger();

    const code = await runBuild(buildOptions(['build', input, '--month', '2022-11', '--out', out]), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('资源部旧.xls');
    expect(await fs.readdir(out)).toEqual([]);
  });

  test('missing input exits 2 and names it', async () => {
    const logger = captureLogger();
    const code = await runBuild(buildOptions(['build', '/nonexistent/folder', '--out', await temporaryDir()]), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('找不到：/nonexistent/folder');
  });

  test('a folder without workbooks exits 2', async () => {
    const logger = captureLogger();
    const code = await runBuild(buildOptions(['build', await temporaryDir(), '--out', await temporaryDir()]), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('没有可读取的工作表');
  });

  test('a corrupt workbook stops the build and names the file', async () => {
    const input = await temporaryDir();
    for (const name of await fs.readdir(EXAMPLE_DIR)) {
      await fs.copyFile(path.join(EXAMPLE_DIR, name), path.join(input, name));
    }
    await fs.writeFile(path.join(input, '坏文件.xlsx'), 'not a zip');
    const out = await temporaryDir();
    const logger = captureLogger();

    const code = await runBuild(buildOptions(['build', input, '--month', '2022-11', '--out', out, '--format', 'html']), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('坏文件.xlsx：无法读取此文件');
    expect(await fs.readdir(out)).toEqual([]);
  });

  test('an invalid settings file exits 2 with a Chinese message', async () => {
    const settings = path.join(await temporaryDir(), 'settings.json');
    await fs.writeFile(settings, JSON.stringify({ warrantyWarningDays: -5, timeLimitMinutes: { '1': 'two hours' } }));
    const logger = captureLogger();

    const code = await runBuild(buildOptions(['build', EXAMPLE_DIR, '--out', await temporaryDir(), '--settings', settings]), logger);

    expect(code).toBe(EXIT_FAILED);
    const message = logger.err.join('\n');
    expect(message).toContain('设置文件');
    expect(message).toContain('warrantyWarningDays');
    expect(message).toContain('timeLimitMinutes.1');
  });

  test('settings change the figures', async () => {
    const settings = path.join(await temporaryDir(), 'settings.json');
    await fs.writeFile(settings, JSON.stringify({ timeLimitMinutes: { '1': 30, '2': 30, '3': 30 }, nonFaultTypes: [] }));
    const logger = captureLogger();

    await runBuild(buildOptions(['build', EXAMPLE_DIR, '--month', '2022-11', '--out', await temporaryDir(), '--settings', settings, '--json']), logger);

    const figures = JSON.parse(logger.out.join('\n'));
    expect(figures.incidents.timeouts).toBe(2);
    expect(figures.incidents.faults).toBe(9);
  });
});

describe('command-line arguments', () => {
  test.each([
    [['build', 'x', '--out', 'o', '--month', '2022-13'], '报告月份“2022-13”无效'],
    [['build', '--out', 'o'], '请指定至少一个文件夹'],
    [['build', 'x'], '请用 --out 指定输出文件夹'],
    [['publish', 'x'], '未知命令“publish”'],
    [['build', 'x', '--out', 'o', '--format', 'pdf'], '输出格式“pdf”无效'],
    [['build', 'x', '--out', 'o', '--colour'], '不认识的选项 --colour'],
  ])('%j is rejected', (argv, message) => {
    const command = parseArguments(argv);
    expect(command.kind).toBe('error');
    expect(command.kind === 'error' && command.message).toContain(message);
  });

  test('month defaults to the previous month', () => {
    expect(buildOptions(['build', 'x', '--out', 'o']).month).toEqual({ year: 2022, month: 11 });
    const january = parseArguments(['build', 'x', '--out', 'o'], new Date(2023, 0, 15));
    expect(january.kind === 'build' && january.options.month).toEqual({ year: 2022, month: 12 });
  });

  test('no arguments shows help', () => {
    expect(parseArguments([])).toEqual({ kind: 'help' });
  });
});
