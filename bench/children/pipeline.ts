import { promises as fs } from 'fs';
import { loadSources } from '../../src/io/loadSources';
import { analyseMonth } from '../../src/model/analyseMonth';
import { parseReportMonth } from '../../src/model/reportMonth';
import { defaultSettings, Settings } from '../../src/model/settings';
import { parseSettingsJson } from '../../src/model/settingsFile';
import { buildReport } from '../../src/report/buildReport';
import { renderDocx } from '../../src/report/render/docx';
import { renderHtml } from '../../src/report/render/html';

/** What the pipeline child prints as JSON. */
export interface PipelineResult {
  loadMs: number;
  analyseMs: number[];
  reportMs: number[];
  htmlMs: number;
  docxMs: number;
  /** process.resourceUsage().maxRSS in KB after each stage; it is a high-water mark, so it only grows. */
  maxRssKb: { afterLoad: number; afterModelAndReport: number; afterHtmlAndDocx: number };
  incidents: number;
  monthIncidents: number;
  equipment: number;
  diagnostics: number;
}

const TODAY = { year: 2023, month: 1, day: 4 };

/**
 * Loads the workbooks once, then times analyseMonth and buildReport
 * `runs` times on the preloaded sources, then renders HTML and .docx once.
 * The .xlsx renderer runs in its own child because it may need a time limit.
 *
 * Usage: node pipeline.js DIR YYYY-MM SETTINGS.json|- RUNS
 */
async function main(dir: string, monthText: string, settingsFile: string, runs: number): Promise<PipelineResult> {
  const month = parseReportMonth(monthText)!;
  const settings = await readSettings(settingsFile);

  let started = performance.now();
  const loaded = await loadSources([dir]);
  const loadMs = performance.now() - started;
  const afterLoad = process.resourceUsage().maxRSS;

  const analyseMs: number[] = [];
  const reportMs: number[] = [];
  let analysis = analyseMonth(loaded.sources, month, settings);
  let document = buildReport(analysis, TODAY);
  for (let run = 0; run < runs; run++) {
    started = performance.now();
    analysis = analyseMonth(loaded.sources, month, settings);
    analyseMs.push(performance.now() - started);

    started = performance.now();
    document = buildReport(analysis, TODAY);
    reportMs.push(performance.now() - started);
  }
  const afterModelAndReport = process.resourceUsage().maxRSS;

  started = performance.now();
  renderHtml(document, { chartFormat: 'png' });
  const htmlMs = performance.now() - started;

  started = performance.now();
  await renderDocx(document);
  const docxMs = performance.now() - started;

  return {
    loadMs,
    analyseMs,
    reportMs,
    htmlMs,
    docxMs,
    maxRssKb: { afterLoad, afterModelAndReport, afterHtmlAndDocx: process.resourceUsage().maxRSS },
    incidents: analysis.incidents.length,
    monthIncidents: analysis.monthIncidents.length,
    equipment: analysis.equipment.total,
    diagnostics: analysis.diagnostics.length,
  };
}

/** Reads a settings file, or returns the defaults for "-". */
export async function readSettings(file: string): Promise<Settings> {
  if (file === '-') {
    return defaultSettings();
  }
  const parsed = parseSettingsJson(await fs.readFile(file, 'utf8'), file);
  if (!parsed.ok) {
    throw new Error(parsed.message);
  }
  return parsed.settings;
}

if (require.main === module) {
  const [dir, month, settingsFile, runs] = process.argv.slice(2);
  main(dir, month, settingsFile, Number(runs)).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
}
