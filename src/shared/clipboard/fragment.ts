import type { ArgNode, ArgumentMap, Position, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { newNodeId, newRelationId } from '../model/ids';
import { relationsInPasses } from '../model/relationsInPasses';

/** A piece of a map: some nodes and the relations wholly among them. What copy, cut and duplicate carry. */
export interface MapFragment {
  nodes: ArgNode[];
  relations: Relation[];
}

/** The nodes, and every relation whose premises and target are all among them (undercuts included). */
export function extractFragment(map: ArgumentMap, ids: Iterable<NodeId>): MapFragment {
  const chosen = new Set([...ids].filter((id) => map.nodes[id]));
  const all = Object.values(map.relations);
  // Undercuts come with the relation they undercut, in the order passes over the map found them.
  const kept = relationsInPasses(
    all,
    (relation) => relation.from.every((id) => chosen.has(id)),
    (id) => chosen.has(id as NodeId),
  );
  const relations = kept.map((i) => all[i]);
  return { nodes: [...chosen].map((id) => map.nodes[id]), relations };
}

export interface InstantiateOptions {
  /** Where the fragment's top-left corner goes; by default it moves by `offset`. */
  at?: Position;
  offset?: Position;
  newNode?: () => NodeId;
  newRelation?: () => RelationId;
}

/** A copy of a fragment with fresh ids and moved positions, ready to paste into any map. */
export function instantiateFragment(fragment: MapFragment, options: InstantiateOptions = {}): MapFragment {
  const { newNode = newNodeId, newRelation = newRelationId } = options;
  const nodeIds = new Map(fragment.nodes.map((node) => [node.id, newNode()]));
  const relationIds = new Map(fragment.relations.map((relation) => [relation.id, newRelation()]));
  // A loop, not Math.min(...nodes): copying a big map whole would overflow the stack.
  let [left, top] = [Infinity, Infinity];
  for (const { position } of fragment.nodes) [left, top] = [Math.min(left, position.x), Math.min(top, position.y)];
  const dx = options.at ? options.at.x - left : (options.offset?.x ?? 0);
  const dy = options.at ? options.at.y - top : (options.offset?.y ?? 0);
  const nodeId = (id: NodeId): NodeId => nodeIds.get(id) as NodeId;
  return {
    nodes: fragment.nodes.map((node) => ({
      ...node,
      id: nodeId(node.id),
      position: { x: Math.round(node.position.x + dx), y: Math.round(node.position.y + dy) },
      tags: [...node.tags],
    })),
    relations: fragment.relations.map((relation) => ({
      id: relationIds.get(relation.id) as RelationId,
      kind: relation.kind,
      from: relation.from.map(nodeId),
      to:
        'node' in relation.to
          ? { node: nodeId(relation.to.node) }
          : { relation: relationIds.get(relation.to.relation) as RelationId },
    })),
  };
}
