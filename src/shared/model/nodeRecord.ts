import type { NodeId, ParticipantId } from './ids';
import { NODE_KINDS, NODE_MARKS } from './kinds';
import {
  choice,
  finite,
  id,
  isoDateTime,
  list,
  object,
  optional,
  text,
  type RecordMigrations,
  type ValueOf,
} from './recordFields';
import { LIMITS } from './recordLimits';

/** A point on the canvas, in map units. */
export const positionRecord = object({ x: finite(), y: finite() });
export type Position = ValueOf<typeof positionRecord>;

/** The passage of the source text a node was taken from. */
export const sourcePassageRecord = object({
  /** The words of the source, quoted verbatim. */
  quote: text({ min: 1, max: LIMITS.textLength }),
});
export type SourcePassage = ValueOf<typeof sourcePassageRecord>;

/** A box on the map: a claim, a reason, an objection… */
export const nodeRecord = object({
  id: id<NodeId>(),
  kind: choice(NODE_KINDS),
  /** A short name, as Argdown's `[Title]` / `<Title>`; kept so an imported map exports back under the same names. */
  title: optional(text({ min: 1, max: LIMITS.titleLength })),
  text: text({ max: LIMITS.textLength }),
  /** Top-left corner on the canvas, in map units. */
  position: positionRecord,
  /**
   * Its place among the premises of the node it hangs under (model/premiseOrder.ts): lower comes
   * first, left in the layout and earlier in the outline and exports. Absent: after those that
   * have one, in the order the nodes were made.
   */
  order: optional(finite()),
  notes: optional(text({ max: LIMITS.textLength })),
  tags: list(text({ min: 1, max: LIMITS.tagLength }), { max: LIMITS.tags }),
  source: optional(sourcePassageRecord),
  /** The user's own verdict, which evaluation takes as given: accepted stands unless attacked, rejected falls. */
  mark: optional(choice(NODE_MARKS)),
  /** Who said it: the id of one of the map's participants (meta.participants). */
  speaker: optional(id<ParticipantId>()),
  /** When it was said, as an ISO date and time (yyyy-mm-ddThh:mm[:ss[.sss]][Z|±hh:mm]). */
  spokenAt: optional(isoDateTime()),
});
export type ArgNode = ValueOf<typeof nodeRecord>;

/** What each file format changed in a node, by the format it leaves (schema/migrations.ts runs them). */
export const nodeMigrations: RecordMigrations = {
  /**
   * Format 2 lets a node keep the `title` another format gave it. A format-1 node is already a
   * valid format-2 one; the number rose so that an older app meeting a title says "made with a
   * newer version" instead of "invalid".
   */
  1: { name: 'node title kept from an import' },
  /**
   * Format 5 lets a node carry the user's mark (accepted or rejected), its speaker and the time it
   * was said. A format-4 node is already a valid format-5 one.
   */
  4: { name: 'node marks, speakers and times' },
  /** Format 3 adds `order`; the map-wide step (mapRecord.ts) sets it from the old positions. */
  2: { name: 'node keeps its place among its siblings' },
};
