import { mapMigrations } from '../model/mapRecord';
import { metadataMigrations } from '../model/metadataRecord';
import { nodeMigrations } from '../model/nodeRecord';
import type { RecordMigration } from '../model/recordFields';
import { relationMigrations } from '../model/relationRecord';

/**
 * Numbered migrations of the saved map. `migrations[k]` takes the `map` of a version-k file to
 * version k+1. Each step is made of the named migrations its records declare beside their fields
 * (nodeMigrations in model/nodeRecord.ts…): when the saved shape changes, add the record's
 * migration under the format it leaves (with a before/after test) and bump CURRENT_VERSION; never
 * edit a shipped one.
 */
export type Migration = (map: unknown) => unknown;

export const CURRENT_VERSION = 5;

/** What one step of the file format changes in each record type (absent: nothing). */
export interface RecordChanges {
  meta?: RecordMigration;
  nodes?: RecordMigration;
  relations?: RecordMigration;
  /** Changes across the whole map (mapRecord.ts), run in order after the records' own. */
  map?: readonly RecordMigration[];
}

/** The named migrations the records declare for the step from file format `version`. */
const changesFrom = (version: number): RecordChanges => ({
  meta: metadataMigrations[version],
  nodes: nodeMigrations[version],
  relations: relationMigrations[version],
  map: mapMigrations[version],
});

/** What the step from file format `version` changes: the names of its record migrations (none: no step). */
export const migrationNames = (version: number): string[] =>
  Object.values(changesFrom(version)).flatMap((migration?: RecordMigration | readonly RecordMigration[]) =>
    (Array.isArray(migration) ? migration : migration ? [migration] : []).map(({ name }: RecordMigration) => name),
  );

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A step of the file format from its record migrations: each one with something to do runs over
 * every record of its type (`nodes` and `relations` keyed by id, the one `meta`). A new map is
 * returned; what is not an object is left as it is, for the schema to refuse.
 */
export function stepFromRecords(changes: RecordChanges): Migration {
  const { meta, nodes, relations } = changes;
  const wholeMap = (changes.map ?? []).flatMap(({ up }) => (up ? [up] : []));
  if (!meta?.up && !nodes?.up && !relations?.up && wholeMap.length === 0) return (map) => map;
  const eachRecord = (records: unknown, up: (record: unknown) => unknown): unknown =>
    isObject(records) ? Object.fromEntries(Object.entries(records).map(([id, record]) => [id, up(record)])) : records;
  return (map) => {
    if (!isObject(map)) return map;
    const next = { ...map };
    if (meta?.up && next.meta !== undefined) next.meta = meta.up(next.meta);
    if (nodes?.up) next.nodes = eachRecord(next.nodes, nodes.up);
    if (relations?.up) next.relations = eachRecord(next.relations, relations.up);
    return wholeMap.reduce<unknown>((current, up) => up(current), next);
  };
}

/**
 * The shipped steps: one for each format below the current one, made of what its records name. A
 * format whose records name nothing (a number another branch took, whose changes arrive with it)
 * passes the map on unchanged, so the chain never stops at it.
 */
export const migrations: Record<number, Migration> = Object.fromEntries(
  Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1).map((version) => [
    version,
    stepFromRecords(changesFrom(version)),
  ]),
);

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
