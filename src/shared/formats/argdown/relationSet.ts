import type { Relation, RelationTarget } from '../../model/argumentMap';
import { relationSignature } from '../../model/graph';
import { asRelationId, type NodeId, type RelationId } from '../../model/ids';
import type { OriginalRelationKind, RelationKind } from '../../model/kinds';

/**
 * The relations of a map being imported. A relation the schema would take for one already there
 * (the same {@link relationSignature}: kind and finer kind, premises, target) is stored once:
 * adding it again returns the first.
 */
export class RelationSet {
  readonly relations: Record<RelationId, Relation> = {};
  private readonly bySignature = new Map<string, RelationId>();

  add(kind: RelationKind, from: NodeId[], to: RelationTarget, original?: OriginalRelationKind): RelationId {
    const relation = { kind, from, to, ...(original ? { original } : {}) };
    const signature = relationSignature(relation);
    const existing = this.bySignature.get(signature);
    if (existing) return existing;
    const id = asRelationId(`r-${this.bySignature.size + 1}`);
    this.relations[id] = { id, ...relation };
    this.bySignature.set(signature, id);
    return id;
  }
}
