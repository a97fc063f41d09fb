import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { chunkContents, sharedBytes } from './bundleContents';
import { measureBundles } from './bundleSizes';
import type { FunctionCallResult } from './children/functionCalls';
import type { PipelineResult } from './children/pipeline';
import type { RoundTripResult } from './children/roundTrips';
import type { XlsxResult } from './children/renderXlsxChild';
import { DEFAULT_YEAR_OPTIONS, generateYear } from './generateYear';
import { describeMachine } from './machine';
import type { BenchResults, CliPair, CommandTimes, StepOutcome, XlsxScalePoint } from './results';
import { runChild, spawnNode } from './spawnTimed';
import { writeBenchmarksPage } from './writePage';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHILDREN = path.join(__dirname, 'children');
const EXAMPLE_DIR = path.join(ROOT, 'examples', '2022-11');
const EXAMPLE_MONTH = '2022-11';
const YEAR_MONTH = '2022-12';
const PAGE = path.join(ROOT, 'docs', 'benchmarks.md');

/** Runs per measurement; the page reports medians. */
const RUNS = 5;
/** Time limits, chosen so that the whole run stays under ten minutes on two cores. */
const CLI_TIMEOUT_MS = 90_000;
const CHILD_TIMEOUT_MS = 180_000;
/** Fractions of the year-scale data on which the .xlsx renderer is timed alone. */
const XLSX_SCALES = [
  { scale: '1/20', incidentsPerMonth: 10, equipmentPerDepartment: 30 },
  { scale: '1/10', incidentsPerMonth: 20, equipmentPerDepartment: 60 },
  { scale: '1/5', incidentsPerMonth: 40, equipmentPerDepartment: 120 },
  { scale: '1/1', incidentsPerMonth: 200, equipmentPerDepartment: 600 },
];

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Builds the CLI and the add-in, generates the year-scale data in a
 * temporary folder, takes every measurement and writes docs/benchmarks.md.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const machine = describeMachine();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'itsm-bench-'));
  const statsFile = path.join(work, 'webpack-stats.json');

  const builds = [runStep('npm run build:cli', ['run', 'build:cli']), runStep('npm run build (webpack --json)', ['run', 'build', '--', '--json', statsFile])];

  log('generating the year-scale data');
  const yearDir = path.join(work, 'year');
  const year = await generateYear({ dir: yearDir, ...DEFAULT_YEAR_OPTIONS });
  await fs.copyFile(path.join(EXAMPLE_DIR, '技术服务部-月报.xlsx'), path.join(yearDir, '技术服务部-月报.xlsx'));

  const cli = await measureCli(work, yearDir, year.settingsFile);
  const pipeline = [
    await pipelineOf('example month', [EXAMPLE_DIR, EXAMPLE_MONTH, '-', String(RUNS)]),
    await pipelineOf('year-scale', [yearDir, YEAR_MONTH, year.settingsFile, String(RUNS)]),
  ];
  const xlsxScaling = await measureXlsxScaling(work, year.settingsFile);
  const roundTrips = [
    await roundTripsOf('example month', [EXAMPLE_DIR, EXAMPLE_MONTH, '-']),
    await roundTripsOf('year-scale', [yearDir, YEAR_MONTH, year.settingsFile]),
  ];

  log('timing the custom functions');
  const functions = (await runChild<FunctionCallResult>([path.join(CHILDREN, 'functionCalls.js'), '10000', String(RUNS + 2)], { cwd: ROOT, timeoutMs: CHILD_TIMEOUT_MS })).result;

  const addinBuilt = builds[1].ok;
  const bundles = addinBuilt ? await measureBundles(path.join(ROOT, 'dist', 'addin')) : undefined;
  const functionsContents = addinBuilt ? await chunkContents(statsFile, 'functions') : [];
  const taskpaneContents = addinBuilt ? await chunkContents(statsFile, 'taskpane') : [];
  const shared = addinBuilt ? await sharedBytes(statsFile, 'functions', 'taskpane') : 0;

  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    totalMs: Date.now() - started,
    machine,
    loadAverageAtEnd: os.loadavg()[0],
    runs: RUNS,
    builds,
    year: { dir: '(temporary folder)', incidentRows: year.incidentRows, equipmentRows: year.equipmentRows, files: year.files.length + 1 },
    cli,
    pipeline,
    xlsxScaling,
    roundTrips,
    functions,
    bundles,
    functionsContents,
    taskpaneContents,
    sharedBytes: shared,
  };
  await fs.writeFile(PAGE, writeBenchmarksPage(results));
  await fs.rm(work, { recursive: true, force: true });
  log(`wrote ${path.relative(ROOT, PAGE)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function runStep(label: string, npmArgs: string[]): StepOutcome {
  log(label);
  const started = Date.now();
  const result = spawnSync('npm', npmArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ok = result.status === 0;
  return { label, ok, ms: Date.now() - started, detail: ok ? undefined : `${result.stderr}${result.stdout}`.trim().slice(-800) };
}

/**
 * Times the CLI and the bare load of the same files, alternating the two so
 * that both see the same machine state. A CLI variant that hits the time
 * limit is not run again.
 */
async function measureCli(work: string, yearDir: string, settingsFile: string): Promise<CliPair[]> {
  const exampleFiles = await workbookFiles(EXAMPLE_DIR);
  const yearFiles = await workbookFiles(yearDir);
  const out = path.join(work, 'out');
  const cliMain = path.join('dist', 'cli', 'main.js');
  const floorMain = path.join(CHILDREN, 'floorLoad.js');
  const shown = (arg: string) => displayedArgument(arg, work);

  const pairs: Array<{ dataset: string; cli: string[]; floor: string[]; cliLabel: string }> = [
    { dataset: 'example month (6 workbooks)', cli: [cliMain, 'build', EXAMPLE_DIR, '--month', EXAMPLE_MONTH, '--out', out], floor: [floorMain, ...exampleFiles], cliLabel: 'CLI, all formats' },
    { dataset: 'year-scale (11 workbooks)', cli: [cliMain, 'build', yearDir, '--month', YEAR_MONTH, '--out', out, '--settings', settingsFile], floor: [floorMain, ...yearFiles], cliLabel: 'CLI, all formats' },
    { dataset: 'year-scale (11 workbooks)', cli: [cliMain, 'build', yearDir, '--month', YEAR_MONTH, '--out', out, '--settings', settingsFile, '--format', 'html'], floor: [floorMain, ...yearFiles], cliLabel: 'CLI, --format html' },
  ];

  const measured: CliPair[] = [];
  for (const pair of pairs) {
    log(`CLI against the floor: ${pair.dataset}, ${pair.cliLabel}`);
    const cli = emptyTimes(pair.cliLabel, `node ${pair.cli.map(shown).join(' ')}`);
    const floor = emptyTimes('bare exceljs load', `node dist/bench/bench/children/floorLoad.js <the ${pair.floor.length - 1} .xlsx files>`);
    for (let run = 0; run < RUNS; run++) {
      await timeInto(floor, pair.floor);
      if (cli.timedOut === 0) {
        await timeInto(cli, pair.cli);
      }
    }
    measured.push({ dataset: pair.dataset, cli, floor });
  }
  return measured;
}

/** Shows the temporary folder as $TMP, so that the page's command lines stay the same from run to run, and other paths relative to the project. */
function displayedArgument(arg: string, work: string): string {
  if (arg.startsWith(work)) {
    return `$TMP${arg.slice(work.length)}`;
  }
  return path.isAbsolute(arg) ? path.relative(ROOT, arg) : arg;
}

function emptyTimes(label: string, command: string): CommandTimes {
  return { label, command, samples: [], timedOut: 0, failed: 0, timeoutMs: CLI_TIMEOUT_MS };
}

async function timeInto(times: CommandTimes, args: string[]): Promise<void> {
  const run = await spawnNode(args, { cwd: ROOT, timeoutMs: CLI_TIMEOUT_MS });
  if (run.timedOut) {
    times.timedOut += 1;
  } else if (run.code !== 0) {
    times.failed += 1;
    times.failure ??= run.stderr.trim().slice(-400);
  } else {
    times.samples.push(run.ms);
  }
}

/** Lists the .xlsx files the CLI reads from a folder, in its order. */
async function workbookFiles(dir: string): Promise<string[]> {
  const names = (await fs.readdir(dir)).filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$'));
  return names.sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => path.join(dir, name));
}

async function pipelineOf(dataset: string, args: string[]): Promise<BenchResults['pipeline'][number]> {
  log(`model, report and renderers in one process: ${dataset}`);
  const { run, result } = await runChild<PipelineResult>([path.join(CHILDREN, 'pipeline.js'), ...args], { cwd: ROOT, timeoutMs: CHILD_TIMEOUT_MS });
  return { dataset, result, failure: result ? undefined : failureText(run) };
}

async function roundTripsOf(dataset: string, args: string[]): Promise<BenchResults['roundTrips'][number]> {
  log(`context.sync() calls on the in-memory host: ${dataset}`);
  const { run, result } = await runChild<RoundTripResult>([path.join(CHILDREN, 'roundTrips.js'), ...args], { cwd: ROOT, timeoutMs: CHILD_TIMEOUT_MS });
  return { dataset, result, failure: result ? undefined : failureText(run) };
}

/** Times renderXlsx alone on fractions of the year-scale data and on all of it, to show how its time grows with the report. */
async function measureXlsxScaling(work: string, settingsFile: string): Promise<XlsxScalePoint[]> {
  const points: XlsxScalePoint[] = [];
  log('renderXlsx alone on the example month');
  const example = await runChild<XlsxResult>([path.join(CHILDREN, 'renderXlsxChild.js'), EXAMPLE_DIR, EXAMPLE_MONTH, '-'], { cwd: ROOT, timeoutMs: CHILD_TIMEOUT_MS });
  points.push({ scale: 'example month', monthIncidents: example.result?.monthIncidents ?? 0, equipment: example.result?.equipment ?? 0, ms: example.result?.xlsxMs, timedOut: example.result === undefined });

  for (const scale of XLSX_SCALES) {
    log(`renderXlsx alone at ${scale.scale} of the year-scale data`);
    const dir = path.join(work, `year-${scale.incidentsPerMonth}`);
    await generateYear({ ...DEFAULT_YEAR_OPTIONS, ...scale, dir });
    const { result } = await runChild<XlsxResult>([path.join(CHILDREN, 'renderXlsxChild.js'), dir, YEAR_MONTH, settingsFile], { cwd: ROOT, timeoutMs: CHILD_TIMEOUT_MS });
    points.push({
      scale: scale.scale,
      monthIncidents: result?.monthIncidents ?? scale.incidentsPerMonth * 10,
      equipment: result?.equipment ?? scale.equipmentPerDepartment * 10,
      ms: result?.xlsxMs,
      timedOut: result === undefined,
    });
  }
  return points;
}

function failureText(run: { timedOut: boolean; code: number | null; stderr: string }): string {
  return run.timedOut ? `killed after ${CHILD_TIMEOUT_MS / 1000} s` : `exit code ${run.code}: ${run.stderr.trim().slice(-400)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
