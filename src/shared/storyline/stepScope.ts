import type { ArgumentMap, StoryStep } from '../model/argumentMap';
import { anchorNodeOf, ancestorsOf, primaryParents, treeChildren } from '../model/graph';
import type { NodeId } from '../model/ids';

/**
 * The nodes that bear directly on each node: the premises of the relations into it, and those of
 * the undercuts of those relations (they anchor at its premise, see anchorNodeOf, so they bear on
 * the premise's target through it). In the order of the relations. Cached per map.
 */
export function bearingOn(map: ArgumentMap): ReadonlyMap<NodeId, readonly NodeId[]> {
  const known = bearingCache.get(map);
  if (known) return known;
  const premises = new Map<NodeId, NodeId[]>();
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : anchorNodeOf(map, relation);
    if (!target) continue;
    const list = premises.get(target) ?? [];
    for (const premise of relation.from) if (premise !== target && !list.includes(premise)) list.push(premise);
    premises.set(target, list);
  }
  bearingCache.set(map, premises);
  return premises;
}
const bearingCache = new WeakMap<ArgumentMap, ReadonlyMap<NodeId, readonly NodeId[]>>();

/**
 * What a step shows, the focus first: what hangs beneath it and bears on it after it, or its
 * ancestors before it (the thesis first), or every node of the map. Nodes the map no longer has are
 * left out.
 */
export function stepNodes(map: ArgumentMap, step: Pick<StoryStep, 'focus' | 'shows'>): NodeId[] {
  const { focus } = step;
  if (!Object.hasOwn(map.nodes, focus)) return [];
  switch (step.shows) {
    case 'premises': {
      // What hangs beneath it in the map's tree (its premises, and the recommendations that follow
      // from it), then what else bears on it across the tree; not the node it hangs under.
      const parent = primaryParents(map).get(focus);
      const below = new Set([...(treeChildren(map).get(focus) ?? []), ...(bearingOn(map).get(focus) ?? [])]);
      below.delete(focus);
      if (parent !== undefined) below.delete(parent);
      return [focus, ...below];
    }
    case 'ancestors':
      return [...[...ancestorsOf(map, focus)].reverse(), focus];
    case 'map':
      return [focus, ...(Object.keys(map.nodes) as NodeId[]).filter((id) => id !== focus)];
  }
}
