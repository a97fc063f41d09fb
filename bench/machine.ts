import { readFileSync } from 'fs';
import os from 'os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  platform: string;
  /** One-minute load average when the benchmark started; above the core count, other processes competed for the CPU. */
  loadAverage: number;
}

/** Describes the machine the benchmark ran on: CPU model from /proc/cpuinfo where it exists, cores, RAM, Node.js version. */
export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
  };
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) {
      return match[1].trim();
    }
  } catch {
    // Not Linux: fall back to what Node.js reports.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}
