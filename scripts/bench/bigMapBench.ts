/**
 * Big maps against a bare React Flow 12 app (bareFlow/main.tsx, built here with Vite): the same
 * generated maps, the same Chromium, interleaved round by round, reported with ratios
 * (Argmap ÷ bare; below 1 is faster). Measures, per size:
 *   - open: from navigation to the first frame painted with cards (Argmap's overview counts);
 *   - edits: key press to painted frame for add (Tab), type, commit (Enter) and undo (Ctrl+Z), minus
 *     a key that changes nothing (F9), at actual size (Ctrl+1) and fitted (Ctrl+0);
 *   - pan and wheel zoom over the fitted map: frame intervals, median and p95;
 *   - JS heap after opening (after a garbage collection);
 *   - autoLayout's own time on the map (in this process), for Ctrl+L's budget.
 * Prints one JSON object on stdout; progress goes to stderr.
 *
 *   npx tsx scripts/bench/bigMapBench.ts                       1,000, 5,000 and 10,000 nodes
 *   npx tsx scripts/bench/bigMapBench.ts --sizes 5000 --rounds 5
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parseArgmap } from '../../src/shared/formats/argmapFormat';
import { autoLayout } from '../../src/shared/layout/autoLayout';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import type { NodeId } from '../../src/shared/model/ids';
import { machineInfo, round2 } from './benchReport';
import { writeGeneratedMap } from './generateMap';
import { PROBE_SCRIPT, type Expectation, type Sample } from './pageProbe';
import { bareMapJson, buildBareFlow, openBareFlow } from './bareFlowApp';
import { FIRST_CARDS_SCRIPT, FRAME_SAMPLER_SCRIPT } from './framesProbe';

interface Harness {
  openApp(options: { file?: string; viewport?: { width: number; height: number }; initScript?: string }): Promise<{
    page: Page;
    close(): Promise<void>;
  }>;
}
const HARNESS_URL = pathToFileURL(resolve(import.meta.dirname, '../../e2e/harness.ts')).href;
/** The e2e folder's Chromium and flags (loaded at run time: e2e/ is another tsconfig's). */
const BROWSER_URL = pathToFileURL(resolve(import.meta.dirname, '../../e2e/browser.ts')).href;
interface BrowserSetup {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    rounds: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  },
});
const SIZES = (args.sizes ?? '').split(',').filter(Boolean).map(Number);
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);
const SEED = Number(args.seed);
const QUIET_MS = 150;
const OPS = ['baseline', 'add', 'type', 'commit', 'undo'] as const;
type Op = (typeof OPS)[number];
const KEYS: Record<Op, string> = { baseline: 'F9', add: 'Tab', type: 'x', commit: 'Enter', undo: 'Control+z' };
const MODES = ['actual', 'fitted'] as const;
type Mode = (typeof MODES)[number];

const log = (...parts: unknown[]): void => void process.stderr.write(`${parts.join(' ')}\n`);
const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
const median = (values: number[]): number => quantile(values, 0.5);

/** One app under test: its page and how the benchmark drives it. */
interface App {
  name: 'argmap' | 'bare';
  page: Page;
  close(): Promise<void>;
  /** Selects the starting node (and leaves the view where the app puts it). */
  select(id: NodeId): Promise<void>;
  /** After commit, what brings the selection back to the starting node before undo. */
  reselect(): Promise<void>;
}

async function evaluate<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}
async function settle(page: Page): Promise<void> {
  await evaluate(page, `__bench.settle(${QUIET_MS}, 8000)`);
}
async function measure(page: Page, key: string, expect: Expectation): Promise<Sample> {
  await settle(page);
  await evaluate(page, `__bench.arm(${JSON.stringify(expect)})`);
  await page.keyboard.press(key);
  return evaluate<Sample>(page, '__bench.result(30000)');
}

/** The thesis's first premise: a node with a parent and room below. */
function startNode(map: ArgumentMap): NodeId {
  const thesis = Object.values(map.nodes).find((node) => node.kind === 'thesis')?.id;
  const relation = Object.values(map.relations).find(
    (r) => 'node' in r.to && r.to.node === thesis && r.from.length === 1,
  );
  if (!relation) throw new Error('The map has no premise of its thesis.');
  return relation.from[0];
}

