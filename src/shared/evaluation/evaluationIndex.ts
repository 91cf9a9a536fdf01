import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';

/**
 * Who bears on whom, for evaluation: the relations into each node (supports and attacks), the
 * relations each node is a premise of, and the undercuts aimed at each relation. Kept up to date
 * relation by relation, so an edit does not rebuild it.
 */
export class EvaluationIndex {
  readonly supportsOn = new Map<NodeId, Set<RelationId>>();
  readonly attacksOn = new Map<NodeId, Set<RelationId>>();
  readonly premiseOf = new Map<NodeId, Set<RelationId>>();
  readonly undercutsOn = new Map<RelationId, Set<RelationId>>();

  constructor(map?: ArgumentMap) {
    if (map) for (const relation of Object.values(map.relations)) this.add(relation);
  }

  add(relation: Relation): void {
    for (const premise of relation.from) entry(this.premiseOf, premise).add(relation.id);
    const to = relation.to;
    if ('relation' in to) entry(this.undercutsOn, to.relation).add(relation.id);
    else if (relation.kind === 'support') entry(this.supportsOn, to.node).add(relation.id);
    else entry(this.attacksOn, to.node).add(relation.id);
  }

  remove(relation: Relation): void {
    for (const premise of relation.from) this.premiseOf.get(premise)?.delete(relation.id);
    const to = relation.to;
    if ('relation' in to) this.undercutsOn.get(to.relation)?.delete(relation.id);
    else if (relation.kind === 'support') this.supportsOn.get(to.node)?.delete(relation.id);
    else this.attacksOn.get(to.node)?.delete(relation.id);
  }
}

const NONE: ReadonlySet<never> = new Set();

/** The ids a table keeps for a key, or none. */
export const idsOf = <K, V>(table: Map<K, Set<V>>, key: K): ReadonlySet<V> => table.get(key) ?? NONE;

function entry<K, V>(table: Map<K, Set<V>>, key: K): Set<V> {
  let set = table.get(key);
  if (!set) table.set(key, (set = new Set()));
  return set;
}
