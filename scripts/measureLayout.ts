/**
 * Measures the automatic layout (Ctrl+L) and prints the figures as JSON (docs/layout.md quotes
 * them). Run with `npm run measure:layout`. Maps: the sample, generated argument trees and graphs,
 * every Argdown file in ../shared/fixtures/argdown and the first 50 AIF files of
 * ../shared/fixtures/aif-araucaria. For each: premise order kept and premises in one row (shares
 * of the nodes with two or more premises; both must be 1), arrows behind a card (all, and those of
 * the tree alone), arrows pointing the wrong way, crossings, fit zoom in a 1440×900 window, and the
 * median layout time. ELK layered (elkjs) is measured beside it on the sample and the graph.
 * Times are medians on this machine; compare them with each other, not across machines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap, Position } from '../src/shared/model/argumentMap';
import type { NodeId } from '../src/shared/model/ids';
import { primaryParents, treeLinksOf } from '../src/shared/model/graph';
import { autoLayout } from '../src/shared/layout/autoLayout';
import { estimateNodeSize } from '../src/shared/layout/nodeSize';
import * as metrics from '../src/shared/layout/layoutMetrics';
import { generatedArgumentTree, generatedGraph } from '../src/shared/testing/generatedMaps';
import { importArgdown } from '../src/shared/formats/argdown';
import { importAif } from '../src/shared/formats/aif';
import { loadSampleMap } from './sampleFiles';

type Layout = (map: ArgumentMap) => Map<NodeId, Position> | Promise<Map<NodeId, Position>>;
const FIXTURES = resolve(import.meta.dirname, '../../shared/fixtures');
const AIF_FILES = 50;

const elk = new ELK();
/** Junctions (linked arguments, undercut targets) become small nodes, so ELK leaves room for them. */
async function elkLayered(map: ArgumentMap): Promise<Map<NodeId, Position>> {
  const junctioned = new Set<string>();
  for (const r of Object.values(map.relations)) {
    if (r.from.length > 1) junctioned.add(r.id);
    if ('relation' in r.to) junctioned.add(r.to.relation);
  }
  const children: ElkNode[] = Object.values(map.nodes).map((node) => ({ id: node.id, ...estimateNodeSize(node) }));
  const edges: ElkExtendedEdge[] = [];
  const edge = (from: string, to: string) => edges.push({ id: `e${edges.length}`, sources: [from], targets: [to] });
  for (const r of Object.values(map.relations)) {
    // ELK points edges down; ours point up, so each edge runs from the target to the premise.
    const target = 'node' in r.to ? r.to.node : `j:${r.to.relation}`;
    const via = junctioned.has(r.id) ? `j:${r.id}` : undefined;
    if (via) {
      children.push({ id: via, width: 14, height: 14 });
      edge(target, via);
    }
    for (const premise of r.from) edge(via ?? target, premise);
  }
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.componentComponent': '96',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.aspectRatio': String(1376 / 836),
    },
    children,
    edges,
  });
  return new Map(
    (graph.children ?? [])
      .filter((c) => map.nodes[c.id as NodeId])
      .map((c) => [c.id as NodeId, { x: c.x ?? 0, y: c.y ?? 0 }]),
  );
}

/** The map with only the relations its tree draws along the branches (for "tree arrows behind cards"). */
function treeOnly(map: ArgumentMap): ArgumentMap {
  const parents = primaryParents(map);
  const relations = Object.fromEntries(
    Object.entries(map.relations).filter(([, relation]) =>
      treeLinksOf(map, relation).every(([child, parent]) => parents.get(child) === parent),
    ),
  ) as ArgumentMap['relations'];
  return { ...map, relations };
}

const imported = (result: { ok: true; map: ArgumentMap } | { ok: false; message: string }, name: string) => {
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.map;
};

