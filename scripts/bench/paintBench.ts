/**
 * How long one PDF or PNG export takes inside a running process (the app's case: fonts loaded,
 * painter warmed up), on the sample and on a generated map, optionally against another checkout
 * in the same process, runs interleaved so that a busy moment on the machine falls on both alike.
 * Prints one JSON object on stdout; progress goes to stderr.
 *
 *   npx tsx scripts/bench/paintBench.ts --sizes 1000 --formats pdf --runs 9
 *   npx tsx scripts/bench/paintBench.ts --baseline /tmp/argmap-base   (a `git archive` of an older commit)
 *
 * CPU time is the whole process's (every thread, the PDF worker's too), so it counts work moved
 * off the calling thread; wall time is what the caller waits.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import { parseArgmap } from '../../src/shared/formats/argmapFormat';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../src/shared/render/exportOptions';
import { machineInfo, round2 } from './benchReport';
import { generateMap } from './generateMap';
import { SAMPLE_PATH } from '../sampleFiles';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    formats: { type: 'string', default: 'pdf' },
    runs: { type: 'string', default: '7' },
    baseline: { type: 'string' },
  },
});
const SIZES = (args.sizes ?? '').split(',').filter(Boolean).map(Number);
const FORMATS = (args.formats ?? '').split(',').filter(Boolean) as ('pdf' | 'png')[];
const RUNS = Number(args.runs);
const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);

interface Checkout {
  label: string;
  exportMap(map: ArgumentMap, options: ExportOptions, fonts: unknown): Promise<{ data: Buffer }>;
  fonts: unknown;
}

/** A checkout's export entry point and its fonts, loaded from its own source. */
async function checkout(label: string, root: string): Promise<Checkout> {
  const services = join(root, 'src/main/services/export');
  const { exportMap } = (await import(join(services, 'exportMap.ts'))) as Pick<Checkout, 'exportMap'>;
  const { loadExportFonts, fontsDirIn } = (await import(join(services, 'exportFonts.ts'))) as {
    loadExportFonts(dir: string): unknown;
    fontsDirIn(dir: string): string;
  };
  return { label, exportMap, fonts: loadExportFonts(fontsDirIn(join(root, 'resources'))) };
}

function loadMap(path: string): ArgumentMap {
  const result = parseArgmap(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.map;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main(): Promise<void> {
  const checkouts = [await checkout('current', resolve(import.meta.dirname, '../..'))];
  if (args.baseline) checkouts.unshift(await checkout('baseline', resolve(args.baseline)));
  const maps: [string, ArgumentMap][] = [['sample', loadMap(SAMPLE_PATH)]];
  for (const size of SIZES) maps.push([`generated-${size}`, generateMap(size, { seed: 1 })]);
  const report: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [name, map] of maps) {
    for (const format of FORMATS) {
      const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, format, scale: 2 };
      const samples = new Map(checkouts.map((c) => [c.label, { wall: [] as number[], cpu: [] as number[] }]));
      // One warm-up each (module loading, the PDF worker's start), then interleaved rounds.
      for (const c of checkouts) await c.exportMap(map, options, c.fonts);
      for (let round = 0; round < RUNS; round += 1) {
        for (const c of checkouts) {
          const cpu = process.cpuUsage();
          const began = performance.now();
          await c.exportMap(map, options, c.fonts);
          const wall = performance.now() - began;
          const used = process.cpuUsage(cpu);
          samples.get(c.label)!.wall.push(wall);
          samples.get(c.label)!.cpu.push((used.user + used.system) / 1000);
        }
        log(`${name} ${format} round ${round + 1}/${RUNS}`);
      }
      for (const [label, { wall, cpu }] of samples) {
        ((report[name] ??= {})[format] ??= {})[label] = {
          wallMedianMs: round2(median(wall)),
          cpuMedianMs: round2(median(cpu)),
          runs: wall.length,
        };
      }
    }
  }
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'in-process export', machine: machineInfo(), report }, null, 2)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
