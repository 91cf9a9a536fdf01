import type { Relation, RelationTarget } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { NodeKind, RelationKind } from '../../model/kinds';
import { appendTo } from './aifGraph';

/** A statement whose kind is being decided, and how far through the things it attacks the decision is. */
interface Pending {
  id: NodeId;
  targets: readonly RelationTarget[];
  next: number;
}

/**
 * A kind for each statement from its place in the argument, as a reader of the map would name it:
 * - attacks something → objection; attacks an objection or an attack (defends) → rebuttal;
 * - supports something → reason, or claim when it is supported in turn;
 * - is only a conclusion (supported or attacked, bears on nothing) → thesis;
 * - stands alone → claim.
 * A kind Argmap wrote into the file (argmapExtension.ts) wins over the guess.
 *
 * Whether an attacker is a rebuttal depends on the kind of what it attacks, so kinds are decided
 * depth first, with an explicit stack: a chain of thousands of attacks must not exhaust the call stack.
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
      for (const id of relation.from) appendTo(attacks, id, to);
    }
  }

  const kinds = new Map<NodeId, NodeKind>();
  const inProgress = new Set<NodeId>();
  const stack: Pending[] = [];
  const begin = (id: NodeId): void => {
    const targets = attacks.get(id);
    if (!targets) {
      if (supports.has(id)) kinds.set(id, supported.has(id) ? NodeKind.claim : NodeKind.reason);
      else kinds.set(id, targeted.has(id) ? NodeKind.thesis : NodeKind.claim);
      return;
    }
    inProgress.add(id);
    stack.push({ id, targets, next: 0 });
  };
  const finish = (pending: Pending, kind: NodeKind): void => {
    stack.pop();
    inProgress.delete(pending.id);
    kinds.set(pending.id, kind);
  };
  // The kind of an attacked statement, when known. A cycle of attacks (A attacks B attacks A): the
  // statement still being decided counts as a plain objection.
  const kindOf = (id: NodeId): NodeKind | undefined =>
    written.get(id) ?? kinds.get(id) ?? (inProgress.has(id) ? NodeKind.objection : undefined);

  for (const root of nodeIds) {
    if (written.has(root) || kinds.has(root)) continue;
    begin(root);
    while (stack.length > 0) {
      const pending = stack[stack.length - 1];
      let defends = false;
      let undecided: NodeId | undefined;
      for (; pending.next < pending.targets.length; pending.next += 1) {
        const target = pending.targets[pending.next];
        if ('relation' in target) defends = relationById.get(target.relation)?.kind !== RelationKind.support;
        else {
          const kind = kindOf(target.node);
          if (kind === undefined) undecided = target.node;
          defends = kind === NodeKind.objection;
        }
        if (defends || undecided) break;
      }
      // Decide what this statement attacks first, then come back to the same target.
      if (undecided) begin(undecided);
      else finish(pending, defends ? NodeKind.rebuttal : NodeKind.objection);
    }
  }
  return new Map(nodeIds.map((id) => [id, written.get(id) ?? kinds.get(id)!]));
}
