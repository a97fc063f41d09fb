import { countIncidents, countTimeouts } from '../../src/functions/functions';
import { incidentRows } from '../incidentLog';
import { median } from '../median';
import { createRandom } from '../random';
import { officeValue } from '../sheetCells';

/** What the custom-function child prints as JSON: median milliseconds per call. */
export interface FunctionCallResult {
  rows: number;
  timeoutsMs: number;
  incidentsMs: number;
  plainLoopMs: number;
  timeouts: number;
  incidents: number;
}

const HEADER = ['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'];
const PLAIN_LOOP_BATCH = 100;

/**
 * Times TIMEOUTS and INCIDENTS over one range of `rows` incident rows plus
 * the header, as Excel passes it (dates as serial numbers, empty cells as
 * ""), against a plain loop that reads the date, duration and level cells
 * of every row of the same array.
 *
 * Usage: node functionCalls.js ROWS SAMPLES
 */
function main(rows: number, samples: number): FunctionCallResult {
  installCustomFunctionsGlobal();
  const range = incidentRange(rows);

  const timeouts = countTimeouts(range);
  const incidents = countIncidents(range);
  const timeoutsMs = timeCalls(samples, () => countTimeouts(range));
  const incidentsMs = timeCalls(samples, () => countIncidents(range));
  const plainLoopMs = median(Array.from({ length: samples }, () => timeBatch(() => plainLoop(range)))) / PLAIN_LOOP_BATCH;
  return { rows, timeoutsMs, incidentsMs, plainLoopMs, timeouts, incidents };
}

function incidentRange(rows: number): unknown[][] {
  const random = createRandom(10_000);
  const perMonth = Math.ceil(rows / 12);
  const cells = Array.from({ length: 12 }, (_, index) => incidentRows(2022, index + 1, perMonth, 'dayOfMonth', random)).flat().slice(0, rows);
  return [HEADER, ...cells.map((row) => row.map(officeValue))];
}

function timeCalls(samples: number, call: () => number): number {
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    call();
    times.push(performance.now() - started);
  }
  return median(times);
}

function timeBatch(loop: () => number): number {
  const started = performance.now();
  let sink = 0;
  for (let index = 0; index < PLAIN_LOOP_BATCH; index++) {
    sink += loop();
  }
  const elapsed = performance.now() - started;
  return sink < 0 ? -elapsed : elapsed;
}

/** Counts rows with a date, a duration and a level: one read of the same cells the functions read first. */
function plainLoop(range: unknown[][]): number {
  let count = 0;
  for (let row = 1; row < range.length; row++) {
    const cells = range[row];
    if (cells[0] !== '' && cells[1] !== '' && cells[2] !== '') {
      count += 1;
    }
  }
  return count;
}

/** Stands in for the CustomFunctions global of Excel's runtime: the error class and the codes the functions throw. */
function installCustomFunctionsGlobal(): void {
  class ExcelFunctionError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: ExcelFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
}

const [rows, samples] = process.argv.slice(2).map(Number);
process.stdout.write(`${JSON.stringify(main(rows, samples))}\n`);
