import { loadSources } from '../../src/io/loadSources';
import { analyseMonth } from '../../src/model/analyseMonth';
import { parseReportMonth } from '../../src/model/reportMonth';
import { buildReport } from '../../src/report/buildReport';
import { renderXlsx } from '../../src/report/render/xlsx';
import { readSettings } from './pipeline';

/** What the .xlsx child prints as JSON. */
export interface XlsxResult {
  xlsxMs: number;
  monthIncidents: number;
  equipment: number;
}

/**
 * Times one renderXlsx of the month's report on preloaded sources. It runs
 * alone so that the parent can kill it at a time limit.
 *
 * Usage: node renderXlsxChild.js DIR YYYY-MM SETTINGS.json|-
 */
async function main(dir: string, monthText: string, settingsFile: string): Promise<XlsxResult> {
  const month = parseReportMonth(monthText)!;
  const settings = await readSettings(settingsFile);
  const loaded = await loadSources([dir]);
  const analysis = analyseMonth(loaded.sources, month, settings);
  const document = buildReport(analysis, { year: 2023, month: 1, day: 4 });

  const started = performance.now();
  await renderXlsx(document);
  return { xlsxMs: performance.now() - started, monthIncidents: analysis.monthIncidents.length, equipment: analysis.equipment.total };
}

const [dir, month, settingsFile] = process.argv.slice(2);
main(dir, month, settingsFile).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
