import { spawn } from 'child_process';

export interface TimedRun {
  /** Wall-clock time from spawn to exit, in milliseconds. */
  ms: number;
  /** Exit code, or null when the run was killed. */
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `node` with the arguments and measures the wall-clock time until it
 * exits. A run that is still going after `timeoutMs` is killed (SIGKILL) and
 * marked `timedOut`.
 *
 * Example: `await spawnNode(['dist/cli/main.js', '--help'], { cwd, timeoutMs: 60_000 })`.
 */
export function spawnNode(args: string[], options: { cwd: string; timeoutMs: number }): Promise<TimedRun> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);

    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, code, timedOut, stdout, stderr });
    });
  });
}

/** Runs a bench child script and parses the JSON it prints as its last stdout line. */
export async function runChild<T>(args: string[], options: { cwd: string; timeoutMs: number }): Promise<{ run: TimedRun; result?: T }> {
  const run = await spawnNode(args, options);
  if (run.timedOut || run.code !== 0) {
    return { run };
  }
  const lines = run.stdout.trim().split('\n');
  return { run, result: JSON.parse(lines[lines.length - 1]) as T };
}
