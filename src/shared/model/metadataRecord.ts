import { participantRecord } from './participantRecord';
import { isoDate, list, object, optional, text, type RecordMigrations, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';
import { sourceReferenceRecord } from './sourceReferenceRecord';

/** What the map is: its title, who made it, when, from what source. */
export const metadataRecord = object({
  title: text({ max: LIMITS.textLength }),
  author: optional(text({ max: LIMITS.textLength })),
  /** ISO date (yyyy-mm-dd) of the map or of the source it maps. */
  date: optional(isoDate()),
  description: optional(text({ max: LIMITS.textLength })),
  source: optional(sourceReferenceRecord),
  /** Who speaks in the debate the map records, in the order capture mode numbers them (1–9). */
  participants: optional(list(participantRecord, { max: LIMITS.participants })),
});
export type MapMetadata = ValueOf<typeof metadataRecord>;

/** What each file format changed in the metadata, by the format it leaves (schema/migrations.ts runs them). */
export const metadataMigrations: RecordMigrations = {
  /** Format 5 lets a map list its participants; a format-4 map needs no change. */
  4: { name: 'debate participants' },
};
