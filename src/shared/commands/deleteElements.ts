import type { Draft } from 'immer';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { relationSignature } from '../model/graph';
import type { Command } from './command';

export interface DeleteElementsArgs {
  nodes: readonly NodeId[];
  relations: readonly RelationId[];
}

function describe({ nodes, relations }: DeleteElementsArgs): string {
  if (nodes.length === 0) return relations.length === 1 ? 'Delete relation' : `Delete ${relations.length} relations`;
  return nodes.length === 1 ? 'Delete node' : `Delete ${nodes.length} nodes`;
}

/**
 * Deletes nodes and relations. Whatever would dangle goes too: a relation loses a
 * deleted premise (and disappears with its last one or its target), an undercut
 * disappears with the relation it hits, and a linked relation that shrinks into a
 * copy of another is dropped. Children of a deleted node stay, as loose nodes;
 * to delete a subtree, pass its nodes.
 */
export const deleteElements: Command<DeleteElementsArgs> = {
  name: 'deleteElements',
  label: describe,
  perform: (draft, { nodes, relations }) => {
    const goneNodes = new Set(nodes);
    for (const id of goneNodes) delete draft.nodes[id];
    for (const id of relations) delete draft.relations[id];
    pruneDangling(draft, goneNodes);
  },
};

function pruneDangling(draft: Draft<ArgumentMap>, goneNodes: ReadonlySet<NodeId>): void {
  const shrunk = new Set<RelationId>();
  for (const relation of Object.values(draft.relations)) {
    if (!relation.from.some((id) => goneNodes.has(id))) continue;
    relation.from = relation.from.filter((id) => !goneNodes.has(id));
    shrunk.add(relation.id);
  }
  // Of a shrunk relation and its copy, the shrunk one goes: the untouched one keeps its undercuts.
  const shrunkLast = (a: { id: RelationId }, b: { id: RelationId }): number =>
    Number(shrunk.has(a.id)) - Number(shrunk.has(b.id));
  // Undercuts of undercuts: repeat until nothing more falls.
  for (let changed = true; changed;) {
    changed = false;
    const seen = new Set<string>();
    for (const relation of Object.values(draft.relations).sort(shrunkLast)) {
      const dangling =
        relation.from.length === 0 ||
        ('node' in relation.to ? !draft.nodes[relation.to.node] : !draft.relations[relation.to.relation]);
      const signature = relationSignature(relation);
      if (dangling || seen.has(signature)) {
        delete draft.relations[relation.id];
        changed = true;
      } else {
        seen.add(signature);
      }
    }
  }
}
