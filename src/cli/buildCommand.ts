import { promises as fs } from 'fs';
import path from 'path';
import { loadSources } from '../io/loadSources';
import { fillTemplate } from '../messages/issues';
import { cliText, roleLabels } from '../messages/zh-CN';
import { analyseMonth, MonthlyAnalysis } from '../model/analyseMonth';
import { toMonthlyFigures } from '../model/monthlyFigures';
import { defaultSettings, Settings } from '../model/settings';
import { parseSettingsJson } from '../model/settingsFile';
import { buildReport } from '../report/buildReport';
import { renderDocx } from '../report/render/docx';
import { renderHtml } from '../report/render/html';
import { renderXlsx } from '../report/render/xlsx';
import type { Logger } from './logger';
import type { BuildOptions, OutputFormat } from './parseArguments';
import { formatReportMonth } from '../model/reportMonth';

/** Exit codes: 0 when a report was written (with or without diagnostics), 2 when none could be. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 2;

/**
 * Runs `itsm-report build`: reads the workbooks, computes the month, writes
 * the report files into `outDir` and prints the summary or the figures.
 * Exits 2 without writing anything when `--out` is an existing file, the
 * settings are invalid, an input is missing or any input file cannot be read.
 */
export async function runBuild(options: BuildOptions, logger: Logger, today: Date = new Date()): Promise<number> {
  const outProblem = await checkOutDir(options.outDir);
  if (outProblem) {
    logger.error(outProblem);
    return EXIT_FAILED;
  }
  const settings = await loadSettings(options.settingsFile, logger);
  if (!settings) {
    return EXIT_FAILED;
  }

  const loaded = await loadSources(options.inputs, (file) => logger.progress(fillTemplate(cliText.reading, { file: path.basename(file) })));
  if (loaded.missing.length > 0) {
    logger.error(fillTemplate(cliText.missingInputs, { paths: loaded.missing.join('、') }));
    return EXIT_FAILED;
  }
  // An unreadable file stops the build: a report without one department's data would pass wrong totals off as right.
  for (const diagnostic of loaded.diagnostics) {
    logger.error(`${diagnostic.file}：${diagnostic.message}`);
  }
  if (loaded.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    return EXIT_FAILED;
  }
  if (loaded.sources.length === 0) {
    logger.error(cliText.noSources);
    return EXIT_FAILED;
  }

  const analysis = analyseMonth(loaded.sources, options.month, settings);
  analysis.diagnostics.unshift(...loaded.diagnostics);
  if (!analysis.sources.some((source) => source.role !== undefined)) {
    logger.error(cliText.noRecognisedSources);
    return EXIT_FAILED;
  }
  reportSources(analysis, logger);

  const document = buildReport(analysis, { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() });
  const written = await writeOutputs(options, document, logger);
  if (!written) {
    return EXIT_FAILED;
  }

  if (options.json) {
    logger.info(JSON.stringify(toMonthlyFigures(analysis), null, 2));
  } else {
    printSummary(analysis, logger);
  }
  written.forEach((file) => logger.progress(fillTemplate(cliText.written, { file })));
  return EXIT_OK;
}

async function loadSettings(file: string | undefined, logger: Logger): Promise<Settings | undefined> {
  if (!file) {
    return defaultSettings();
  }

  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    logger.error(missing ? fillTemplate(cliText.settingsNotFound, { file }) : fillTemplate(cliText.settingsUnreadable, { file, reason: String(error) }));
    return undefined;
  }
  const result = parseSettingsJson(text, file);
  if (!result.ok) {
    logger.error(result.message);
    return undefined;
  }
  return result.settings;
}

/**
 * Writes each output next to a temporary name first and renames it into
 * place, so a failure leaves no half-written report. File names are fixed
 * (月报-YYYY-MM.ext), so nothing is written outside `outDir`.
 */
