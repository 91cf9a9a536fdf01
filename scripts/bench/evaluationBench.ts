/**
 * How long evaluation takes to follow an edit on a big map: the canvas recomputes the statuses on
 * every edit while View › Show Evaluation is on, within the frame budget (issue 18: ≤ 10 ms on a
 * 5,000-node map for an edit that changes one relation). Each round makes one such edit (a support
 * turned into an attack, or back; an attack added; a relation removed) the way a command does
 * (immer keeps the rest), and times the incremental evaluator that follows the document; the
 * baseline is a full evaluation of the same map in the same round. Prints one JSON object.
 *
 *   npx tsx scripts/bench/evaluationBench.ts                 1,000 and 5,000 nodes
 *   npx tsx scripts/bench/evaluationBench.ts --sizes 20000 --runs 101
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { produce } from 'immer';
import { evaluateGrounded, GroundedEvaluator } from '../../src/shared/evaluation/grounded';
import type { ArgumentMap } from '../../src/shared/model/argumentMap';
import { asRelationId, type NodeId, type RelationId } from '../../src/shared/model/ids';
import { generatedArgumentTree, seededRandom } from '../../src/shared/testing/generatedMaps';
import { machineInfo, round2 } from './benchReport';
import { median, quantile } from './processTiming';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    runs: { type: 'string', default: '61' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const runs = Number(args.runs);

/** One edit that changes one relation, as a command makes it. */
function editOneRelation(map: ArgumentMap, random: () => number, round: number): ArgumentMap {
  const relations = Object.keys(map.relations) as RelationId[];
  const nodes = Object.keys(map.nodes) as NodeId[];
  const kind = round % 3;
  return produce(map, (draft) => {
    if (kind === 0) {
      // Turn a support into an attack or back (undercuts stay as they are).
      const id = relations[Math.floor(random() * relations.length)];
      const relation = draft.relations[id];
      if (relation && relation.kind !== 'undercut') relation.kind = relation.kind === 'support' ? 'attack' : 'support';
    } else if (kind === 1) {
      const from = nodes[Math.floor(random() * nodes.length)];
      const to = nodes[Math.floor(random() * nodes.length)];
      if (from === to) return;
      const id = asRelationId(`bench-${round}`);
      draft.relations[id] = { id, kind: 'attack', from: [from], to: { node: to } };
    } else {
      const id = asRelationId(`bench-${round - 1}`);
      delete draft.relations[id];
    }
  });
}

const results = sizes.map((size) => {
  let map = generatedArgumentTree(size, 7);
  const random = seededRandom(18);
  const evaluator = new GroundedEvaluator();
  evaluator.evaluate(map);
  const incremental: number[] = [];
  const full: number[] = [];
  for (let round = 0; round < runs; round++) {
    map = editOneRelation(map, random, round);
    const start = performance.now();
    evaluator.evaluate(map);
    incremental.push(performance.now() - start);
    const baseline = performance.now();
    evaluateGrounded(map);
    full.push(performance.now() - baseline);
  }
  const incrementalMedian = median(incremental);
  const fullMedian = median(full);
  process.stderr.write(`${size} nodes: edit ${round2(incrementalMedian)} ms, full ${round2(fullMedian)} ms\n`);
  return {
    nodes: size,
    relations: Object.keys(map.relations).length,
    runs,
    editMedianMs: round2(incrementalMedian),
    editP90Ms: round2(quantile(incremental, 0.9)),
    fullMedianMs: round2(fullMedian),
    editToFullRatio: round2(incrementalMedian / fullMedian),
    withinFrameBudget: incrementalMedian <= 10,
  };
});

process.stdout.write(`${JSON.stringify({ benchmark: 'evaluation', machine: machineInfo(), results }, null, 2)}\n`);
