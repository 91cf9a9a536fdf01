import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { outlineEntries, type OutlineEntry } from '../formats/outline';
import { findMatches, nodeMatches } from '../search/findMatches';
import { orderMayChange, treeMayChange, type MapChange } from './mapChange';

/**
 * Derived views of the map (the outline's rows, find's matches, what folds hide) carried from one
 * version of the map to the next by what the edit changed, instead of being recomputed over the
 * whole map: typing a node's text costs that node. Each falls back to the whole computation when
 * the edit may have changed what it depends on (the tree, the order). Property tests hold each to
 * its whole computation on random edit sequences (incremental.property.test.ts).
 */

/** The outline after the change: the same rows with the changed nodes' records, unless the order may have moved. */
export function nextOutline(previous: readonly OutlineEntry[], change: MapChange): OutlineEntry[] {
  if (orderMayChange(change)) return outlineEntries(change.after);
  const index = outlineIndex(previous);
  const next = [...previous];
  for (const id of change.nodes) {
    const at = index.get(id);
    const node = change.after.nodes[id];
    if (at !== undefined && node) next[at] = { ...next[at], node };
  }
  return next;
}

/** Each node's row in the outline. Cached per outline. */
export function outlineIndex(entries: readonly OutlineEntry[]): ReadonlyMap<NodeId, number> {
  let index = indexCache.get(entries);
  if (!index) {
    index = new Map(entries.map((entry, at) => [entry.node.id, at]));
    indexCache.set(entries, index);
  }
  return index;
}
const indexCache = new WeakMap<readonly OutlineEntry[], ReadonlyMap<NodeId, number>>();

/**
 * Find's matches after the change, in reading order (the outline's): the changed nodes are searched
 * again, the rest keep their verdict. `entries` is the outline of the changed map.
 */
export function nextMatches(
  previous: readonly NodeId[],
  change: MapChange,
  query: string,
  entries: readonly OutlineEntry[],
): NodeId[] {
  if (orderMayChange(change)) return findMatches(change.after, query);
  const kept = previous.filter((id) => !change.nodes.has(id));
  const index = outlineIndex(entries);
  const added = [...change.nodes]
    .filter((id) => change.after.nodes[id] && nodeMatches(change.after.nodes[id], query))
    .sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
  // Merge the two lists, both in reading order.
  const merged: NodeId[] = [];
  let k = 0;
  for (const id of added) {
    while (k < kept.length && (index.get(kept[k]) ?? 0) < (index.get(id) ?? 0)) merged.push(kept[k++]);
    merged.push(id);
  }
  return merged.concat(kept.slice(k));
}

/** Something derived from the map's tree alone (folds, fold buttons): kept as it was while the tree stands. */
export function keepWhileTreeStands<T>(previous: T, change: MapChange, compute: (map: ArgumentMap) => T): T {
  return treeMayChange(change) ? compute(change.after) : previous;
}
