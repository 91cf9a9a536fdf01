import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A whole process to time: Node runs `argv` in `cwd`. */
export interface TimedCommand {
  label: string;
  argv: string[];
  cwd: string;
}

/** One run: the wall time of the whole process, and (on Linux) the CPU time it used. */
export interface ProcessSample {
  wallMs: number;
  cpuMs?: number;
}

/**
 * CPU time used by this process's finished children, in ms, from /proc (Linux: user + system
 * ticks of 1/100 s). On a busy machine it grows far less than the wall time; elsewhere undefined.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime; `fields` starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs a command to its end and times the whole process. Throws if it fails. */
export function timeProcess(command: TimedCommand): ProcessSample {
  const cpuBefore = childrenCpuMs();
  const began = performance.now();
  const result = spawnSync(process.execPath, command.argv, { cwd: command.cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - began;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) {
    throw new Error(`${command.label} failed (exit ${result.status}): ${result.stderr || result.error?.message}`);
  }
  return { wallMs, cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined };
}

/** The nearest-rank quantile: a value that was measured, not an interpolation. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: number[]): number => quantile(values, 0.5);