async function writeOutputs(options: BuildOptions, document: ReturnType<typeof buildReport>, logger: Logger): Promise<string[] | undefined> {
  const outDir = path.resolve(options.outDir);
  const baseName = `月报-${formatReportMonth(options.month)}`;
  const written: string[] = [];
  const temporaries: string[] = [];
  try {
    await fs.mkdir(outDir, { recursive: true });
    for (const format of options.formats) {
      const target = path.join(outDir, `${baseName}.${format}`);
      const temporary = path.join(outDir, `.${baseName}.${format}.${process.pid}.tmp`);
      temporaries.push(temporary);
      // 'wx' creates the file or fails: it never follows a link planted at the temporary name.
      await fs.writeFile(temporary, await renderOutput(format, document), { flag: 'wx' });
      await fs.rename(temporary, target);
      written.push(path.join(options.outDir, path.basename(target)));
    }
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => fs.rm(temporary, { force: true })));
    logger.error(fillTemplate(cliText.outNotWritable, { dir: options.outDir, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    return undefined;
  }
  return written;
}

/** Rejects an `--out` that names an existing file, before any input is read. */
async function checkOutDir(outDir: string): Promise<string | undefined> {
  const stat = await fs.stat(outDir).catch(() => undefined);
  if (stat && !stat.isDirectory()) {
    return fillTemplate(cliText.outIsFile, { dir: outDir });
  }
  return undefined;
}

async function renderOutput(format: OutputFormat, document: ReturnType<typeof buildReport>): Promise<Buffer | string> {
  switch (format) {
    case 'xlsx':
      return renderXlsx(document);
    case 'html':
      return renderHtml(document, { chartFormat: 'png' });
    case 'docx':
      return renderDocx(document);
  }
}

function reportSources(analysis: MonthlyAnalysis, logger: Logger): void {
  const recognised = analysis.sources.filter((source) => source.role !== undefined);
  const roles = recognised.map((source) => `${source.file}/${source.sheet}（${roleLabels[source.role!]}，${source.rows} 行）`);
  logger.progress(fillTemplate(cliText.recognised, { count: recognised.length, roles: `\n  ${roles.join('\n  ')}` }));

  const unrecognised = analysis.sources.filter((source) => source.role === undefined);
  if (unrecognised.length > 0) {
    logger.progress(fillTemplate(cliText.unrecognised, { sheets: unrecognised.map((source) => `${source.file}/${source.sheet}`).join('、') }));
  }
}

function printSummary(analysis: MonthlyAnalysis, logger: Logger): void {
  const incidents = analysis.incidentFigures;
  logger.info(fillTemplate(cliText.title, { year: analysis.month.year, month: analysis.month.month }));
  logger.info(
    fillTemplate(cliText.incidents, {
      total: incidents.total,
      nonFault: analysis.settings.nonFaultTypes.join('、'),
      faults: incidents.faults,
      level1: incidents.byLevel['1'],
      level2: incidents.byLevel['2'],
      level3: incidents.byLevel['3'],
      timeouts: incidents.timeouts,
    }),
  );
  if (analysis.services) {
    logger.info(fillTemplate(cliText.services, analysis.services as unknown as Record<string, number>));
  }
  logger.info(fillTemplate(cliText.documents, { total: analysis.documents.length }));

  const warranty = Object.entries(analysis.equipment.byWarranty)
    .map(([status, count]) => `${status} ${count}`)
    .join('，');
  logger.info(
    fillTemplate(cliText.equipment, {
      total: analysis.equipment.total,
      warranty: warranty === '' ? '' : `，${warranty}`,
      highRisk: analysis.equipment.highRisk,
    }),
  );

  const statuses = analysis.targets.flatMap((group) => group.indicators.map((indicator) => indicator.status));
  const count = (status: string) => statuses.filter((value) => value === status).length;
  logger.info(
    fillTemplate(cliText.targets, {
      met: count('达标'),
      missed: count('未达标'),
      inProgress: count('进行中'),
      notApplicable: count('不适用'),
      missing: count('数据缺失'),
    }),
  );

  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  logger.info(
    analysis.diagnostics.length === 0
      ? cliText.noDiagnostics
      : fillTemplate(cliText.diagnostics, { count: analysis.diagnostics.length, errors }),
  );
}
