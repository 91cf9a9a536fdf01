/**
 * How quickly an edit reaches the screen, on the sample map and on generated big maps.
 * Run with `npm run bench` (it builds the renderer first). Prints one JSON object on stdout;
 * progress goes to stderr. Each operation is a real key press in Chromium, timed in the page
 * from its keydown to the first animation frame that shows the change, and compared with a
 * key press that changes nothing (the floor the browser imposes), measured in the same run.
 *
 *   npm run bench                         sample + 1,000 nodes
 *   npm run bench -- --sizes 1000,3000    other generated sizes
 *   npm run bench -- --rounds 30 --warmup 3
 */
import { machineInfo, round2 } from './benchReport';
import { readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { parseArgmap } from '../../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import type { NodeId } from '../../src/shared/model/ids';
import { SAMPLE_PATH } from '../sampleFiles';
import { writeGeneratedMap } from './generateMap';
import { PROBE_SCRIPT, type Expectation, type Sample } from './pageProbe';

/**
 * The e2e harness (e2e/harness.ts), loaded when the script runs: it belongs to the e2e tsconfig,
 * with the DOM library, while scripts/ is checked by the node one, which cannot include it.
 */
interface Harness {
  openApp(options: { file?: string; viewport?: { width: number; height: number } }): Promise<OpenedApp>;
}
interface OpenedApp {
  page: Page;
  close(): Promise<void>;
}
const HARNESS_URL = pathToFileURL(resolve(import.meta.dirname, '../../e2e/harness.ts')).href;
const loadHarness = (): Promise<Harness> => import(HARNESS_URL) as Promise<Harness>;

const OPERATIONS = ['baseline', 'add', 'type', 'commit', 'undo'] as const;
type Operation = (typeof OPERATIONS)[number];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);
const SIZES = (args.sizes ?? '')
  .split(',')
  .filter(Boolean)
  .map((size) => Number(size));
const SEED = Number(args.seed);
if (![ROUNDS, WARMUP, SEED, ...SIZES].every(Number.isInteger) || ROUNDS < 1 || SIZES.some((size) => size < 2)) {
  throw new Error('--sizes takes whole numbers of nodes (at least 2), --rounds, --warmup and --seed whole numbers.');
}
/** The DOM must stay unchanged this long before the next key: reveals and focus retries are over. */
const QUIET_MS = 120;

const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: a value that was measured, not an interpolation.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values: number[]): number => quantile(values, 0.5);

