import type { NodeId, RelationId } from './ids';
import { ORIGINAL_RELATION_KINDS, RELATION_KINDS } from './kinds';
import { choice, id, list, object, optional, union, type RecordMigrations, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';

/** A relation points at a node, or (for an undercut) at another relation. */
export const relationTargetRecord = union(object({ node: id<NodeId>() }), object({ relation: id<RelationId>() }));
export type RelationTarget = ValueOf<typeof relationTargetRecord>;

/**
 * Premises bearing on a target. More than one premise in `from` is a linked
 * argument: the premises support or attack the target only together.
 */
export const relationRecord = object({
  id: id<RelationId>(),
  kind: choice(RELATION_KINDS),
  from: list(id<NodeId>(), { min: 1, max: LIMITS.premises }),
  to: relationTargetRecord,
  /**
   * The finer kind another format gave this relation (Argdown's contrary, contradictory or
   * entails; AIF's rephrase), which `kind` only approximates. Export restores it.
   */
  original: optional(choice(ORIGINAL_RELATION_KINDS)),
});
export type Relation = ValueOf<typeof relationRecord>;

/** What each file format changed in a relation, by the format it leaves (schema/migrations.ts runs them). */
export const relationMigrations: RecordMigrations = {
  /** Format 2 lets a relation keep its finer `original` kind; a format-1 relation needs no change. */
  1: { name: 'finer relation kind kept from an import' },
};
