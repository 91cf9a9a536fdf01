import type { ArgumentMap, Relation } from './argumentMap';
import type { NodeId } from './ids';

/**
 * Where each node stands in the map's premise order: siblings (the premises hanging under one
 * node) are drawn left to right, and listed in the outline and exports, by this rank. A node's
 * stored `order` comes first; nodes without one follow in the order they were made (the map's
 * key order, which the file keeps). Cached per map (immer gives a new object for every edit).
 */
export function premiseRanks(map: ArgumentMap): ReadonlyMap<NodeId, number> {
  const known = rankCache.get(map);
  if (known) return known;
  const ids = Object.keys(map.nodes) as NodeId[];
  const index = new Map(ids.map((id, i) => [id, i]));
  const keyOf = (id: NodeId): number => map.nodes[id].order ?? Infinity;
  const sorted = [...ids].sort((a, b) => keyOf(a) - keyOf(b) || index.get(a)! - index.get(b)!);
  const ranks = new Map(sorted.map((id, rank) => [id, rank]));
  rankCache.set(map, ranks);
  return ranks;
}

const rankCache = new WeakMap<ArgumentMap, ReadonlyMap<NodeId, number>>();

/** Node ids sorted into premise order (a new list). */
export function inPremiseOrder(map: ArgumentMap, ids: Iterable<NodeId>): NodeId[] {
  const ranks = premiseRanks(map);
  return [...ids].sort((a, b) => (ranks.get(a) ?? Infinity) - (ranks.get(b) ?? Infinity));
}

/**
 * A relation that reads "therefore": a support whose target is a recommendation. The
 * recommendation follows from its premises, so it is drawn below them (hangs under its first
 * premise in the map's tree) and the evaluation treats it as a conclusion.
 */
export function concludes(map: ArgumentMap, relation: Relation): boolean {
  return relation.kind === 'support' && 'node' in relation.to && map.nodes[relation.to.node]?.kind === 'recommendation';
}