async function openArgmap(harness: Harness, file: string): Promise<{ app: App; openMs: number }> {
  const opened = await harness.openApp({
    file,
    viewport: { width: 1440, height: 900 },
    initScript: FIRST_CARDS_SCRIPT,
  });
  const { page } = opened;
  const openMs = await page
    .waitForFunction('window.__open.firstCards', null, { timeout: 120_000 })
    .then((h) => h.jsonValue() as Promise<number>);
  await page.evaluate(PROBE_SCRIPT);
  await page.evaluate(FRAME_SAMPLER_SCRIPT);
  const app: App = {
    name: 'argmap',
    page,
    close: () => opened.close(),
    async select(id) {
      // The outline brings the node into view; a click on its card gives the canvas the keys.
      await page.locator(`.outline-tree [data-node-id="${id}"]`).click();
      await settle(page);
      await page.locator(`.argument-node[data-id="${id}"]`).click();
      await page.waitForSelector(`.argument-node.selected[data-id="${id}"]`);
    },
    async reselect() {
      await settle(page);
      await page.keyboard.press('Alt+ArrowUp');
    },
  };
  return { app, openMs };
}

async function openBare(browserDir: string, json: string, browser: Browser): Promise<{ app: App; openMs: number }> {
  const opened = await openBareFlow(browser, browserDir, json, FIRST_CARDS_SCRIPT);
  const { page } = opened;
  const openMs = await page
    .waitForFunction('window.__open.firstCards', null, { timeout: 600_000 })
    .then((h) => h.jsonValue() as Promise<number>);
  await page.evaluate(PROBE_SCRIPT);
  await page.evaluate(FRAME_SAMPLER_SCRIPT);
  const app: App = {
    name: 'bare',
    page,
    close: opened.close,
    async select(id) {
      await page.evaluate(`window.__select(${JSON.stringify(id)})`);
      await settle(page);
    },
    // Undo restores the nodes as they were before the add, the starting node selected.
    reselect: async () => undefined,
  };
  return { app, openMs };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round2(usedSize / 2 ** 20);
}

/** Frame intervals while the wheel zooms in and out and a drag pans, over the fitted map. */
async function panAndZoom(app: App): Promise<{ medianMs: number; p95Ms: number; frames: number }> {
  const { page } = app;
  await page.keyboard.press('Control+0');
  await settle(page);
  await page.mouse.move(720, 450);
  await page.evaluate('__frames.start()');
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, i < 6 ? -120 : 120);
  await page.mouse.down();
  await page.mouse.move(520, 350, { steps: 25 });
  await page.mouse.move(820, 550, { steps: 25 });
  await page.mouse.up();
  const gaps = await evaluate<number[]>(page, '__frames.stop()');
  return { medianMs: round2(median(gaps)), p95Ms: round2(quantile(gaps, 0.95)), frames: gaps.length };
}

/**
 * Ctrl+L (Auto Layout) key to painted frame, and Ctrl+Z undoing it, at the view the edits left,
 * against the no-op key: compare with autoLayoutMedianMs, the layout's own time.
 */
async function ctrlLTimes(app: App): Promise<Record<string, number | string>> {
  const { page } = app;
  const undoLayout = '[aria-label="Undo Auto layout"]';
  const layout: number[] = [];
  const undo: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < Math.max(3, ROUNDS); r++) {
    // New nodes land where the layout puts them: nudge the selected card first, so Ctrl+L has a change to make.
    await page.keyboard.press('ArrowRight');
    base.push((await measure(page, KEYS.baseline, { op: 'baseline' })).paintedMs);
    layout.push((await measure(page, 'Control+l', { op: 'selector', selector: undoLayout, present: true })).paintedMs);
    undo.push((await measure(page, 'Control+z', { op: 'selector', selector: undoLayout, present: false })).paintedMs);
  }
  const floor = median(base);
  return { layoutOverBaselineMs: round2(median(layout) - floor), undoOverBaselineMs: round2(median(undo) - floor) };
}

/** One round of the edits on one app in one mode; false if the app could not do it. */
async function round(app: App, mode: Mode, start: NodeId): Promise<Record<Op, Sample>> {
  const { page } = app;
  await app.select(start);
  await page.keyboard.press(mode === 'fitted' ? 'Control+0' : 'Control+1');
  await settle(page);
  const taken = {} as Record<Op, Sample>;
  taken.baseline = await measure(page, KEYS.baseline, { op: 'baseline' });
  taken.add = await measure(page, KEYS.add, { op: 'add' });
  taken.type = await measure(page, KEYS.type, { op: 'type' });
  taken.commit = await measure(page, KEYS.commit, { op: 'commit' });
  await app.reselect();
  taken.undo = await measure(page, KEYS.undo, { op: 'undo' });
  return taken;
}

function summary(samples: Sample[][], baseline: Sample[]): Record<string, unknown> {
  const base = median(baseline.map((s) => s.paintedMs));
  return Object.fromEntries(
    OPS.filter((op) => op !== 'baseline').map((op, i) => {
      const painted = samples[i].map((s) => s.paintedMs);
      return [
        op,
        {
          medianMs: round2(median(painted)),
          p90Ms: round2(quantile(painted, 0.9)),
          overBaselineMs: round2(median(painted) - base),
        },
      ];
    }),
  );
}

