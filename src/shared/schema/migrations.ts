/**
 * Numbered migrations of the saved map. `migrations[k]` takes the `map` of a
 * version-k file to version k+1. Append one (with a before/after test) whenever
 * the saved shape changes, and bump CURRENT_VERSION; never edit an old one.
 */
export type Migration = (map: unknown) => unknown;

export const CURRENT_VERSION = 2;

export const migrations: Record<number, Migration> = {
  /**
   * Version 2 adds optional fields for imported maps (a node's `title`, a relation's `original`
   * kind). A version-1 map is already a valid version-2 map; the number rises so that an older
   * app meeting those fields says "made with a newer version" instead of "invalid".
   */
  1: (map) => map,
};

export type MigrationOutcome =
  { ok: true; map: unknown } | { ok: false; reason: 'too-new' | 'invalid-schema'; message: string };

/**
 * Runs the chain from `fromVersion` up to `toVersion`. Chain and target are
 * parameters so the machinery can be tested with synthetic migrations.
 */
export function migrate(
  map: unknown,
  fromVersion: number,
  toVersion: number = CURRENT_VERSION,
  chain: Record<number, Migration> = migrations,
): MigrationOutcome {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    return {
      ok: false,
      reason: 'invalid-schema',
      message: `"version" must be a whole number from 1, not ${String(fromVersion)}`,
    };
  }
  if (fromVersion > toVersion) {
    return {
      ok: false,
      reason: 'too-new',
      message: `This map was made with a newer version of Argmap (file format ${fromVersion}; this app reads up to ${toVersion}). Update Argmap to open it.`,
    };
  }
  let current = map;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = chain[version];
    if (!step) {
      return {
        ok: false,
        reason: 'invalid-schema',
        message: `No migration from file format ${version} to ${version + 1}`,
      };
    }
    try {
      current = step(current);
    } catch (error) {
      // A migration meeting data it cannot read is a damaged file, not a crash.
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        reason: 'invalid-schema',
        message: `The map could not be upgraded from file format ${version} (${detail}).`,
      };
    }
  }
  return { ok: true, map: current };
}
