import type { BundlePart } from './bundleContents';
import type { BundleSizes } from './bundleSizes';
import type { FunctionCallResult } from './children/functionCalls';
import type { PipelineResult } from './children/pipeline';
import type { RoundTripResult } from './children/roundTrips';
import type { Machine } from './machine';

/** Timed runs of one command, in milliseconds; a run that hit the time limit is counted apart. */
export interface CommandTimes {
  label: string;
  command: string;
  samples: number[];
  timedOut: number;
  failed: number;
  timeoutMs: number;
  /** Text of the first failure, where one failed. */
  failure?: string;
}

/** A CLI measurement paired with the bare exceljs load of the same files. */
export interface CliPair {
  dataset: string;
  cli: CommandTimes;
  floor: CommandTimes;
}

export interface XlsxScalePoint {
  scale: string;
  monthIncidents: number;
  equipment: number;
  ms?: number;
  timedOut: boolean;
}

export interface StepOutcome {
  label: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

/** Everything one `npm run bench` measured, as the page writer needs it. */
export interface BenchResults {
  startedAt: string;
  totalMs: number;
  machine: Machine;
  /** One-minute load average when the last measurement ended. */
  loadAverageAtEnd: number;
  runs: number;
  builds: StepOutcome[];
  year: { dir: string; incidentRows: number; equipmentRows: number; files: number };
  cli: CliPair[];
  pipeline: Array<{ dataset: string; result?: PipelineResult; failure?: string }>;
  xlsxScaling: XlsxScalePoint[];
  roundTrips: Array<{ dataset: string; result?: RoundTripResult; failure?: string }>;
  functions?: FunctionCallResult;
  bundles?: BundleSizes;
  functionsContents: BundlePart[];
  taskpaneContents: BundlePart[];
  /** Bytes (before minification) of modules that are in both the functions and the task pane chunk. */
  sharedBytes: number;
}
