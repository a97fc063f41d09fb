import { loadSources } from '../../src/io/loadSources';
import { parseReportMonth } from '../../src/model/reportMonth';
import { buildMonthlyReport } from '../../src/taskpane/buildHandler';
import { seedsOf } from '../../test/taskpane/fakeExcel/exampleWorkbook';
import { FakeExcelHost } from '../../test/taskpane/fakeExcel/fakeExcel';
import { createFakeWorkbook } from '../../test/taskpane/fakeExcel/fakeWorkbook';
import { readSettings } from './pipeline';

/** What the round-trip child prints as JSON. */
export interface RoundTripResult {
  status: string;
  syncs: number;
  /** The host's own count of context.sync() calls, which the outcome's count should equal. */
  hostSyncs: number;
  ms: number;
  sheets: number;
}

/**
 * Seeds the in-memory Excel host with every sheet of the workbooks (one
 * sheet each, values as Office.js passes merged cells), runs one
 * buildMonthlyReport and counts context.sync() calls.
 *
 * Usage: node roundTrips.js DIR YYYY-MM SETTINGS.json|-
 */
async function main(dir: string, monthText: string, settingsFile: string): Promise<RoundTripResult> {
  const month = parseReportMonth(monthText)!;
  const settings = await readSettings(settingsFile);
  const loaded = await loadSources([dir]);
  const host = new FakeExcelHost(createFakeWorkbook(seedsOf(loaded.sources)));

  const started = performance.now();
  const outcome = await buildMonthlyReport((batch) => host.run(batch), {
    month,
    settings,
    extraSources: [],
    replace: false,
    workbookName: 'bench.xlsx',
    can1904: true,
    today: { year: 2023, month: 1, day: 4 },
  });
  const ms = performance.now() - started;
  return { status: outcome.status === 'failed' ? `failed: ${outcome.message}` : outcome.status, syncs: outcome.syncs, hostSyncs: host.syncCount, ms, sheets: loaded.sources.length };
}

const [dir, month, settingsFile] = process.argv.slice(2);
main(dir, month, settingsFile).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
