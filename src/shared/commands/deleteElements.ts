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
 * to delete a subtree, pass its nodes. Storyline steps about a deleted node go.
 */
export const deleteElements: Command<DeleteElementsArgs> = {
  name: 'deleteElements',
  label: describe,
  perform: (draft, { nodes, relations }) => {
    const goneNodes = new Set(nodes);
    for (const id of goneNodes) delete draft.nodes[id];
    for (const id of relations) delete draft.relations[id];
    pruneDangling(draft, goneNodes);
    dropStepsAbout(draft, goneNodes);
  },
};

/** The storyline's steps about deleted nodes go with them (undo brings both back). */
function dropStepsAbout(draft: Draft<ArgumentMap>, goneNodes: ReadonlySet<NodeId>): void {
  const steps = draft.storyline;
  if (!steps || !steps.some((step) => goneNodes.has(step.focus))) return;
  draft.storyline = steps.filter((step) => !goneNodes.has(step.focus));
}

/**
 * Deletes what dangles, and copies. A relation goes when it has no premise left or its target is
 * gone, and then so does every undercut of it, and of those in turn; of relations with one
 * signature the first stays (one that lost a premise counts as later than one that did not).
 * One walk from the relations that fall to those that hang on them: repeating passes over every
 * relation until none fell took one pass per undercut of a chain listed from its far end.
 */
function pruneDangling(draft: Draft<ArgumentMap>, goneNodes: ReadonlySet<NodeId>): void {
  const shrunk = new Set<RelationId>();
  for (const relation of Object.values(draft.relations)) {
    if (!relation.from.some((id) => goneNodes.has(id))) continue;
    relation.from = relation.from.filter((id) => !goneNodes.has(id));
    shrunk.add(relation.id);
  }
  const shrunkLast = (a: { id: RelationId }, b: { id: RelationId }): number =>
    Number(shrunk.has(a.id)) - Number(shrunk.has(b.id));
  const falling: RelationId[] = [];
  const undercutsOf = new Map<RelationId, RelationId[]>();
  const seen = new Set<string>();
  for (const relation of Object.values(draft.relations).sort(shrunkLast)) {
    const target = relation.to;
    if ('relation' in target) {
      if (undercutsOf.has(target.relation)) undercutsOf.get(target.relation)!.push(relation.id);
      else undercutsOf.set(target.relation, [relation.id]);
    }
    const signature = relationSignature(relation);
    const dangling =
      relation.from.length === 0 || ('node' in target ? !draft.nodes[target.node] : !draft.relations[target.relation]);
    if (dangling || seen.has(signature)) falling.push(relation.id);
    else seen.add(signature);
  }
  const fallen = new Set(falling);
  for (let i = 0; i < falling.length; i++) {
    for (const undercut of undercutsOf.get(falling[i]) ?? []) {
      if (fallen.has(undercut)) continue;
      fallen.add(undercut);
      falling.push(undercut);
    }
  }
  for (const id of falling) delete draft.relations[id];
}
