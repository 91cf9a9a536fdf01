import { participantRecord } from './participantRecord';
import { choice, isoDate, list, object, optional, text, type RecordMigrations, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';
import { sourceReferenceRecord } from './sourceReferenceRecord';

/** The ways a map's cards can show their text: all of it, or shortened (View › Compact Cards). */
export const CARD_VIEWS = ['full', 'compact'] as const;
export type CardView = (typeof CARD_VIEWS)[number];

/** What the map is: its title, who made it, when, from what source. */
export const metadataRecord = object({
  title: text({ max: LIMITS.textLength }),
  author: optional(text({ max: LIMITS.textLength })),
  /** ISO date (yyyy-mm-dd) of the map or of the source it maps. */
  date: optional(isoDate()),
  description: optional(text({ max: LIMITS.textLength })),
  source: optional(sourceReferenceRecord),
  /**
   * How the canvas and the exports show a card's text: whole (absent) or, for "compact", shortened
   * to a few lines, the whole text a hover or a selection away. A choice made for this map.
   */
  cards: optional(choice(CARD_VIEWS)),
  /** Who speaks in the debate the map records, in the order capture mode numbers them (1–9). */
  participants: optional(list(participantRecord, { max: LIMITS.participants })),
});
export type MapMetadata = ValueOf<typeof metadataRecord>;

/** What each file format changed in the metadata, by the format it leaves (schema/migrations.ts runs them). */
export const metadataMigrations: RecordMigrations = {
  /** Format 5 lets a map list its participants; a format-4 map needs no change. */
  4: { name: 'debate participants' },
  /**
   * Format 3 lets a map keep its compact-cards view (`cards`). A format-2 map is already a valid
   * format-3 one; the number rose so that an older app meeting the field says "made with a newer
   * version" instead of "invalid".
   */
  2: { name: 'compact cards view kept with the map' },
};
