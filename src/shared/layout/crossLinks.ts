import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { relationAnchor, type LayoutForest } from './layoutForest';
import type { CrossTreeLink } from './packTrees';
import type { Size } from './nodeSize';

/**
 * How many cross-links (arrows the tree does not draw along its branches) need each node to stay
 * high among its siblings. Every node on the way from a cross-link's target up to where it meets
 * the premise's branch counts: dropping it below its siblings would pull the target down, maybe
 * below the premise, and the arrow would have to loop. Cost: one walk up the tree per cross-link.
 */
export function crossLinkRise(map: ArgumentMap, forest: LayoutForest): Map<NodeId, number> {
  const depth = new Map<NodeId, number>();
  for (const id of [...forest.bottomUp].reverse()) {
    const parent = forest.parentOf.get(id);
    depth.set(id, parent ? depth.get(parent)! + 1 : 0);
  }
  const rise = new Map<NodeId, number>();
  const up = (id: NodeId): NodeId => forest.parentOf.get(id)!;
  const raise = (id: NodeId): NodeId => {
    rise.set(id, (rise.get(id) ?? 0) + 1);
    return up(id);
  };
  for (const relation of Object.values(map.relations)) {
    const target = relationAnchor(map, relation);
    if (!target || !depth.has(target)) continue;
    for (const premise of relation.from) {
      if (!depth.has(premise) || forest.parentOf.get(premise) === target) continue; // drawn along the tree
      let [p, t] = [premise, target];
      while (depth.get(p)! > depth.get(t)!) p = up(p);
      while (depth.get(t)! > depth.get(p)!) t = raise(t);
      while (p !== t && forest.parentOf.has(p)) [p, t] = [up(p), raise(t)];
      if (p !== t) raise(t); // in separate trees: the target's root too
    }
  }
  return rise;
}

/** Relations between cards of different trees: the packing keeps such trees side by side. */
export function crossTreeLinks(map: ArgumentMap, forest: LayoutForest): CrossTreeLink[] {
  const rootOf = (id: NodeId): NodeId => {
    let at = id;
    for (let parent = forest.parentOf.get(at); parent; parent = forest.parentOf.get(at)) at = parent;
    return at;
  };
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
