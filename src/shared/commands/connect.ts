import { current } from 'immer';
import type { RelationTarget } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { RELATION_KIND_LABELS, type RelationKind } from '../model/kinds';
import type { Command } from './command';
import { relationProblem } from './relationRules';

export interface ConnectArgs {
  id: RelationId;
  kind: RelationKind;
  from: NodeId;
  to: RelationTarget;
}

/** Draws a new relation from one node to a node (support, attack) or to a relation (undercut). */
export const connect: Command<ConnectArgs> = {
  name: 'connect',
  label: ({ kind }) => `Add ${RELATION_KIND_LABELS[kind].toLowerCase().replace(/s$/, '')} relation`,
  perform: (draft, { id, kind, from, to }) => {
    const candidate = { kind, from: [from], to };
    const problem = relationProblem(current(draft), candidate);
    if (problem) throw new Error(problem);
    draft.relations[id] = { id, ...candidate };
  },
};
