import { promises as fs, existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { EXIT_OK, runBuild } from '../../src/cli/buildCommand';
import { parseArguments } from '../../src/cli/parseArguments';
import { parseCsv } from '../../src/io/parseCsv';

/**
 * A real ticket-system export (53 columns), kept outside the repository:
 * ITSM_REALDATA names its folder, else the shared folder beside the checkout,
 * else the workplace's copy at /work/shared/realdata.
 */
const CSV = [
  process.env.ITSM_REALDATA,
  path.join(__dirname, '..', '..', '..', 'shared', 'realdata'),
  '/work/shared/realdata',
]
  .filter((folder): folder is string => Boolean(folder))
  .map((folder) => path.join(folder, 'ict_fault.csv'))
  .find((file) => existsSync(file)) ?? path.join(__dirname, '..', '..', '..', 'shared', 'realdata', 'ict_fault.csv');
const SETTINGS = path.join(__dirname, '..', '..', 'examples', 'settings-ict-fault.json');

const describeWithData = existsSync(CSV) ? describe : describe.skip;
if (!existsSync(CSV)) {
  process.stderr.write(`ict_fault.csv not found at ${CSV}; the ticket-export tests are skipped.\n`);
}

/** Counts from the CSV computed without the product's parsers: rows whose 故障开始时间 starts with the prefix. */
async function independentCounts(prefix: string): Promise<{ total: number; byDepartment: Record<string, number> }> {
  const [header, ...rows] = parseCsv(await fs.readFile(CSV, 'utf8'));
  const start = header.indexOf('故障开始时间');
  const unit = header.indexOf('单位简称');
  const matching = rows.filter((row) => row[start].startsWith(prefix));
  const byDepartment: Record<string, number> = {};
  for (const row of matching) {
    byDepartment[row[unit]] = (byDepartment[row[unit]] ?? 0) + 1;
  }
  return { total: matching.length, byDepartment };
}

describeWithData('ticket-system export (ict_fault.csv)', () => {
  test('the CSV parses into 53 columns on every record', async () => {
    const records = parseCsv(await fs.readFile(CSV, 'utf8'));
    expect(records).toHaveLength(1024);
    expect(new Set(records.map((record) => record.length))).toEqual(new Set([53]));
  });

  test('a report for 2017-06 builds with the mapped columns', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'itsm-ict-'));
    const command = parseArguments(['build', CSV, '--month', '2017-06', '--out', out, '--settings', SETTINGS, '--json']);
    if (command.kind !== 'build') {
      throw new Error(JSON.stringify(command));
    }
    const printed: string[] = [];
    const err: string[] = [];
    const logger = { progress: (m: string) => err.push(m), info: (m: string) => printed.push(m), error: (m: string) => err.push(m) };

    const code = await runBuild(command.options, logger, new Date(2017, 6, 3));

    expect(code).toBe(EXIT_OK);
    const figures = JSON.parse(printed.join('\n'));
    const june = await independentCounts('2017-06');
    const firstHalf = await Promise.all(['01', '02', '03', '04', '05', '06'].map((month) => independentCounts(`2017-${month}`)));
    expect(june.total).toBe(25);
    expect(figures.incidents.total).toBe(june.total);
    expect(figures.incidents.byDepartment).toEqual(june.byDepartment);
    expect(figures.incidents.yearToDate.total).toBe(firstHalf.reduce((sum, month) => sum + month.total, 0));
    expect(figures.incidents.byMonth['6']).toBe(june.total);
    // The export writes 0 for "no level" in 风险事例等级; the model reports 0 as an invalid level rather than guess.
    const errors = figures.diagnostics.filter((diagnostic: { severity: string }) => diagnostic.severity === 'error');
    expect(errors.map((diagnostic: { code: string; value: string }) => `${diagnostic.code} ${diagnostic.value}`)).toEqual(errors.map(() => 'level.invalid 0'));
    expect((await fs.readdir(out)).sort()).toEqual(['月报-2017-06.docx', '月报-2017-06.html', '月报-2017-06.xlsx']);
  });

  test('durations come from the minutes column without float noise in the table', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'itsm-ict-'));
    const command = parseArguments(['build', CSV, '--month', '2016-06', '--out', out, '--settings', SETTINGS, '--format', 'html']);
    if (command.kind !== 'build') {
      throw new Error(JSON.stringify(command));
    }
    const logger = { progress: () => undefined, info: () => undefined, error: () => undefined };

    expect(await runBuild(command.options, logger, new Date(2016, 6, 3))).toBe(EXIT_OK);
    const html = await fs.readFile(path.join(out, '月报-2016-06.html'), 'utf8');
    expect(html).not.toContain('10.0000000745');
  });
});