const cases: [string, ArgumentMap][] = [
  ['sample (32 nodes)', loadSampleMap()],
  ['argument tree, 100 nodes', generatedArgumentTree(100, 1)],
  ['argument tree, 1,000 nodes', generatedArgumentTree(1000, 1)],
  ['general graph, 300 nodes, 150 cross-links', generatedGraph(300, 1)],
];
for (const name of readdirSync(resolve(FIXTURES, 'argdown'))
  .filter((file) => file.endsWith('.argdown'))
  .sort()) {
  cases.push([
    `argdown/${name}`,
    imported(importArgdown(readFileSync(resolve(FIXTURES, 'argdown', name), 'utf8')), name),
  ]);
}
const aifNames = readdirSync(resolve(FIXTURES, 'aif-araucaria'))
  .filter((file) => file.endsWith('.json'))
  .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
  .slice(0, AIF_FILES);
const aifMaps = aifNames.map((name) =>
  imported(importAif(readFileSync(resolve(FIXTURES, 'aif-araucaria', name), 'utf8')), name),
);

async function measure(map: ArgumentMap, layout: Layout, runs: number) {
  const times: number[] = [];
  let positions = new Map<NodeId, Position>();
  // Warm-up: the first runs pay for compilation, which a user pays once per session.
  for (let i = 0; i < Math.min(runs, 5); i += 1) await layout(map);
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    positions = await layout(map);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const boxes = metrics.cardBoxes(positions, (id) => estimateNodeSize(map.nodes[id]));
  const bounds = metrics.boundingBox(boxes.values());
  const edges = metrics.drawnEdges(map, boxes);
  const rows = metrics.premiseRows(map, positions);
  const round = (value: number, digits = 2) => Number(value.toFixed(digits));
  return {
    nodes: Object.keys(map.nodes).length,
    medianMs: round(times[Math.floor(times.length / 2)]),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    fitZoom1440x900: round(metrics.fitZoom(bounds), 3),
    targetsWithSeveralPremises: rows.targets,
    siblingOrderKept: round(rows.orderKept, 3),
    premisesInOneRow: round(rows.oneRow, 3),
    overlaps: metrics.overlappingPairs(boxes).length,
    wrongWayArrows: metrics.downwardEdges(edges),
    crossings: metrics.edgeCrossings(edges),
    arrowsBehindCards: metrics.edgesThroughCards(edges, boxes),
    treeArrowsBehindCards: metrics.edgesThroughCards(metrics.drawnEdges(treeOnly(map), boxes), boxes),
    arrows: edges.length,
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;
const results: Record<string, Record<string, Figures | Record<string, number>>> = {};
for (const [name, map] of cases) {
  const runs = Object.keys(map.nodes).length > 500 ? 9 : 21;
  results[name] = { autoLayout: await measure(map, (m) => autoLayout(m), runs) };
  if (name.startsWith('sample') || name.startsWith('general graph')) {
    results[name]['ELK layered'] = await measure(map, elkLayered, 3);
  }
}
// The AIF files, added up: shares over all their targets, counts summed, fit zoom and time as medians.
const aif = await Promise.all(aifMaps.map((map) => measure(map, (m) => autoLayout(m), 5)));
const sum = (key: keyof Figures) => aif.reduce((total, figures) => total + figures[key], 0);
const middle = (key: keyof Figures) => aif.map((figures) => figures[key]).sort((a, b) => a - b)[aif.length >> 1];
const targets = sum('targetsWithSeveralPremises');
const share = (key: 'siblingOrderKept' | 'premisesInOneRow') =>
  Number(
    (aif.reduce((total, f) => total + f[key] * f.targetsWithSeveralPremises, 0) / Math.max(1, targets)).toFixed(3),
  );
results[`aif-araucaria, ${aif.length} files (${aifNames[0]} … ${aifNames.at(-1)})`] = {
  autoLayout: {
    nodes: sum('nodes'),
    medianMsPerFile: middle('medianMs'),
    medianFitZoom1440x900: middle('fitZoom1440x900'),
    targetsWithSeveralPremises: targets,
    siblingOrderKept: share('siblingOrderKept'),
    premisesInOneRow: share('premisesInOneRow'),
    overlaps: sum('overlaps'),
    wrongWayArrows: sum('wrongWayArrows'),
    crossings: sum('crossings'),
    arrowsBehindCards: sum('arrowsBehindCards'),
    treeArrowsBehindCards: sum('treeArrowsBehindCards'),
    arrows: sum('arrows'),
  },
};
console.log(JSON.stringify(results, null, 2));