async function benchSize(harness: Harness, bareDir: string, browser: Browser, size: number) {
  const file = await writeGeneratedMap(size, { seed: SEED });
  try {
    const parsed = parseArgmap(await readFile(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const map = parsed.map;
    const start = startNode(map);
    const autoLayoutRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      autoLayout(map);
      autoLayoutRuns.push(performance.now() - began);
    }
    log(`${size} nodes: opening both apps`);
    const argmap = await openArgmap(harness, file);
    const bare = await openBare(bareDir, bareMapJson(map), browser);
    log(`  first cards: argmap ${round2(argmap.openMs)} ms, bare ${round2(bare.openMs)} ms`);
    const apps = [argmap.app, bare.app];
    try {
      const heap = { argmap: await heapMb(argmap.app.page), bare: await heapMb(bare.app.page) };
      const edits: Record<string, Record<string, unknown>> = {};
      for (const mode of MODES) {
        const samples = new Map(apps.map((app) => [app.name, OPS.map(() => [] as Sample[])]));
        for (let r = 0; r < WARMUP + ROUNDS; r++) {
          for (const app of apps) {
            try {
              const taken = await round(app, mode, start);
              if (r >= WARMUP) OPS.forEach((op, i) => samples.get(app.name)![i].push(taken[op]));
            } catch (error) {
              log(`  ${app.name} ${mode} round ${r + 1}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          log(`  ${mode} round ${r + 1}/${WARMUP + ROUNDS}`);
        }
        const report: Record<string, unknown> = {};
        for (const app of apps) {
          const all = samples.get(app.name)!;
          report[app.name] = all[0].length > 0 ? summary(all.slice(1), all[0]) : 'no round finished';
        }
        const ours = report.argmap as Record<string, { overBaselineMs: number }> | string;
        const theirs = report.bare as Record<string, { overBaselineMs: number }> | string;
        if (typeof ours !== 'string' && typeof theirs !== 'string') {
          report.ratio = Object.fromEntries(
            Object.keys(ours).map((op) => [
              op,
              round2(Math.max(ours[op].overBaselineMs, 1) / Math.max(theirs[op].overBaselineMs, 1)),
            ]),
          );
        }
        edits[mode] = report;
      }
      const layout = await ctrlLTimes(argmap.app).catch((error: unknown) => ({
        error: error instanceof Error ? error.message : String(error),
      }));
      const frames =
        size === 5000 || SIZES.length === 1
          ? { argmap: await panAndZoom(argmap.app), bare: await panAndZoom(bare.app) }
          : undefined;
      return {
        nodes: size,
        relations: Object.keys(map.relations).length,
        autoLayoutMedianMs: round2(median(autoLayoutRuns)),
        ctrlL: layout,
        openToFirstCardsMs: {
          argmap: round2(argmap.openMs),
          bare: round2(bare.openMs),
          ratio: round2(argmap.openMs / bare.openMs),
        },
        heapAfterOpenMb: { ...heap, ratio: round2(heap.argmap / heap.bare) },
        edits,
        ...(frames && { panAndWheelZoomFitted: frames }),
      };
    } finally {
      for (const app of apps) await app.close();
    }
  } finally {
    await rm(dirname(file), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const harness = (await import(HARNESS_URL)) as Harness;
  log('building the bare React Flow app');
  const bare = await buildBareFlow();
  const { chromiumPath, CHROMIUM_ARGS } = (await import(BROWSER_URL)) as BrowserSetup;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const sizes: Record<string, unknown> = {};
    for (const size of SIZES) sizes[`generated-${size}`] = await benchSize(harness, bare.dir, browser, size);
    const report = {
      benchmark: 'big maps: Argmap against a bare React Flow 12 app',
      date: new Date().toISOString(),
      machine: machineInfo(),
      method:
        'Both apps built for production and run in the same headless Chromium at 1440x900, interleaved round by round. ' +
        'edits: key press to the first frame rendered with the change (medianMs, p90Ms), and overBaselineMs = median minus ' +
        'the median of a key that changes nothing (F9) in the same run; ratio = Argmap over bare (of overBaselineMs, each at ' +
        'least 1 ms). actual: Ctrl+1 around the starting node first; fitted: Ctrl+0 first. openToFirstCardsMs: navigation ' +
        'to the first rendered frame with a card (or Argmap’s overview) in the page. heapAfterOpenMb: the page’s JS heap ' +
        'after a garbage collection. panAndWheelZoomFitted: animation-frame intervals during 12 wheel steps and a drag. ' +
        'autoLayoutMedianMs: autoLayout of the whole map in this process (5 runs).',
      rounds: ROUNDS,
      warmupRounds: WARMUP,
      durationS: Math.round((Date.now() - began) / 1000),
      sizes,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await bare.remove();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
