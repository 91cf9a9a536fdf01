import { isoDate, object, optional, text, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';

/** Where the map's content comes from (an article, a debate transcript). */
export const sourceReferenceRecord = object({
  title: text({ min: 1, max: LIMITS.textLength }),
  author: optional(text({ max: LIMITS.textLength })),
  date: optional(isoDate()),
  /** A file name or URL the reader can follow. */
  reference: optional(text({ max: LIMITS.textLength })),
});
export type SourceReference = ValueOf<typeof sourceReferenceRecord>;
