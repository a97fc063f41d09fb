import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXIT_FAILED, EXIT_OK, runBuild } from '../../src/cli/buildCommand';
import type { Logger } from '../../src/cli/logger';
import { parseArguments } from '../../src/cli/parseArguments';
import { INCIDENT_HEADER, temporaryDir, workbookOf, writeWorkbook } from '../robustness/workbookFiles';

interface CapturedLogger extends Logger {
  out: string[];
  err: string[];
}

function captureLogger(): CapturedLogger {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, progress: (message) => err.push(message), info: (message) => out.push(message), error: (message) => err.push(message) };
}

function options(argv: string[]) {
  const command = parseArguments(argv);
  if (command.kind !== 'build') {
    throw new Error(`expected a build command, got ${JSON.stringify(command)}`);
  }
  return command.options;
}

const FORMULA = '=HYPERLINK("http://example.invalid","x")';
const MARKUP = '<img src=x onerror=alert(1)>';

async function hostileLog(): Promise<string> {
  return writeWorkbook(
    workbookOf({
      故障登记: [
        ['网络部故障情况登记表（2022年）'],
        INCIDENT_HEADER,
        ['2022/11/3', '1小时', '三级', FORMULA, '+SUM(1,2)', MARKUP, '@cmd|calc'],
        ['2022/11/4', '1小时', '三级', '-2+3', '软件故障', '<script>alert(1)</script>', '&amp; stays'],
      ],
    }),
    '网络部.xlsx',
  );
}

async function plainLog(): Promise<string> {
  return writeWorkbook(workbookOf({ 故障登记: [INCIDENT_HEADER, ['2022/11/3', '1小时', '三级', '链路', '链路故障', 'x', 'y']] }), '网络部.xlsx');
}

describe('hostile cell text through the CLI', () => {
  test('formulas and markup stay text in xlsx, HTML and docx', async () => {
    const out = await temporaryDir();
    const code = await runBuild(options(['build', await hostileLog(), '--month', '2022-11', '--out', out]), captureLogger());
    expect(code).toBe(EXIT_OK);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '月报-2022-11.xlsx'));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(String(cell.text));
        }),
      ),
    );
    for (const text of [FORMULA, '+SUM(1,2)', '-2+3', '@cmd|calc', MARKUP]) {
      expect(texts.some((cellText) => cellText.includes(text))).toBe(true);
    }

    const html = await fs.readFile(path.join(out, '月报-2022-11.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&amp;amp; stays');

    const docx = await JSZip.loadAsync(await fs.readFile(path.join(out, '月报-2022-11.docx')));
    const documentXml = await docx.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(documentXml).toContain('=HYPERLINK(');
    expect(documentXml).not.toMatch(/<w:instrText[^>]*>[^<]*HYPERLINK/);
    expect(documentXml).not.toMatch(/<w:fldSimple[^>]*HYPERLINK/);
  });

  test('__proto__ and constructor as titles and values change no prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const file = await writeWorkbook(
      workbookOf({
        故障登记: [
          ['__proto__', 'constructor', ...INCIDENT_HEADER, 'prototype'],
          ['x', 'y', '2022/11/3', '1小时', '三级', 'constructor', '__proto__', 'hasOwnProperty', 'toString', 'z'],
          ['x', 'y', '2022/11/4', '1小时', '三级', 'constructor', '__proto__', 'x', 'y', 'z'],
        ],
        ['__proto__']: [['__proto__', '业务名称', '本月在办总量', '本月办结总量', '超时完成数量'], ['a', 'constructor', 1, 1, 0]],
      }),
      '网络部.xlsx',
    );
    const logger = captureLogger();

    const code = await runBuild(options(['build', file, '--month', '2022-11', '--out', await temporaryDir(), '--json']), logger);

    expect(code).toBe(EXIT_OK);
    const figures = JSON.parse(logger.out.join('\n'));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(figures.incidents.total).toBe(2);
    expect(Object.prototype.hasOwnProperty.call(figures.incidents.byType, '__proto__')).toBe(true);
    expect(figures.incidents.byType['__proto__']).toBe(2);
    expect(figures.services.inProgress).toBe(1);
  });
});

describe('--out stays inside the folder it names', () => {
  test('.. segments resolve before writing', async () => {
    const root = await temporaryDir();
    const out = path.join(root, 'a', '..', 'b');

    expect(await runBuild(options(['build', await plainLog(), '--month', '2022-11', '--out', out, '--format', 'html']), captureLogger())).toBe(EXIT_OK);

    expect(await fs.readdir(root)).toEqual(['b']);
    expect(await fs.readdir(path.join(root, 'b'))).toEqual(['月报-2022-11.html']);
  });

  test('a symlinked folder receives the files and nothing else changes', async () => {
    const root = await temporaryDir();
    await fs.mkdir(path.join(root, 'target'));
    await fs.symlink(path.join(root, 'target'), path.join(root, 'link'), 'dir');

    expect(await runBuild(options(['build', await plainLog(), '--month', '2022-11', '--out', path.join(root, 'link'), '--format', 'html']), captureLogger())).toBe(EXIT_OK);

    expect((await fs.readdir(root)).sort()).toEqual(['link', 'target']);
    expect(await fs.readdir(path.join(root, 'target'))).toEqual(['月报-2022-11.html']);
  });

  test('a link planted at the temporary name is not followed', async () => {
    const root = await temporaryDir();
    const out = path.join(root, 'out');
    await fs.mkdir(out);
    const victim = path.join(root, 'victim.txt');
    await fs.writeFile(victim, 'keep');
    await fs.symlink(victim, path.join(out, `.月报-2022-11.html.${process.pid}.tmp`));
    const logger = captureLogger();

    const code = await runBuild(options(['build', await plainLog(), '--month', '2022-11', '--out', out, '--format', 'html']), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(await fs.readFile(victim, 'utf8')).toBe('keep');
    expect(logger.err.join('\n')).toContain('无法写入输出文件夹');
  });

  test('an --out that is a file is rejected before reading inputs', async () => {
    const root = await temporaryDir();
    const file = path.join(root, 'report.txt');
    await fs.writeFile(file, 'x');
    const logger = captureLogger();

    const code = await runBuild(options(['build', path.join(root, 'missing'), '--month', '2022-11', '--out', file]), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err).toEqual([expect.stringContaining('是一个已存在的文件，不是文件夹')]);
    expect(await fs.readFile(file, 'utf8')).toBe('x');
  });
});

describe('unreadable inputs', () => {
  test('an encrypted workbook named on the command line exits 2 and writes nothing', async () => {
    const dir = await temporaryDir();
    const locked = path.join(dir, '资源部.xlsx');
    await fs.writeFile(locked, Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(1024, 7)]));
    const out = path.join(await temporaryDir(), 'out');
    const logger = captureLogger();

    const code = await runBuild(options(['build', await plainLog(), locked, '--month', '2022-11', '--out', out]), logger);

    expect(code).toBe(EXIT_FAILED);
    expect(logger.err.join('\n')).toContain('资源部.xlsx：无法读取此文件：文件设有打开密码');
    expect(logger.err.join('\n')).not.toMatch(/[A-Za-z]{8,}/);
    await expect(fs.readdir(out)).rejects.toThrow();
  });
});
