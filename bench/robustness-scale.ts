import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runBuild } from '../src/cli/buildCommand';
import { parseArguments } from '../src/cli/parseArguments';
import { writeLargeIncidentLog, writeLargeLedger } from '../test/robustness/largeWorkbooks';

/**
 * Measures the peak resident memory of one CLI build over a year log of
 * 100,000 incident rows and a 20,000-row ledger. The workbooks are written
 * first with exceljs's streaming writer; the build then runs in a child
 * process so the figure is the build's alone.
 *
 * Run: npx tsc -p bench/tsconfig.json && node dist/bench/bench/robustness-scale.js [incidentRows] [ledgerRows]
 */
async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    await child(argv[1], argv[2]);
    return;
  }

  const incidentRows = Number(argv[0] ?? 100_000);
  const ledgerRows = Number(argv[1] ?? 20_000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'itsm-scale-'));
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'itsm-scale-out-'));
  await writeLargeIncidentLog(dir, incidentRows);
  await writeLargeLedger(dir, ledgerRows);
  const sizes = await Promise.all((await fs.readdir(dir)).map(async (name) => `${name} ${((await fs.stat(path.join(dir, name))).size / 1e6).toFixed(1)} MB`));

  const started = Date.now();
  const result = spawnSync(process.execPath, [__filename, '--child', dir, out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`inputs: ${sizes.join(', ')}\n`);
  process.stdout.write(`exit ${result.status}, ${seconds} s\n${result.stdout}${result.stderr.split('\n').slice(-3).join('\n')}\n`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(out, { recursive: true, force: true });
}

async function child(dir: string, out: string): Promise<void> {
  const command = parseArguments(['build', dir, '--month', '2022-11', '--out', out, '--json']);
  if (command.kind !== 'build') {
    throw new Error(JSON.stringify(command));
  }
  let total = 0;
  const code = await runBuild(command.options, {
    progress: (message) => process.stderr.write(`${message}\n`),
    info: (message) => {
      total = JSON.parse(message).incidents.total;
    },
    error: (message) => process.stderr.write(`${message}\n`),
  });
  const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  process.stdout.write(`build exit ${code}, November incidents ${total}, peak RSS ${peakMb} MB (Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'})\n`);
}

void main(process.argv.slice(2));
