import type { Relation, RelationTarget } from '../../model/argumentMap';
import { asRelationId, type NodeId, type RelationId } from '../../model/ids';
import type { OriginalRelationKind, RelationKind } from '../../model/kinds';

/**
 * The relations of a map being imported. An equal relation (same kind, original, premises and
 * target) is stored once, as the schema forbids duplicates: adding it again returns the first.
 */
export class RelationSet {
  readonly relations: Record<RelationId, Relation> = {};
  private readonly bySignature = new Map<string, RelationId>();
  private readonly outgoing = new Map<NodeId, RelationId[]>();

  add(kind: RelationKind, from: NodeId[], to: RelationTarget, original?: OriginalRelationKind): RelationId {
    const signature = JSON.stringify([kind, original ?? '', [...from].sort(), to]);
    const existing = this.bySignature.get(signature);
    if (existing) return existing;
    const id = asRelationId(`r-${this.bySignature.size + 1}`);
    this.relations[id] = { id, kind, from, to, ...(original ? { original } : {}) };
    this.bySignature.set(signature, id);
    for (const premise of from) this.outgoing.set(premise, [...this.outgoingOf(premise), id]);
    return id;
  }

  /** The relations a node is a premise of, in the order they were added. */
  outgoingOf(node: NodeId): RelationId[] {
    return this.outgoing.get(node) ?? [];
  }
}
