import { current } from 'immer';
import type { ArgNode, RelationTarget } from '../model/argumentMap';
import type { RelationId } from '../model/ids';
import { NODE_KIND_LABELS, type RelationKind } from '../model/kinds';
import type { Command } from './command';
import { relationProblem } from './relationRules';

export interface AddNodeArgs {
  node: Pick<ArgNode, 'id' | 'kind' | 'text' | 'position'> & Partial<Pick<ArgNode, 'notes' | 'tags' | 'source'>>;
  /** Connects the new node to what it bears on, in the same step. */
  relation?: { id: RelationId; kind: RelationKind; to: RelationTarget };
}

/** Adds a node, and optionally its relation to a parent: one undo step either way. */
export const addNode: Command<AddNodeArgs> = {
  name: 'addNode',
  label: ({ node }) => `Add ${NODE_KIND_LABELS[node.kind].toLowerCase()}`,
  perform: (draft, { node, relation }) => {
    if (draft.nodes[node.id]) throw new Error(`Node ${node.id} already exists`);
    draft.nodes[node.id] = { ...node, position: { ...node.position }, tags: [...(node.tags ?? [])] };
    if (!relation) return;
    const candidate = { kind: relation.kind, from: [node.id], to: relation.to };
    const problem = relationProblem(current(draft), candidate);
    if (problem) throw new Error(problem);
    draft.relations[relation.id] = { id: relation.id, ...candidate };
  },
};
