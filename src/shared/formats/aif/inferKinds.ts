import type { Relation, RelationTarget } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { NodeKind, RelationKind } from '../../model/kinds';

/**
 * A kind for each statement from its place in the argument, as a reader of the map would name it:
 * - attacks something → objection; attacks an objection or an attack (defends) → rebuttal;
 * - supports something → reason, or claim when it is supported in turn;
 * - is only a conclusion (supported or attacked, bears on nothing) → thesis;
 * - stands alone → claim.
 * A kind Argmap wrote into the file (argmapExtension.ts) wins over the guess.
 */
export function inferKinds(
  nodeIds: readonly NodeId[],
  relations: readonly Relation[],
  written: ReadonlyMap<NodeId, NodeKind>,
): Map<NodeId, NodeKind> {
  const attacks = new Map<NodeId, RelationTarget[]>();
  const supports = new Set<NodeId>();
  const supported = new Set<NodeId>();
  const targeted = new Set<NodeId>();
  const relationById = new Map(relations.map((r) => [r.id as string, r]));
  for (const relation of relations) {
    const to = relation.to;
    if ('node' in to) targeted.add(to.node);
    if (relation.kind === RelationKind.support) {
      relation.from.forEach((id) => supports.add(id));
      if ('node' in to) supported.add(to.node);
    } else {
      for (const id of relation.from) attacks.set(id, [...(attacks.get(id) ?? []), to]);
    }
  }

  const kinds = new Map<NodeId, NodeKind>();
  const inProgress = new Set<NodeId>();
  const kindOf = (id: NodeId): NodeKind => {
    const known = written.get(id) ?? kinds.get(id);
    if (known) return known;
    // A cycle of attacks (A attacks B attacks A): the node being decided counts as a plain objection.
    if (inProgress.has(id)) return NodeKind.objection;
    inProgress.add(id);
    const kind = guess(id);
    inProgress.delete(id);
    kinds.set(id, kind);
    return kind;
  };
  const defends = (target: RelationTarget): boolean => {
    if ('node' in target) return kindOf(target.node) === NodeKind.objection;
    return relationById.get(target.relation)?.kind !== RelationKind.support;
  };
  const guess = (id: NodeId): NodeKind => {
    const targets = attacks.get(id);
    if (targets) return targets.some(defends) ? NodeKind.rebuttal : NodeKind.objection;
    if (supports.has(id)) return supported.has(id) ? NodeKind.claim : NodeKind.reason;
    return targeted.has(id) ? NodeKind.thesis : NodeKind.claim;
  };

  return new Map(nodeIds.map((id) => [id, kindOf(id)]));
}
