import { rememberPart } from '../model/mapParts';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { relationsInPasses } from '../model/relationsInPasses';
import { descendantsOf } from '../model/graph';
import type { ExportScope } from './exportOptions';

/** An export the map cannot satisfy (a subtree of a node it lacks, an empty selection): said in words. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The node ids a scope names in this map: all of them, the selected ones, or a node and its subtree. */
export function nodesInScope(map: ArgumentMap, scope: ExportScope): Set<NodeId> {
  switch (scope.kind) {
    case 'map':
      return new Set(Object.keys(map.nodes) as NodeId[]);
    case 'selection': {
      const ids = new Set((scope.nodeIds as NodeId[]).filter((id) => Object.hasOwn(map.nodes, id)));
      if (ids.size === 0) throw new ExportError('None of the selected nodes are in this map: select nodes to export.');
      return ids;
    }
    case 'subtree': {
      const root = scope.nodeId as NodeId;
      if (!Object.hasOwn(map.nodes, root)) throw new ExportError(`This map has no node with the id “${root}”.`);
      return new Set([root, ...descendantsOf(map, [root])]);
    }
  }
}

/**
 * The part of the map a scope names, as a map of its own: its nodes, and the relations whose
 * premises and target are all inside (premises outside a linked argument are left out of it).
 */
export function scopedMap(map: ArgumentMap, scope: ExportScope): ArgumentMap {
  if (scope.kind === 'map') return map;
  const ids = nodesInScope(map, scope);
  const nodes = Object.fromEntries([...ids].map((id) => [id, map.nodes[id]]));
  const all = Object.values(map.relations);
  const kept = all.map((relation) => relation.from.filter((id) => ids.has(id)));
  // An undercut is kept once its target relation is (see relationsInPasses for the order).
  const settled = relationsInPasses(
    all,
    (_, i) => kept[i].length > 0,
    (id) => ids.has(id as NodeId),
  );
  const relations: ArgumentMap['relations'] = {};
  for (const i of settled) {
    const relation = all[i];
    relations[relation.id] = kept[i].length === relation.from.length ? relation : { ...relation, from: kept[i] };
  }
  const part = { meta: map.meta, nodes, relations };
  // Statuses are the whole map's: an attack from outside the part still counts.
  rememberPart(part, map);
  return part;
}
