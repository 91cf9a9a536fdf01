import { current, type Draft } from 'immer';
import type { ArgNode, ArgumentMap, Position, RelationTarget } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { NODE_KIND_LABELS, type RelationKind } from '../model/kinds';
import { primaryParents, treeChildren } from '../model/graph';
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
    draft.nodes[node.id] = { ...node, position: { ...node.position }, tags: [...(node.tags ?? [])] };
    for (const [id, position] of moves ?? []) {
      if (draft.nodes[id] && id !== node.id) draft.nodes[id].position = { x: position.x, y: position.y };
    }
    if (!relation) return;
    if (relation.follows && !('node' in relation.to)) throw new Error('A node can only follow from a node');
    const candidate = relation.follows
      ? { kind: relation.kind, from: [(relation.to as { node: NodeId }).node], to: { node: node.id } }
      : { kind: relation.kind, from: [node.id], to: relation.to };
    const problem = relationProblem(current(draft), candidate);
    if (problem) throw new Error(problem);
    draft.relations[relation.id] = { id: relation.id, ...candidate };
    numberSiblings(draft, node.id);
  },
};

/** Writes down the order of the new node's siblings as they stand, the new node last. */
function numberSiblings(draft: Draft<ArgumentMap>, added: NodeId): void {
  const map = current(draft);
  const parent = primaryParents(map).get(added);
  if (parent === undefined) return;
  const siblings = (treeChildren(map).get(parent) ?? []).filter((id) => id !== added);
  siblings.push(added);
  siblings.forEach((id, order) => {
    if (draft.nodes[id].order !== order) draft.nodes[id].order = order;
  });
}
