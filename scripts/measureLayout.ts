/**
 * Compares layout algorithms on the sample map and on generated maps, and prints the figures as
 * JSON (docs/layout.md quotes them). Run with `npm run measure:layout`. Times are medians of
 * several runs on this machine; compare them with each other, not across machines.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap, Position } from '../src/shared/model/argumentMap';
import type { NodeId } from '../src/shared/model/ids';
import { autoLayout } from '../src/shared/layout/autoLayout';
import { treeLayout } from '../src/shared/layout/treeLayout';
import { layoutForest } from '../src/shared/layout/layoutForest';
import { estimateNodeSize } from '../src/shared/layout/nodeSize';
import * as metrics from '../src/shared/layout/layoutMetrics';
import { generatedArgumentTree, generatedGraph } from '../src/shared/testing/generatedMaps';
import { loadSampleMap } from './sampleFiles';

type Layout = (map: ArgumentMap) => Map<NodeId, Position> | Promise<Map<NodeId, Position>>;

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

interface Block {
  width: number;
  height: number;
  place: (x: number, y: number, out: Map<NodeId, Position>) => void;
}

/**
 * The naive compact tree: a node's leaves (three or more) stacked in one column in the middle of
 * its children, the rest side by side. Measured to show what stacking does to the arrows.
 */
function leafColumnLayout(map: ArgumentMap): Map<NodeId, Position> {
  const forest = layoutForest(map);
  const line = (parts: Block[], across: boolean, gap: number): Block => ({
    width: across
      ? parts.reduce((s, p) => s + p.width, 0) + gap * (parts.length - 1)
      : Math.max(...parts.map((p) => p.width)),
    height: across
      ? Math.max(...parts.map((p) => p.height))
      : parts.reduce((s, p) => s + p.height, 0) + gap * (parts.length - 1),
    place: (x, y, out) =>
      parts.reduce(
        (at, p) => (p.place(across ? at : x, across ? y : at, out), at + (across ? p.width : p.height) + gap),
        across ? x : y,
      ),
  });
  const block = (id: NodeId): Block => {
    const card = estimateNodeSize(map.nodes[id]);
    const items = forest.itemsOf.get(id) ?? [];
    const isLeaf = (item: NodeId[]) => item.length === 1 && !forest.itemsOf.get(item[0])?.length;
    const leaves = items.filter(isLeaf);
    const parts = items
      .filter((item) => leaves.length < 3 || !isLeaf(item))
      .map((item) => line(item.map(block), true, 24));
    if (leaves.length >= 3)
      parts.splice(
        parts.length >> 1,
        0,
        line(
          leaves.map((item) => block(item[0])),
          false,
          24,
        ),
      );
    if (parts.length === 0) return { ...card, place: (x, y, out) => out.set(id, { x, y }) };
    const kids = line(parts, true, 24);
    const width = Math.max(card.width, kids.width);
    return {
      width,
      height: card.height + 80 + kids.height,
      place: (x, y, out) => {
        out.set(id, { x: x + (width - card.width) / 2, y });
        kids.place(x + (width - kids.width) / 2, y + card.height + 80, out);
      },
    };
  };
  const positions = new Map<NodeId, Position>();
  line(forest.roots.map(block), true, 96).place(0, 0, positions);
  return positions;
}

const algorithms: Record<string, Layout> = {
  'tidy tree (before)': (map) => treeLayout(map),
  'tidy tree, leaves stacked in a column': leafColumnLayout,
  'compact tidy tree (autoLayout)': (map) => autoLayout(map),
  'ELK layered': elkLayered,
};

const cases: Record<string, ArgumentMap> = {
  'sample (32 nodes)': loadSampleMap(),
  'argument tree, 100 nodes': generatedArgumentTree(100, 1),
  'argument tree, 1,000 nodes': generatedArgumentTree(1000, 1),
  'general graph, 300 nodes, 150 cross-links': generatedGraph(300, 1),
};

async function measure(map: ArgumentMap, layout: Layout, runs: number) {
  const times: number[] = [];
  let positions = new Map<NodeId, Position>();
  // Warm-up: the first runs pay for compilation, which a user pays once per session.
  for (let i = 0; i < Math.min(runs, 10); i += 1) await layout(map);
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    positions = await layout(map);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const boxes = metrics.cardBoxes(positions, (id) => estimateNodeSize(map.nodes[id]));
  const bounds = metrics.boundingBox(boxes.values());
  const edges = metrics.drawnEdges(map, boxes);
  const round = (value: number, digits = 2) => Number(value.toFixed(digits));
  return {
    medianMs: round(times[Math.floor(times.length / 2)]),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    areaMpx: round((bounds.width * bounds.height) / 1e6),
    aspect: round(bounds.width / bounds.height),
    fitZoom1440x900: round(metrics.fitZoom(bounds), 3),
    overlaps: metrics.overlappingPairs(boxes).length,
    downwardEdges: metrics.downwardEdges(edges),
    crossings: metrics.edgeCrossings(edges),
    edgesBehindCards: metrics.edgesThroughCards(edges, boxes),
    edges: edges.length,
  };
}

const results: Record<string, Record<string, Awaited<ReturnType<typeof measure>>>> = {};
for (const [caseName, map] of Object.entries(cases)) {
  results[caseName] = {};
  for (const [name, layout] of Object.entries(algorithms)) {
    const runs = name === 'ELK layered' ? (Object.keys(map.nodes).length > 500 ? 3 : 9) : 31;
    results[caseName][name] = await measure(map, layout, runs);
  }
}
console.log(JSON.stringify(results, null, 2));
