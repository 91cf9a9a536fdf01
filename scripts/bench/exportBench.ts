/**
 * How long `argmap export` takes as a whole process (start, load, export, write), on the sample map
 * and on generated maps, per format. Run with `npm run bench` (after the editing bench) or alone
 * with `npx tsx scripts/bench/exportBench.ts`. It first builds the command line as out/cli is built,
 * into a folder of its own. Prints one JSON object on stdout; progress goes to stderr. Baselines
 * are measured in the same rounds: `node -e ""` (Node's own start) and `argmap validate` on the
 * same file (start, read, schema check: everything an export does before it draws).
 *
 *   npx tsx scripts/bench/exportBench.ts                            100, 1,000 and 5,000 nodes
 *   npx tsx scripts/bench/exportBench.ts --sizes 1000 --formats svg --runs 15
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { machineInfo, round2 } from './benchReport';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { svgSize } from '../../src/main/services/export/svgSize';
import { largestPngScale } from '../../src/main/services/export/pngSize';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/shared/formats/formatRegistry';
import { buildCli } from '../buildCli';
import { SAMPLE_PATH } from '../sampleFiles';
import { writeGeneratedMap } from './generateMap';
import { median, quantile, timeProcess, type ProcessSample, type TimedCommand } from './processTiming';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    formats: { type: 'string', default: 'svg,png,pdf,md' },
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    /** A command whose warm-up run takes longer than this is timed only `--slow-runs` times. */
    'slow-ms': { type: 'string', default: '5000' },
    'slow-runs': { type: 'string', default: '3' },
  },
});
const SIZES = (args.sizes ?? '').split(',').filter(Boolean).map(Number);
const FORMATS = (args.formats ?? '').split(',').filter(Boolean) as ExportFormat[];
const [RUNS, WARMUP, SEED, SLOW_MS, SLOW_RUNS] = [
  args.runs,
  args.warmup,
  args.seed,
  args['slow-ms'],
  args['slow-runs'],
].map(Number);
if (
  ![RUNS, WARMUP, SEED, SLOW_MS, SLOW_RUNS, ...SIZES].every(Number.isInteger) ||
  RUNS < 1 ||
  SIZES.some((size) => size < 2) ||
  FORMATS.some((format) => !(EXPORT_FORMATS as readonly string[]).includes(format))
) {
  throw new Error(`--sizes, --runs, --warmup, --seed take whole numbers; --formats takes ${EXPORT_FORMATS.join(',')}.`);
}
/** The bar: a 1,000-node map to SVG in at most this long, the whole process. */
const TARGET = { nodes: 1000, format: 'svg', limitMs: 450 } as const;
/** PNG at the app's default scale where it fits, else the largest scale that does. */
const PNG_SCALE = 2;

const ROOT = join(import.meta.dirname, '../..');
/** Inside the checkout, so that the bundle finds resources/fonts and node_modules above it. */
const BENCH_DIR = join(ROOT, 'node_modules', '.cache', 'argmap-export-bench');
const BENCH_CLI_DIR = join(BENCH_DIR, 'cli');
const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);
const round1 = (value: number): number => Math.round(value * 10) / 10;

interface Command extends Omit<TimedCommand, 'cwd'> {
  /** The file the command writes, if any (its size is reported). */
  output?: string;
}

/** Every export runs from the checkout's root. */
const timeCommand = (command: Command): ProcessSample => timeProcess({ ...command, cwd: ROOT });

interface Timing {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  /** Median CPU time (user + system) of the process, where the system tells it (Linux). */
  cpuMedianMs?: number;
  runs: number;
}
interface FormatReport extends Partial<Timing> {
  /** PNG only: the scale exported at (the default 2, or the largest that fits; below 1 the export shrinks it). */
  scale?: number;
  outputBytes?: number;
  /** Median over the validate baseline's median, and over Node's own start. */
  ratioToValidate?: number;
  ratioToNodeStart?: number;
  /** Why the format was not measured: the command's error (a PNG past the size limits). */
  skipped?: string;
}
interface MapReport {
  map: string;
  nodes: number;
  relations: number;
  fileBytes: number;
  drawingSize?: { width: number; height: number };
  baselines: { nodeStart: Timing; validate: Timing };
  formats: Partial<Record<ExportFormat, FormatReport>>;
}

function timing(samples: ProcessSample[]): Timing {
  const wall = samples.map((sample) => sample.wallMs);
  const cpu = samples.flatMap((sample) => (sample.cpuMs === undefined ? [] : [sample.cpuMs]));
  return {
    medianMs: round1(median(wall)),
    p90Ms: round1(quantile(wall, 0.9)),
    minMs: round1(Math.min(...wall)),
    cpuMedianMs: cpu.length === samples.length ? median(cpu) : undefined,
    runs: samples.length,
  };
}

