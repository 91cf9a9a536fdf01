/**
 * How long Ctrl+L's automatic layout takes on the benchmark maps (scripts/bench/generateMap.ts) of
 * 1,000, 5,000 and 10,000 nodes: medians of several runs, sizes interleaved round by round so a busy
 * moment falls on all alike, with each size's ratio to the 5,000-node median (linear work doubles
 * when the size doubles). Budgets: 5,000 nodes within 150 ms, 10,000 within 300 ms. Prints JSON.
 *
 *   npx tsx scripts/bench/layoutBench.ts --runs 9
 */
import { parseArgs } from 'node:util';
import { autoLayout } from '../../src/shared/layout/autoLayout';
import { generateMap } from './generateMap';
import { machineInfo, round2 } from './benchReport';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Number(args.runs);
const SIZES = [1000, 5000, 10000];
const BUDGET_MS: Record<number, number> = { 5000: 150, 10000: 300 };
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

const maps = new Map(SIZES.map((size) => [size, generateMap(size)]));
const times = new Map<number, number[]>(SIZES.map((size) => [size, []]));
for (const size of SIZES) autoLayout(maps.get(size)!); // warm-up: the first run compiles the code
for (let run = 0; run < RUNS; run++) {
  for (const size of SIZES) {
    const start = performance.now();
    autoLayout(maps.get(size)!);
    times.get(size)!.push(performance.now() - start);
  }
}
const base = median(times.get(5000)!);
const layout = SIZES.map((size) => {
  const ms = median(times.get(size)!);
  return {
    nodes: size,
    medianMs: round2(ms),
    ratioTo5000: round2(ms / base),
    ...(BUDGET_MS[size] ? { budgetMs: BUDGET_MS[size], withinBudget: ms <= BUDGET_MS[size] } : {}),
  };
});
console.log(JSON.stringify({ benchmark: 'autoLayout', runs: RUNS, machine: machineInfo(), layout }, null, 2));
