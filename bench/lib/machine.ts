/** The machine a result was measured on, and how busy it was (the reference machine is shared). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

function nproc(): number {
  try {
    return Number.parseInt(execFileSync('nproc', { encoding: 'utf8' }).trim(), 10);
  } catch {
    return os.availableParallelism();
  }
}

export function machineInfo(postgresVersion: string) {
  return {
    cores: nproc(),
    cpu: cpuModel(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: postgresVersion,
    os: `${os.type()} ${os.release()}`,
  };
}
