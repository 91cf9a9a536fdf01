import { cpus, platform, release, totalmem } from 'node:os';

/** Two decimals: the precision the benchmarks report. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The machine a benchmark ran on, for its JSON report (figures only compare on the same machine). */
export function machineInfo(): { os: string; cpu: string; cpus: number; memoryGb: number; node: string } {
  const cpuList = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpu: cpuList[0]?.model ?? 'unknown',
    cpus: cpuList.length,
    memoryGb: round2(totalmem() / 2 ** 30),
    node: process.version,
  };
}
