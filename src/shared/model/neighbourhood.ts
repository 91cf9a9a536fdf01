import type { ArgumentMap } from './argumentMap';
import type { NodeId } from './ids';
import { anchorNodeOf, ancestorsOf } from './graph';

/** Each node's neighbours across any relation, either way (a premise and what it bears on). Cached per map. */
export function neighbours(map: ArgumentMap): ReadonlyMap<NodeId, readonly NodeId[]> {
  const known = neighbourCache.get(map);
  if (known) return known;
  const found = new Map<NodeId, NodeId[]>();
  const link = (a: NodeId, b: NodeId): void => {
    const list = found.get(a);
    if (list) list.push(b);
    else found.set(a, [b]);
  };
  for (const relation of Object.values(map.relations)) {
    const anchor = anchorNodeOf(map, relation);
    if (!anchor) continue;
    for (const premise of relation.from) {
      link(premise, anchor);
      link(anchor, premise);
    }
  }
  neighbourCache.set(map, found);
  return found;
}
const neighbourCache = new WeakMap<ArgumentMap, ReadonlyMap<NodeId, readonly NodeId[]>>();

/**
 * The node and everything within `levels` relations of it, whichever way they point: what focus
 * mode shows of a big map (an undercut counts as a step to the node its relation bears on).
 */
export function contextAround(map: ArgumentMap, id: NodeId, levels: number): Set<NodeId> {
  const context = new Set<NodeId>();
  if (!map.nodes[id]) return context;
  const links = neighbours(map);
  context.add(id);
  let ring = [id];
  for (let level = 0; level < levels && ring.length > 0; level++) {
    const next: NodeId[] = [];
    for (const at of ring) {
      for (const near of links.get(at) ?? []) {
        if (context.has(near)) continue;
        context.add(near);
        next.push(near);
      }
    }
    ring = next;
  }
  return context;
}

/** The path in the map's tree from its root (the thesis, usually) down to the node, both included. */
export function pathFromRoot(map: ArgumentMap, id: NodeId): NodeId[] {
  if (!map.nodes[id]) return [];
  return [...ancestorsOf(map, id)].reverse().concat(id);
}
