import type { Draft } from 'immer';
import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { relationSignature, targetKey } from '../model/graph';
import type { Command } from './command';

/**
 * The relations to merge so the given premises form one linked argument, or why they
 * cannot: they must each bear on the same target with the same kind of relation.
 */
export function linkablePremises(
  map: ArgumentMap,
  premises: readonly NodeId[],
): { ok: true; relations: RelationId[] } | { ok: false; reason: string } {
  if (premises.length < 2) return { ok: false, reason: 'Select two or more premises to link.' };
  const chosen = new Set(premises);
  const candidates = Object.values(map.relations).filter((relation) => relation.from.some((id) => chosen.has(id)));
  const groups = new Map<string, Relation[]>();
  for (const relation of candidates) {
    const key = `${relation.kind}|${targetKey(relation.to)}`;
    // Pushed, not copied: selecting all of a node's 20,000 premises made one group of them.
    const group = groups.get(key);
    if (group) group.push(relation);
    else groups.set(key, [relation]);
  }
  for (const group of groups.values()) {
    const covered = new Set(group.flatMap((relation) => relation.from));
    if (group.length > 1 && premises.every((id) => covered.has(id))) {
      return { ok: true, relations: group.map((relation) => relation.id) };
    }
  }
  return {
    ok: false,
    reason: 'Linked premises must each support (or each attack) the same node. Connect them to it first.',
  };
}

export interface GroupPremisesArgs {
  /** The relations to merge; the first one keeps its id, and undercuts of the others move to it. */
  relations: readonly RelationId[];
}

/** Merges relations with the same kind and target into one linked argument. */
export const groupPremises: Command<GroupPremisesArgs> = {
  name: 'groupPremises',
  label: () => 'Link premises',
  perform: (draft, { relations }) => {
    const [keepId, ...mergeIds] = relations;
    const keep = draft.relations[keepId];
    if (!keep) return;
    for (const id of mergeIds) {
      const other = draft.relations[id];
      if (!other || other.kind !== keep.kind || targetKey(other.to) !== targetKey(keep.to)) {
        throw new Error('Only relations of the same kind into the same target can be linked.');
      }
      for (const premise of other.from) if (!keep.from.includes(premise)) keep.from.push(premise);
      delete draft.relations[id];
      redirectUndercuts(draft, id, keepId);
    }
    // Two undercuts of the merged relations from the same node are now one and the same.
    dropTwins(draft);
  },
};

function redirectUndercuts(draft: Draft<ArgumentMap>, from: RelationId, to: RelationId): void {
  for (const relation of Object.values(draft.relations)) {
    if ('relation' in relation.to && relation.to.relation === from) relation.to = { relation: to };
  }
}

/**
 * Drops each relation that has become a copy of an earlier one (same kind, premises and
 * target), moving its undercuts to the copy that stays, so none is left dangling; the
 * moved undercuts may be copies in turn, hence the repeat.
 */
function dropTwins(draft: Draft<ArgumentMap>): void {
  for (let changed = true; changed;) {
    changed = false;
    const kept = new Map<string, RelationId>();
    for (const relation of Object.values(draft.relations)) {
      const signature = relationSignature(relation);
      const twin = kept.get(signature);
      if (twin === undefined) {
        kept.set(signature, relation.id);
        continue;
      }
      const id = relation.id;
      delete draft.relations[id];
      redirectUndercuts(draft, id, twin);
      changed = true;
    }
  }
}

export interface UngroupPremisesArgs {
  id: RelationId;
  /** Ids for the relations split off, one per premise after the first (which keeps the relation's id). */
  newIds: readonly RelationId[];
}

/** Splits a linked argument into one relation per premise (none twice); undercuts stay with the first. */
export const ungroupPremises: Command<UngroupPremisesArgs> = {
  name: 'ungroupPremises',
  label: () => 'Unlink premises',
  perform: (draft, { id, newIds }) => {
    const relation = draft.relations[id];
    if (!relation || relation.from.length < 2) return;
    const [first, ...rest] = relation.from;
    if (newIds.length < rest.length) throw new Error('Not enough ids to split the linked argument.');
    rest.forEach((premise, i) => {
      draft.relations[newIds[i]] = { id: newIds[i], kind: relation.kind, from: [premise], to: { ...relation.to } };
    });
    relation.from = [first];
    // A premise that also bears on the target on its own already has its relation.
    dropTwins(draft);
  },
};
