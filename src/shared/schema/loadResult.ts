import type { ArgumentMap } from '../model/argumentMap';

/** Why a map could not be loaded. Each has its own message for the user. */
export type LoadFailureReason = 'invalid-json' | 'invalid-schema' | 'too-new' | 'io-error';

/**
 * The outcome of reading a map. Loading never throws across a boundary:
 * every failure is a value with a message a person can act on.
 */
export type LoadResult =
  | { ok: true; map: ArgumentMap; migratedFrom?: number }
  | { ok: false; reason: LoadFailureReason; message: string; path?: string };