async function loadMap(file: string): Promise<ArgumentMap> {
  const result = parseArgmap(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load: ${result.message}`);
  return result.map;
}

/** A node with a parent and room below it: the first premise of the thesis (or any premise). */
function startNode(map: ArgumentMap): NodeId {
  const relations = Object.values(map.relations);
  const thesis = Object.values(map.nodes).find((node) => node.kind === 'thesis')?.id;
  const premise = relations.find((r) => 'node' in r.to && r.to.node === thesis && r.from.length === 1)?.from[0];
  const any = relations.find((r) => 'node' in r.to)?.from[0];
  const id = premise ?? any;
  if (!id) throw new Error('The map has no relation to start from.');
  return id;
}

class Driver {
  constructor(readonly page: Page) {}

  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async settle(): Promise<void> {
    if (!(await this.evaluate<boolean>(`__bench.settle(${QUIET_MS}, 5000)`))) log('  (the page never went quiet)');
  }

  /** Presses a key and times it; the page must be quiet first, so earlier work does not count. */
  async measure(key: string, expect: Expectation): Promise<Sample> {
    await this.settle();
    await this.evaluate(`__bench.arm(${JSON.stringify(expect)})`);
    await this.page.keyboard.press(key);
    return this.evaluate<Sample>('__bench.result(10000)');
  }

  async press(key: string): Promise<void> {
    await this.settle();
    await this.page.keyboard.press(key);
  }

  cards(): Promise<number> {
    return this.evaluate<number>('__bench.cards()');
  }
}

interface MapReport {
  /** The file, or how the map was generated. */
  map: string;
  nodes: number;
  relations: number;
  rounds: number;
  idleFrameIntervalMs: number;
  operations: Record<Operation, OperationReport>;
}
interface OperationReport {
  key: string;
  /** Key press to the first frame rendered with the change. */
  medianMs: number;
  p90Ms: number;
  /** Key press to the change being in the DOM: the main thread's work. */
  domMedianMs: number;
  domP90Ms: number;
  /** Animation frames the browser ran from the key press to the one showing the change (1 = the next frame). */
  framesMedian: number;
  framesMax: number;
  /** The same time counted in idle frame intervals (~16.7 ms): frames the screen could have shown meanwhile. */
  frameIntervalsMedian: number;
  ratioToBaseline: number;
}

async function benchMap({ openApp }: Harness, file: string, label: string, source: string): Promise<MapReport> {
  const map = await loadMap(file);
  const nodes = Object.keys(map.nodes).length;
  const relations = Object.keys(map.relations).length;
  log(`${label}: ${nodes} nodes, ${relations} relations`);
  const opened = Date.now();
  const app: OpenedApp = await openApp({ file, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    // The canvas draws only the cards on screen; the status bar counts the whole map.
    await page
      .getByTestId('node-count')
      .filter({ hasText: `${nodes} nodes` })
      .waitFor({ timeout: 60_000 });
    await page.locator('.argument-node').first().waitFor({ timeout: 60_000 });
    await page.evaluate(PROBE_SCRIPT);
    const driver = new Driver(page);
    await driver.settle();
    log(`  opened in ${Date.now() - opened} ms`);
    if ((await driver.cards()) !== nodes) throw new Error(`Expected ${nodes} cards, found ${await driver.cards()}.`);
    const idleFrameIntervalMs = await driver.evaluate<number>('__bench.frameInterval(30)');

    // Find the card in the outline (which brings it into view on the canvas), then click the card
    // itself, as a user would: the keys from here on act on it, with the focus on the canvas.
    const start = startNode(map);
    const row = page.locator(`.outline-tree [data-node-id="${start}"]`);
    if ((await row.count()) > 0) {
      await row.click();
      await driver.settle();
    }
    const startCard = page.locator(`.argument-node[data-id="${start}"]`);
    await startCard.click();
    await page.waitForSelector(`.argument-node.selected[data-id="${start}"]`);

    const samples = Object.fromEntries(OPERATIONS.map((op) => [op, [] as Sample[]])) as Record<Operation, Sample[]>;
    const keys: Record<Operation, string> = {
      baseline: 'F9',
      add: 'Tab',
      type: 'x',
      commit: 'Enter',
      undo: 'Control+z',
    };
    const total = WARMUP + ROUNDS;
    for (let round = 0; round < total; round += 1) {
      const taken: Partial<Record<Operation, Sample>> = {};
      // Nothing changes: the time to the next frame is the floor for everything else.
      taken.baseline = await driver.measure(keys.baseline, { op: 'baseline' });
      // Tab adds a reason under the selected card and opens its text field.
      taken.add = await driver.measure(keys.add, { op: 'add' });
      taken.type = await driver.measure(keys.type, { op: 'type' });
      // Enter commits the text (one undo step with the add); Alt+Up selects the parent again.
      taken.commit = await driver.measure(keys.commit, { op: 'commit' });
      await driver.press('Alt+ArrowUp');
      taken.undo = await driver.measure(keys.undo, { op: 'undo' });
      // Every round must start from the same document with the same card selected.
      const count = await driver.cards();
      if (count !== nodes) throw new Error(`Round ${round}: expected ${nodes} cards after undo, found ${count}.`);
      if ((await startCard.getAttribute('class'))?.includes('selected') !== true) {
        throw new Error(`Round ${round}: the starting card is no longer selected.`);
      }
      if (process.env.BENCH_VERBOSE) log(`  ${round}`, JSON.stringify(taken));
      if (round >= WARMUP) for (const op of OPERATIONS) samples[op].push(taken[op] as Sample);
      if ((round + 1) % 10 === 0 || round === total - 1) {
        const line = OPERATIONS.map((op) => `${op} ${round2(taken[op]?.paintedMs ?? NaN)}`).join(', ');
        log(`  round ${round + 1}/${total}: ${line} ms`);
      }
    }

    const baselineMedian = median(samples.baseline.map((s) => s.paintedMs));
    const operations = Object.fromEntries(
      OPERATIONS.map((op): [Operation, OperationReport] => {
        const painted = samples[op].map((s) => s.paintedMs);
        const dom = samples[op].map((s) => s.domMs);
        const frames = samples[op].map((s) => s.frames);
        return [
          op,
          {
            key: keys[op],
            medianMs: round2(median(painted)),
            p90Ms: round2(quantile(painted, 0.9)),
            domMedianMs: round2(median(dom)),
            domP90Ms: round2(quantile(dom, 0.9)),
            framesMedian: median(frames),
            framesMax: Math.max(...frames),
            frameIntervalsMedian: Math.ceil(median(painted) / idleFrameIntervalMs),
            ratioToBaseline: round2(median(painted) / baselineMedian),
          },
        ];
      }),
    ) as Record<Operation, OperationReport>;
    return {
      map: source,
      nodes,
      relations,
      rounds: ROUNDS,
      idleFrameIntervalMs: round2(idleFrameIntervalMs),
      operations,
    };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const harness = await loadHarness();
  const maps: Record<string, MapReport> = {};
  maps['sample'] = await benchMap(harness, SAMPLE_PATH, 'sample', 'resources/examples/kazakhstan-mediator.argmap');
  for (const size of SIZES) {
    const file = await writeGeneratedMap(size, { seed: SEED });
    try {
      maps[`generated-${size}`] = await benchMap(
        harness,
        file,
        `generated ${size}`,
        `scripts/bench/generateMap.ts: generateMap(${size}, { seed: ${SEED} })`,
      );
    } finally {
      await rm(dirname(file), { recursive: true, force: true });
    }
  }
  const report = {
    benchmark: 'editing latency: key press to the first frame showing the change',
    date: new Date().toISOString(),
    machine: machineInfo(),
    method:
      'Chromium (headless) at 1440x900 on the built renderer, real key presses. medianMs/p90Ms: from keydown ' +
      'until the first animation frame after the change is in the DOM has been rendered (a task posted from ' +
      'its requestAnimationFrame callback); domMs: until the change is in the DOM; frames: requestAnimationFrame ' +
      'callbacks up to that frame; frameIntervals: medianMs in idle frame intervals. Ratios: median over the ' +
      'baseline median (a key press that changes nothing), measured in the same run.',
    warmupRounds: WARMUP,
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
