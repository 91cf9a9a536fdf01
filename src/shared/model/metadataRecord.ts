import { isoDate, object, optional, text, type RecordMigrations, type ValueOf } from './recordFields';
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
});
export type MapMetadata = ValueOf<typeof metadataRecord>;

/** What each file format changed in the metadata, by the format it leaves (schema/migrations.ts runs them). */
export const metadataMigrations: RecordMigrations = {};
