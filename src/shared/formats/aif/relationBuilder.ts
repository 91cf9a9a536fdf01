import type { Relation, RelationTarget } from '../../model/argumentMap';
import { asRelationId, type NodeId, type RelationId } from '../../model/ids';
import { relationSignature } from '../../model/graph';
import type { OriginalRelationKind, RelationKind } from '../../model/kinds';
import { plural, type ReportBuilder } from '../interop';
import { type IdAllocator, isSafeId, sanitizeId } from './aifIds';

/** What became of one AIF S node (RA, CA, MA, PA): the import accounts for every one of them. */
export type SNodeFate = 'relation' | 'merged' | 'dropped';

/** Per S-node type, how many became relations, merged into an equal one, or were dropped. */
export type SNodeTally = Record<string, Record<SNodeFate, number>>;

/**
 * Collects the relations made from S nodes. Equal relations (same kind and finer kind, premises and
 * target: the model's `relationSignature`) are merged, as the schema forbids duplicates; an S node's
 * relations are remembered so that a CA on that S node can undercut them.
 */
export class RelationBuilder {
  readonly relations: Record<RelationId, Relation> = {};
  readonly tally: SNodeTally = {};
  private readonly bySignature = new Map<string, RelationId>();
  private readonly ofSNode = new Map<string, Set<RelationId>>();

  constructor(
    private readonly ids: IdAllocator,
    private readonly report: ReportBuilder,
    /** Files written by Argmap name S nodes by relation id; those ids are taken back as they are. */
    private readonly keepIds: boolean,
  ) {}

  /** Adds one relation made from an S node; returns false when an equal one already existed. */
  add(
    sNode: { id: string; type: string },
    kind: RelationKind,
    from: NodeId[],
    to: RelationTarget,
    original?: OriginalRelationKind,
  ): boolean {
    const signature = relationSignature({ kind, from, to, original });
    const existing = this.bySignature.get(signature);
    const made = this.ofSNode.get(sNode.id) ?? new Set<RelationId>();
    this.ofSNode.set(sNode.id, made);
    if (existing) {
      made.add(existing);
      this.report.approximated(
        'relation-twice',
        (n) => `${plural(n, 'duplicate relation')} merged with ${n === 1 ? 'its equal' : 'their equals'}`,
      );
      return false;
    }
    const wanted =
      this.keepIds && isSafeId(sNode.id) ? sNode.id : `${sNode.type.toLowerCase()}-${sanitizeId(sNode.id)}`;
    const id = asRelationId(this.ids.take(wanted));
    this.relations[id] = { id, kind, from, to, ...(original ? { original } : {}) };
    this.bySignature.set(signature, id);
    made.add(id);
    return true;
  }

  /** The relations an S node became (after merging), empty when it became none. */
  relationsOf(sNodeId: string): RelationId[] {
    const made = this.ofSNode.get(sNodeId);
    return made ? [...made] : [];
  }

  /** Whether an S node became (or merged into) at least one relation. */
  madeAny(sNodeId: string): boolean {
    return (this.ofSNode.get(sNodeId)?.size ?? 0) > 0;
  }

  /** Records the fate of an S node once all its relations are made. */
  settle(sNode: { id: string; type: string }, createdAny: boolean): SNodeFate {
    const fate: SNodeFate = createdAny ? 'relation' : this.madeAny(sNode.id) ? 'merged' : 'dropped';
    const counts = (this.tally[sNode.type] ??= { relation: 0, merged: 0, dropped: 0 });
    counts[fate] += 1;
    return fate;
  }
}
