import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
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
  // An undercut is kept once its target relation is. Kept in the order the passes over the map that
  // this replaces (quadratic on a chain of undercuts) kept them: a relation to a node in the first
  // pass; an undercut in its target's pass if it comes later in the map, else in the pass after.
  const pass = new Map<RelationId, number>();
  const undercuts = new Map<RelationId, number[]>();
  const settled: number[] = [];
  all.forEach((relation, i) => {
    if (kept[i].length === 0) return;
    if ('node' in relation.to) {
      if (!ids.has(relation.to.node)) return;
      pass.set(relation.id, 1);
      settled.push(i);
    } else if (undercuts.has(relation.to.relation)) undercuts.get(relation.to.relation)!.push(i);
    else undercuts.set(relation.to.relation, [i]);
  });
  const index = new Map(all.map((relation, i) => [relation.id, i]));
  for (let k = 0; k < settled.length; k++) {
    const target = all[settled[k]];
    for (const i of undercuts.get(target.id) ?? []) {
      if (pass.has(all[i].id)) continue;
      pass.set(all[i].id, pass.get(target.id)! + (i < index.get(target.id)! ? 1 : 0));
      settled.push(i);
    }
  }
  settled.sort((a, b) => pass.get(all[a].id)! - pass.get(all[b].id)! || a - b);
  const relations: ArgumentMap['relations'] = {};
  for (const i of settled) {
    const relation = all[i];
    relations[relation.id] = kept[i].length === relation.from.length ? relation : { ...relation, from: kept[i] };
  }
  return { meta: map.meta, nodes, relations };
}