async function benchMap(bundle: string, file: string, source: string, outDir: string): Promise<MapReport> {
  const text = await readFile(file, 'utf8');
  const { map } = JSON.parse(text) as { map: { nodes: object; relations: object } };
  const nodes = Object.keys(map.nodes).length;
  const relations = Object.keys(map.relations).length;
  log(`${source}: ${nodes} nodes, ${relations} relations`);

  const formats: MapReport['formats'] = {};
  const commands: Command[] = [
    { label: 'node -e ""', argv: ['-e', ''] },
    { label: 'validate', argv: [bundle, 'validate', file] },
  ];
  // The SVG's size tells which PNG scale fits; the first SVG export is also the warm-up's.
  let drawingSize: MapReport['drawingSize'];
  for (const format of FORMATS) {
    const output = join(outDir, `out.${format}`);
    const argv = [bundle, 'export', file, '--format', format, '--out', output];
    if (format === 'png') {
      if (!drawingSize) {
        timeCommand({ label: 'svg (size)', argv: [bundle, 'export', file, '--out', join(outDir, 'size.svg')] });
        drawingSize = svgSize(await readFile(join(outDir, 'size.svg'), 'utf8'));
      }
      // Past 1× the command line takes no smaller scale: the export itself draws it as large as fits.
      const fits = largestPngScale(drawingSize);
      formats.png = { scale: Math.min(PNG_SCALE, fits) };
      if (fits >= 1) argv.push('--scale', String(formats.png.scale));
    }
    commands.push({ label: format, argv, output });
  }

  // Warm-up (the disk cache, the first compile of each module), then rounds that take each
  // command in turn, so that a busy moment on the machine spreads over all of them alike.
  const samples = new Map<Command, ProcessSample[]>(commands.map((command) => [command, []]));
  const runsOf = new Map<Command, number>();
  for (const command of [...commands]) {
    let slowest = 0;
    try {
      for (let i = 0; i < WARMUP; i += 1) slowest = Math.max(slowest, timeCommand(command).wallMs);
    } catch (error) {
      // An export the command line refuses (a PNG past the size limits) is reported, not timed.
      const skipped = (error instanceof Error ? error.message : String(error)).trim();
      formats[command.label as ExportFormat] = { ...formats[command.label as ExportFormat], skipped };
      commands.splice(commands.indexOf(command), 1);
      log(`  ${command.label} skipped: ${skipped}`);
      continue;
    }
    const runs = slowest > SLOW_MS ? Math.min(SLOW_RUNS, RUNS) : RUNS;
    runsOf.set(command, runs);
    if (runs < RUNS) log(`  ${command.label}: ${Math.round(slowest)} ms a run, timed ${runs} times`);
  }
  for (let round = 0; round < RUNS; round += 1) {
    const line: string[] = [];
    for (const command of commands) {
      if (round >= (runsOf.get(command) ?? RUNS)) continue;
      const sample = timeCommand(command);
      samples.get(command)!.push(sample);
      line.push(`${command.label} ${Math.round(sample.wallMs)}`);
    }
    log(`  round ${round + 1}/${RUNS}: ${line.join(', ')} ms`);
  }

  const [nodeStart, validate] = commands.slice(0, 2).map((command) => timing(samples.get(command)!));
  const reports: MapReport['formats'] = {};
  for (const format of FORMATS) {
    const command = commands.find((c) => c.label === format);
    if (!command) {
      reports[format] = formats[format];
      continue;
    }
    const measured = timing(samples.get(command)!);
    reports[format] = {
      ...formats[format],
      ...measured,
      outputBytes: command.output ? (await stat(command.output)).size : undefined,
      ratioToValidate: round2(measured.medianMs / validate.medianMs),
      ratioToNodeStart: round2(measured.medianMs / nodeStart.medianMs),
    };
  }
  return {
    map: source,
    nodes,
    relations,
    fileBytes: text.length,
    drawingSize,
    baselines: { nodeStart, validate },
    formats: reports,
  };
}

async function main(): Promise<void> {
  const began = Date.now();
  // The same build as out/cli, in a folder of its own: a rebuild of out/cli meanwhile (npm run build,
  // the validate tests) would swap the bundle's chunks under the running bench.
  log(`building the command line (${relative(ROOT, BENCH_CLI_DIR)})…`);
  const bundle = relative(ROOT, await buildCli(BENCH_CLI_DIR));
  const maps: Record<string, MapReport> = {};
  const files: [key: string, file: string, source: string][] = [
    ['sample', SAMPLE_PATH, 'resources/examples/kazakhstan-mediator.argmap'],
  ];
  for (const size of SIZES) {
    const file = await writeGeneratedMap(size, { seed: SEED });
    files.push([`generated-${size}`, file, `scripts/bench/generateMap.ts: generateMap(${size}, { seed: ${SEED} })`]);
  }
  // Every export lands in one temporary folder, the sample's too (never beside it in resources/).
  const outDir = await mkdtemp(join(tmpdir(), 'argmap-export-bench-'));
  try {
    for (const [key, file, source] of files) maps[key] = await benchMap(bundle, file, source, outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(BENCH_DIR, { recursive: true, force: true });
    for (const [key, file] of files) if (key !== 'sample') await rm(dirname(file), { recursive: true, force: true });
  }

  const target = maps[`generated-${TARGET.nodes}`]?.formats[TARGET.format];
  const report = {
    benchmark: 'argmap export: wall time of the whole process (start, read, export, atomic write)',
    date: new Date().toISOString(),
    machine: machineInfo(),
    method:
      `node ${bundle} export FILE --format F --out TMP, spawned ${RUNS} times per map and format after ${WARMUP} ` +
      'warm-up run(s), commands interleaved round by round; wall time from spawn to exit. Baselines in the same ' +
      'rounds: `node -e ""` (nodeStart) and `argmap validate FILE` (validate: start, read and schema check). ' +
      'cpuMedianMs: user + system CPU time of the process (Linux), steadier than wall time on a busy machine. ' +
      `A command slower than ${SLOW_MS} ms is timed ${SLOW_RUNS} times. PNG at scale ${PNG_SCALE}, or the largest ` +
      'scale within the PNG size limits (below 1×: the default scale, which the export reduces to fit).',
    target: {
      requirement: `a ${TARGET.nodes}-node map to ${TARGET.format.toUpperCase()} in at most ${TARGET.limitMs} ms, whole process`,
      medianMs: target?.medianMs ?? null,
      p90Ms: target?.p90Ms ?? null,
      meets: target?.medianMs !== undefined ? target.medianMs <= TARGET.limitMs : null,
    },
    durationS: Math.round((Date.now() - began) / 1000),
    maps,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
