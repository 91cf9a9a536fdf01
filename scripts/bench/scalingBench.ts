/**
 * Whether each walk over a map stays linear in its size: every stage (load, layout, exports,
 * imports) on maps of the shapes a recursion or a quadratic walk chokes on (a long support,
 * attack or undercut chain, a wide star), at two or more sizes, with the ratio of each size's
 * median to the smallest's. Linear work doubles when the size doubles; quadratic quadruples.
 * Also how long refusing 40 MB Argdown documents takes. Sizes are interleaved round by round, so
 * that a busy moment on the machine falls on all alike. Prints one JSON object on stdout.
 *
 *   npx tsx scripts/bench/scalingBench.ts --sizes 10000,20000 --runs 3
 *   npx tsx scripts/bench/scalingBench.ts --shapes star --stages layout,svg --runs 5
 */
import { parseArgs } from 'node:util';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import { autoLayout } from '../../src/shared/layout/autoLayout';
import { parseArgmap, serializeArgmap } from '../../src/shared/formats/argmapFormat';
import { exportAif, importAif } from '../../src/shared/formats/aif';
import { exportArgdown, importArgdown } from '../../src/shared/formats/argdown';
import { argdownLimitProblem } from '../../src/shared/formats/argdown/argdownLimits';
import { exportMap } from '../../src/main/services/export/exportMap';
import { fontsDirIn, loadExportFonts } from '../../src/main/services/export/exportFonts';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat } from '../../src/shared/render/exportOptions';
import { CHAIN_SHAPES, chainMap, type ChainShape } from '../../src/shared/testing/chainMaps';
import { machineInfo, round2 } from './benchReport';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,20000' },
    shapes: { type: 'string', default: CHAIN_SHAPES.join(',') },
    stages: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const SIZES = (args.sizes ?? '').split(',').filter(Boolean).map(Number);
const SHAPES = (args.shapes ?? '').split(',').filter(Boolean) as ChainShape[];
const RUNS = Number(args.runs);
const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const fonts = loadExportFonts(fontsDirIn('resources'));

/** A stage: what it does to a laid-out map (and its file text), for timing. */
type Stage = (map: ArgumentMap, text: string) => unknown;
const exported =
  (format: ExportFormat): Stage =>
  (map) =>
    exportMap(map, { ...DEFAULT_EXPORT_OPTIONS, format }, fonts);
const STAGES: Record<string, Stage> = {
  layout: (map) => autoLayout(map),
  load: (_, text) => parseArgmap(text),
  svg: exported('svg'),
  pdf: exported('pdf'),
  md: exported('md'),
  argdownExport: (map) => exportArgdown(map),
  argdownImport: (map) => importArgdown(exportArgdown(map).text),
  aifExport: (map) => exportAif(map),
  aifImport: (map) => importAif(exportAif(map).text),
};
const STAGE_NAMES = args.stages ? args.stages.split(',') : Object.keys(STAGES);

function laidOut(shape: ChainShape, size: number): { map: ArgumentMap; text: string } {
  const map = chainMap(shape, size);
  for (const [id, position] of autoLayout(map)) map.nodes[id].position = position;
  return { map, text: serializeArgmap(map) };
}

/** Milliseconds to refuse 40 MB Argdown documents of each kind (the check alone, before any parsing). */
function argdownRefusals(): Record<string, number> {
  const MB = 2 ** 20;
  const documents: Record<string, () => string> = {
    statements: () => Array.from({ length: MB }, (_, i) => `[S${i}]: Statement number ${i} says so.`).join('\n\n'),
    oneLine: () => `[A]: ${'word '.repeat((40 * MB) / 5)}`,
    deepIndentation: () => Array.from({ length: 6_000 }, (_, i) => `${'  '.repeat(i)}+ [S${i}]: point`).join('\n'),
    unclosedComments: () => Array.from({ length: 2 * MB }, (_, i) => `/* never closed ${i}`).join('\n\n'),
  };
  const times: Record<string, number> = {};
  for (const [name, make] of Object.entries(documents)) {
    const text = make();
    const samples: number[] = [];
    for (let run = 0; run < Math.max(RUNS, 3); run++) {
      const began = performance.now();
      if (!argdownLimitProblem(text)) throw new Error(`${name}: not refused`);
      samples.push(performance.now() - began);
    }
    times[`${name} (${round2(text.length / MB)} MB)`] = round2(median(samples));
  }
  return times;
}

async function main(): Promise<void> {
  const report: Record<string, Record<string, unknown>> = {};
  for (const shape of SHAPES) {
    const maps = SIZES.map((size) => ({ size, ...laidOut(shape, size) }));
    const samples = new Map(maps.map(({ size }) => [size, new Map(STAGE_NAMES.map((s) => [s, [] as number[]]))]));
    for (let round = 0; round < RUNS; round++) {
      for (const stage of STAGE_NAMES) {
        for (const { size, map, text } of maps) {
          const began = performance.now();
          await STAGES[stage](map, text);
          samples
            .get(size)!
            .get(stage)!
            .push(performance.now() - began);
        }
      }
      log(shape, `round ${round + 1}/${RUNS}`);
    }
    const smallest = SIZES[0];
    report[shape] = Object.fromEntries(
      STAGE_NAMES.map((stage) => {
        const medians = Object.fromEntries(SIZES.map((size) => [size, round2(median(samples.get(size)!.get(stage)!))]));
        const ratios = Object.fromEntries(
          SIZES.slice(1).map((size) => [`${size}/${smallest}`, round2(medians[size] / medians[smallest])]),
        );
        return [stage, { medianMs: medians, ratio: ratios }];
      }),
    );
  }
  const refusals = argdownRefusals();
  process.stdout.write(
    `${JSON.stringify({ machine: machineInfo(), runs: RUNS, shapes: report, argdownRefusalMs: refusals }, null, 2)}\n`,
  );
}

await main();
