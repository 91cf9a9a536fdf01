import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { pushTo } from '../lists';
import { ARGUMENT_KINDS } from './nodeKinds';

export const isLinkedSupport = (r: Relation): boolean => r.kind === 'support' && r.from.length > 1 && 'node' in r.to;

/** The nodes a relation joins: its premises and its target node. */
export const membersOf = (r: Relation): NodeId[] => [...r.from, ...('node' in r.to ? [r.to.node] : [])];

/** Which relations are written as inferences of a reconstruction, and which undercut targets go first under their source. */
export interface UndercutCasting {
  inferences: Set<RelationId>;
  firstUnder: Map<NodeId, RelationId>;
}

/**
 * Which relations must be written as inferences of a reconstruction, and which undercut targets
 * are written first under their source. Argdown links premises only in a reconstruction, whose
 * members are statements, and undercuts an argument as a whole: a target relation is either the
 * main inference of a reconstruction or the first relation of an argument.
 *
 * Per source of undercut targets: when it is a statement (a member of an inference), each target
 * that can be an inference (a plain support into a node) becomes one. Otherwise its first target
 * goes first under it, unless that one can be an inference and the source is no argument kind;
 * every other target that can be an inference becomes one (an argument has one first relation).
 * Each new inference turns its members into statements, whose targets are then looked at again:
 * a worklist, so an undercut chain of 20,000 costs 20,000 steps rather than 20,000 passes.
 */
export function castUndercutTargets(map: ArgumentMap): UndercutCasting {
  const relations = Object.values(map.relations);
  const inferences = new Set(relations.filter(isLinkedSupport).map((r) => r.id));
  const statements = new Set(relations.filter(isLinkedSupport).flatMap(membersOf));
  // Undercut targets by source, in the order of their undercuts (a target undercut twice, twice).
  const targetsBy = new Map<NodeId, Relation[]>();
  for (const r of relations) {
    const target = 'relation' in r.to ? map.relations[r.to.relation] : undefined;
    if (target && !inferences.has(target.id)) pushTo(targetsBy, target.from[0], target);
  }
  const canInfer = (r: Relation): boolean => r.kind === 'support' && r.from.length === 1 && 'node' in r.to;
  const pending = [...targetsBy.keys()];
  const infer = (r: Relation): void => {
    inferences.add(r.id);
    for (const member of membersOf(r)) {
      if (statements.has(member)) continue;
      statements.add(member);
      if (targetsBy.has(member)) pending.push(member);
    }
  };
  while (pending.length > 0) {
    const source = pending.pop()!;
    const targets = targetsBy.get(source)!;
    if (statements.has(source)) {
      for (const target of targets) if (canInfer(target) && !inferences.has(target.id)) infer(target);
      continue;
    }
    // No target of a source that is not a statement is an inference yet: the first is the first.
    const [first] = targets;
    if (canInfer(first) && !ARGUMENT_KINDS.has(map.nodes[source].kind)) infer(first);
    else for (const target of targets) if (target.id !== first.id && canInfer(target)) infer(target);
  }
  const firstUnder = new Map<NodeId, RelationId>();
  for (const [source, targets] of targetsBy) if (!statements.has(source)) firstUnder.set(source, targets[0].id);
  return { inferences, firstUnder };
}
