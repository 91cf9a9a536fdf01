import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { ForestRoots } from '../model/forestRoots';
import { relationAnchor, type LayoutForest } from './layoutForest';
import type { CrossTreeLink } from './packTrees';

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
