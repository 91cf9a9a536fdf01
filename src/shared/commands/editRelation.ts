import { current } from 'immer';
import type { Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { RELATION_KIND_LABELS, type RelationKind } from '../model/kinds';
import { relationSignature } from '../model/graph';
import type { Command } from './command';
import { relationProblem } from './relationRules';

export interface SetRelationKindArgs {
  id: RelationId;
  kind: RelationKind;
}

/** Turns a support into an attack or back. Undercuts target relations, so they cannot swap with the others. */
export const setRelationKind: Command<SetRelationKindArgs> = {
  name: 'setRelationKind',
  label: ({ kind }) => `Change relation to ${RELATION_KIND_LABELS[kind].toLowerCase().replace(/s$/, '')}`,
  perform: (draft, { id, kind }) => {
    const relation = draft.relations[id];
    if (!relation || relation.kind === kind) return;
    const problem = relationProblem(current(draft), { ...relation, kind }, id);
    if (problem) throw new Error(problem);
    relation.kind = kind;
    // The finer kind an import gave it (contrary, entails…) no longer describes a relation the user re-kinded.
    delete relation.original;
  },
};

export interface ReconnectArgs {
  id: RelationId;
  /** `source` swaps one premise (`premise`) for `node`; `target` points the relation at `node`. */
  end: 'source' | 'target';
  premise?: NodeId;
  node: NodeId;
}

/** Moves one end of a relation to another node. */
export const reconnect: Command<ReconnectArgs> = {
  name: 'reconnect',
  label: () => 'Reconnect relation',
  perform: (draft, { id, end, premise, node }) => {
    const relation = draft.relations[id];
    if (!relation) return;
    const next: Pick<Relation, 'kind' | 'from' | 'to'> =
      end === 'source'
        ? { ...relation, from: relation.from.map((p) => (p === (premise ?? relation.from[0]) ? node : p)) }
        : { ...relation, to: { node } };
    // Dropped back where it was: writing equal copies would still make an empty-looking undo step.
    if (relationSignature(next) === relationSignature(relation)) return;
    const problem = relationProblem(current(draft), next, id);
    if (problem) throw new Error(problem);
    relation.from = [...next.from];
    relation.to = { ...next.to };
  },
};
