// The bounds the record declarations (nodeRecord.ts, relationRecord.ts…) put on their fields, and
// the patterns of ids and dates: the zod schemas and the fast check read both from there.

/** Limits that keep a hostile or broken file from exhausting memory in the renderer. */
export const LIMITS = {
  idLength: 128,
  textLength: 20_000,
  tagLength: 100,
  titleLength: 200,
  tags: 50,
  premises: 50,
  /** Steps of a storyline: far more than any talk has. */
  storySteps: 5_000,
  participants: 200,
} as const;

/**
 * The characters of an id: letters, digits, `_`, `.` and `-`. That keeps ids clear of the
 * renderer's own junction ids (`j:…`); `__proto__`, which no object can hold, is refused besides.
 */
export const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
export const COLOUR = /^#[0-9a-fA-F]{6}$/;
