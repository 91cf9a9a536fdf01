import { original, type Draft } from 'immer';
import type { ArgNode, ArgumentMap, Position, RelationTarget } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { NODE_KIND_LABELS, type RelationKind } from '../model/kinds';
import { anchorNodeOf, treeChildren } from '../model/graph';
import type { Command } from './command';
import { relationProblem } from './relationRules';

export interface AddNodeArgs {
  node: Pick<ArgNode, 'id' | 'kind' | 'text' | 'position'> & Partial<Pick<ArgNode, 'notes' | 'tags' | 'source'>>;
  /**
   * Connects the new node to what it bears on, in the same step. With `follows`, the relation runs
   * the other way: the node it names supports the new one (a recommendation follows from it).
   */
  relation?: { id: RelationId; kind: RelationKind; to: RelationTarget; follows?: boolean };
  /** Cards moved aside to make room for the new one (incremental placement), in the same step. */
  moves?: ReadonlyMap<NodeId, Position>;
}

/**
 * Adds a node, and optionally its relation to a parent: one undo step either way. A new premise
 * goes last among its siblings, and their order is written down (premiseOrder.ts), so it stays
 * where it was put whatever else changes.
 */
export const addNode: Command<AddNodeArgs> = {
  name: 'addNode',
  label: ({ node }) => `Add ${NODE_KIND_LABELS[node.kind].toLowerCase()}`,
  perform: (draft, { node, relation, moves }) => {
    if (draft.nodes[node.id]) throw new Error(`Node ${node.id} already exists`);
    // The map as it was: the relation is checked, and the siblings found, against it plus the new
    // node. current(draft) would copy the whole map once the node is in (47 ms of a Tab on a
    // 1,000-node map, ten times that at 10,000), and its tree would be walked afresh.
    const before = original(draft) ?? draft;
    const added = { ...node, position: { ...node.position }, tags: [...(node.tags ?? [])] };
    draft.nodes[node.id] = added;
    for (const [id, position] of moves ?? []) {
      if (draft.nodes[id] && id !== node.id) draft.nodes[id].position = { x: position.x, y: position.y };
    }
    if (!relation) return;
    if (relation.follows && !('node' in relation.to)) throw new Error('A node can only follow from a node');
    const candidate = relation.follows
      ? { kind: relation.kind, from: [(relation.to as { node: NodeId }).node], to: { node: node.id } }
      : { kind: relation.kind, from: [node.id], to: relation.to };
    // Positions moved aside do not matter to the rules: the map before, with the new node in it, is the map checked.
    const nodes: ArgumentMap['nodes'] = Object.assign(Object.create(before.nodes) as ArgumentMap['nodes'], {
      [node.id]: added,
    });
    const problem = relationProblem({ ...before, nodes }, candidate);
    if (problem) throw new Error(problem);
    draft.relations[relation.id] = { id: relation.id, ...candidate };
    // A node that something follows from has no parent of its own: it starts no row of siblings.
    if (!relation.follows)
      numberSiblings(draft, before, node.id, anchorNodeOf(before, { id: relation.id, ...candidate }));
  },
};

/**
 * Writes down the order of the new node's siblings as they stand, the new node last. A new premise's
 * parent in the map's tree is what its relation bears on (nothing else names it, and it closes no
 * cycle), and the tree is otherwise the map's before: its children there, then the new node.
 */
function numberSiblings(
  draft: Draft<ArgumentMap>,
  before: ArgumentMap,
  added: NodeId,
  parent: NodeId | undefined,
): void {
  if (parent === undefined) return;
  const siblings = (treeChildren(before).get(parent) ?? []).filter((id) => id !== added);
  siblings.push(added);
  siblings.forEach((id, order) => {
    if (draft.nodes[id].order !== order) draft.nodes[id].order = order;
  });
}
