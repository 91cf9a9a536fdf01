/**
 * Start-up against Argdown's own command line (issue 14): the CPU time of `argmap export` of a
 * generated 1,000-node map to SVG, the whole process, against `argdown map` of the same map in
 * Argdown (written by the app's Argdown export) to SVG, the whole process. The bar: argmap's CPU
 * time at most 0.05× Argdown's. Run with `npm run bench` (last) or alone:
 *
 *   npx tsx scripts/bench/startupBench.ts                 1,000 nodes, 11 paired rounds
 *   npx tsx scripts/bench/startupBench.ts --nodes 5000 --runs 5
 *
 * Whole processes, spawned one after another and paired: each round runs Node's own start
 * (`node -e ""`), argmap and Argdown once, in an order that turns round by round, so a busy moment
 * on the machine falls on all of them alike; medians over the rounds, and the median of each
 * round's own ratio. CPU time is user + system of the finished child, from /proc (Linux); wall
 * time is given too. Prints one JSON object on stdout; progress goes to stderr.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCli } from '../buildCli';
import { machineInfo, round2 } from './benchReport';
import { writeGeneratedMap } from './generateMap';
import { median, timeProcess, type ProcessSample, type TimedCommand } from './processTiming';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '11' },
    warmup: { type: 'string', default: '1' },
  },
});
const [NODES, SEED, RUNS, WARMUP] = [args.nodes, args.seed, args.runs, args.warmup].map(Number);
if (![NODES, SEED, RUNS, WARMUP].every(Number.isInteger) || NODES < 2 || RUNS < 1 || WARMUP < 0) {
  throw new Error('--nodes, --seed, --runs and --warmup take whole numbers (at least 2 nodes, 1 run).');
}
/** The bar: argmap's CPU time over Argdown's, whole processes. */
const TARGET_RATIO = 0.05;

const ROOT = join(import.meta.dirname, '../..');
/** Inside the checkout, so that the bundle finds resources/fonts and node_modules above it. */
const BENCH_DIR = join(ROOT, 'node_modules', '.cache', 'argmap-startup-bench');
/** Three decimals: a ratio near the bar of 0.05 needs them. */
const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);

/** CPU time where the system tells it, else wall time: what the ratio is taken of. */
const costOf = (sample: ProcessSample): number => sample.cpuMs ?? sample.wallMs;

function summary(samples: ProcessSample[]): { cpuMedianMs?: number; wallMedianMs: number; runs: number } {
  const cpu = samples.flatMap((sample) => (sample.cpuMs === undefined ? [] : [sample.cpuMs]));
  return {
    cpuMedianMs: cpu.length === samples.length ? round2(median(cpu)) : undefined,
    wallMedianMs: Math.round(median(samples.map((sample) => sample.wallMs))),
    runs: samples.length,
  };
}

/** Argdown's command line as installed (a development dependency), or null. */
function argdownCli(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('@argdown/cli/package.json');
    const { bin, version } = require(manifest) as { bin: Record<string, string>; version: string };
    log(`Argdown's command line ${version}`);
    return join(dirname(manifest), bin.argdown);
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const argdown = argdownCli();
  if (!argdown) throw new Error('@argdown/cli is not installed (npm install): it is the baseline.');
  log(`building the command line (${relative(ROOT, BENCH_DIR)})…`);
  // The same build as out/cli, in a folder of its own: a rebuild of out/cli meanwhile would swap chunks under the bench.
  const bundle = await buildCli(join(BENCH_DIR, 'cli'));
  const mapFile = await writeGeneratedMap(NODES, { seed: SEED });
  const work = await mkdtemp(join(tmpdir(), 'argmap-startup-bench-'));
  try {
    // The same map for Argdown, as the app writes it (titles given, positions left out: see the export's notes).
    const argdownFile = join(work, `generated-${NODES}.argdown`);
    timeProcess({
      label: 'argmap export to Argdown',
      argv: [bundle, 'export', mapFile, '--format', 'argdown', '--out', argdownFile],
      cwd: ROOT,
    });
    const svgOut = join(work, 'argmap.svg');
    const argdownOut = join(work, 'argdown-out');
    const commands: TimedCommand[] = [
      { label: 'nodeStart', argv: ['-e', ''], cwd: ROOT },
      { label: 'argmap', argv: [bundle, 'export', mapFile, '--format', 'svg', '--out', svgOut], cwd: ROOT },
      // In a folder of its own: Argdown reads an argdown.config.js from where it starts.
      { label: 'argdown', argv: [argdown, 'map', argdownFile, argdownOut, '--format', 'svg'], cwd: work },
    ];
    log(`${NODES} nodes: warming up…`);
    for (const command of commands) for (let i = 0; i < WARMUP; i++) timeProcess(command);
    const samples = new Map<string, ProcessSample[]>(commands.map((command) => [command.label, []]));
    const ratios: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      // The order turns each round: whoever runs first in a round is not always the same.
      const order = commands.map((_, i) => commands[(i + round) % commands.length]);
      const line: string[] = [];
      const taken = new Map<string, ProcessSample>();
      for (const command of order) {
        const sample = timeProcess(command);
        samples.get(command.label)!.push(sample);
        taken.set(command.label, sample);
        line.push(`${command.label} ${sample.cpuMs ?? Math.round(sample.wallMs)}`);
      }
      ratios.push(costOf(taken.get('argmap')!) / costOf(taken.get('argdown')!));
      log(`  round ${round + 1}/${RUNS} (CPU ms): ${line.join(', ')}`);
    }
    const [nodeStart, argmap, argdownTiming] = ['nodeStart', 'argmap', 'argdown'].map((label) =>
      summary(samples.get(label)!),
    );
    const cost = (timing: ReturnType<typeof summary>): number => timing.cpuMedianMs ?? timing.wallMedianMs;
    const ratio = round3(cost(argmap) / cost(argdownTiming));
    const argdownSvgs = await readdir(argdownOut);
    const report = {
      benchmark: "argmap export to SVG against Argdown's command line: CPU time of the whole process",
      date: new Date().toISOString(),
      machine: machineInfo(),
      map: {
        source: `scripts/bench/generateMap.ts: generateMap(${NODES}, { seed: ${SEED} })`,
        argmapBytes: (await stat(mapFile)).size,
        argdownBytes: (await stat(argdownFile)).size,
      },
      method:
        `node ${relative(ROOT, bundle)} export MAP --format svg --out TMP against node ${relative(ROOT, argdown)} ` +
        `map MAP.argdown DIR --format svg (the same map written by argmap's Argdown export), and node -e "": ` +
        `${RUNS} rounds after ${WARMUP} warm-up run(s) each, one run of each command a round in an order that ` +
        'turns round by round. cpuMedianMs: user + system CPU time of the process (Linux); ratio: the medians ' +
        "over each other; pairedRatio: the median of each round's own ratio.",
      commands: { nodeStart, argmap, argdown: argdownTiming },
      outputs: {
        argmapSvgBytes: (await stat(svgOut)).size,
        argdownSvgBytes: (await stat(join(argdownOut, argdownSvgs[0]))).size,
      },
      ratio,
      pairedRatio: round3(median(ratios)),
      target: { ratio: TARGET_RATIO, meets: ratio <= TARGET_RATIO },
      durationS: Math.round((Date.now() - began) / 1000),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(dirname(mapFile), { recursive: true, force: true });
    await rm(BENCH_DIR, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
