import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { ForestRoots } from '../model/forestRoots';
import { relationAnchor, type LayoutForest } from './layoutForest';
import type { CrossTreeLink } from './packTrees';
import type { Size } from './nodeSize';

/**
 * How many cross-links (arrows the tree does not draw along its branches) need each node to stay
 * high among its siblings. Every node on the way from a cross-link's target up to where it meets
 * the premise's branch counts (up to its root when they are in separate trees): dropping it below
 * its siblings would pull the target down, maybe below the premise, and the arrow would have to
 * loop. Linear in the map, not a walk up the tree per cross-link: each link adds one at its target
 * and takes one away where it meets its premise's branch, and a node's count is the sum over its
 * subtree.
 */
export function crossLinkRise(map: ArgumentMap, forest: LayoutForest): Map<NodeId, number> {
  const inForest = new Set(forest.bottomUp);
  const links: [NodeId, NodeId][] = [];
  for (const relation of Object.values(map.relations)) {
    const target = relationAnchor(map, relation);
    if (!target || !inForest.has(target)) continue;
    for (const premise of relation.from) {
      if (!inForest.has(premise) || forest.parentOf.get(premise) === target) continue; // drawn along the tree
      links.push([premise, target]);
    }
  }
  const marks = new Map<NodeId, number>();
  const mark = (id: NodeId, by: number): void => void marks.set(id, (marks.get(id) ?? 0) + by);
  const meetings = meetingPoints(forest, links);
  links.forEach(([, target], i) => {
    mark(target, 1);
    if (meetings[i] !== undefined) mark(meetings[i], -1);
  });
  const rise = new Map<NodeId, number>();
  const below = new Map<NodeId, number>();
  for (const id of forest.bottomUp) {
    const total = (below.get(id) ?? 0) + (marks.get(id) ?? 0);
    if (total > 0) rise.set(id, total);
    const parent = forest.parentOf.get(id);
    if (parent !== undefined && total !== 0) below.set(parent, (below.get(parent) ?? 0) + total);
  }
  return rise;
}

/**
 * Where each pair's two nodes meet in the forest (their lowest common ancestor), or undefined for
 * nodes of separate trees: all pairs in one pass over the bottom-up order (Tarjan's offline
 * method). When a node is reached, every node finished before it hangs, through the finished
 * nodes above it, from its lowest unfinished ancestor: for a pair whose other node is finished,
 * that is where the two meet.
 */
function meetingPoints(forest: LayoutForest, pairs: readonly [NodeId, NodeId][]): (NodeId | undefined)[] {
  const meetings: (NodeId | undefined)[] = new Array(pairs.length);
  const asked = new Map<NodeId, number[]>();
  const ask = (id: NodeId, pair: number): void => {
    if (asked.has(id)) asked.get(id)!.push(pair);
    else asked.set(id, [pair]);
  };
  pairs.forEach(([a, b], i) => {
    if (a === b) meetings[i] = a;
    else {
      ask(a, i);
      ask(b, i);
    }
  });
  const treeOf = new Map<NodeId, NodeId>();
  for (let i = forest.bottomUp.length - 1; i >= 0; i--) {
    const id = forest.bottomUp[i];
    const parent = forest.parentOf.get(id);
    treeOf.set(id, parent === undefined ? id : treeOf.get(parent)!);
  }
  const finished = new ForestRoots<NodeId>();
  const done = new Set<NodeId>();
  for (const id of forest.bottomUp) {
    done.add(id);
    for (const i of asked.get(id) ?? []) {
      const other = pairs[i][0] === id ? pairs[i][1] : pairs[i][0];
      if (!done.has(other)) continue; // answered when the other is reached
      meetings[i] = treeOf.get(other) === treeOf.get(id) ? finished.root(other) : undefined;
    }
    const parent = forest.parentOf.get(id);
    if (parent !== undefined) finished.attach(id, parent);
  }
  return meetings;
}

/** Relations between cards of different trees: the packing keeps such trees side by side. */
export function crossTreeLinks(map: ArgumentMap, forest: LayoutForest): CrossTreeLink[] {
  // Not a walk up per premise: on a long chain that is quadratic.
  const trees = ForestRoots.of(forest.parentOf);
  const rootOf = (id: NodeId): NodeId => trees.root(id);
  const links: CrossTreeLink[] = [];
  for (const relation of Object.values(map.relations)) {
    const anchor = relationAnchor(map, relation);
    if (!anchor || !map.nodes[anchor]) continue;
    for (const premise of relation.from) {
      const roots: [NodeId, NodeId] = [rootOf(premise), rootOf(anchor)];
      if (roots[0] !== roots[1]) links.push({ nodes: [premise, anchor], roots });
    }
  }
  return links;
}

/**
 * Which way the cross-links run in a finished layout (−1 left, +1 right): from each premise
 * towards its target, and into each target from its premise. A second pass uses this to move
 * parents out of the links' way (see stepAside in compactTree.ts).
 */
export function crossLinkSides(
  map: ArgumentMap,
  forest: LayoutForest,
  positions: ReadonlyMap<NodeId, Position>,
  sizeOf: (id: NodeId) => Size,
): { lean: Map<NodeId, number>; arrive: Map<NodeId, number> } {
  const centre = (id: NodeId) => positions.get(id)!.x + sizeOf(id).width / 2;
  const [lean, arrive] = [new Map<NodeId, number>(), new Map<NodeId, number>()];
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : undefined;
    if (!target || !positions.has(target)) continue;
    for (const premise of relation.from) {
      if (!positions.has(premise) || forest.parentOf.get(premise) === target) continue;
      const side = Math.sign(centre(target) - centre(premise));
      if (side !== 0 && !lean.has(premise)) lean.set(premise, side);
      if (side !== 0 && !arrive.has(target)) arrive.set(target, -side);
    }
  }
  return { lean, arrive };
}
