import type { ArgumentMap } from '../model/argumentMap';
import type { SchemaCheck } from '../schema/mapCheck';
import { vouchForMap } from '../schema/mapCheck';
import type { LoadResult } from '../schema/loadResult';
import { CURRENT_VERSION, migrate, migrations, type Migration } from '../schema/migrations';
import { firstDuplicateKey } from './duplicateKeys';
import { FORMATS } from './formatRegistry';
import { nestedDeeperThan } from './jsonNesting';

// Reading an .argmap file up to its schema check, without zod: parseArgmap (argmapFormat.ts)
// finishes it with the schema at hand; loadArgmap finishes a valid file without loading zod at all.

/** The marker that tells an Argmap file from any other JSON. */
export const FORMAT_NAME = 'argmap';
export const FILE_EXTENSION = FORMATS.argmap.extensions[0];

/** The envelope on disk: `{ format: "argmap", version, map }`. */
export interface ArgmapEnvelope {
  format: typeof FORMAT_NAME;
  version: number;
  map: ArgumentMap;
}

/**
 * How deeply a map's JSON ever nests: envelope › map › nodes › node › position, tags or source
 * (relations › relation › from or to is as deep).
 */
export const MAP_NESTING = 5;
/**
 * Text nested deeper is refused before it is parsed. Well above MAP_NESTING, so that a file only a
 * little wrong is left to the schema, which names the place; far below what any walk could choke on.
 */
export const MAX_FILE_NESTING = 64;

/** The migration chain to load with; tests pass a synthetic one. */
export interface MigrationSetup {
  chain: Record<number, Migration>;
  currentVersion: number;
}

export const SHIPPED_MIGRATIONS: MigrationSetup = { chain: migrations, currentVersion: CURRENT_VERSION };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An opened file: its map migrated to the current format but not yet checked, and the version it had. */
export type OpenedArgmap = { ok: true; map: unknown; version: number };
type LoadFailure = Extract<LoadResult, { ok: false }>;

/** Reads the text of an .argmap file up to the schema: JSON, envelope, migrations. Never throws. */
export function openArgmap(text: string, setup: MigrationSetup = SHIPPED_MIGRATIONS): OpenedArgmap | LoadFailure {
  let raw: unknown;
  // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = nestedDeeperThan(json, MAX_FILE_NESTING);
  if (tooDeep) {
    return {
      ok: false,
      reason: 'invalid-schema',
      message: `The file is nested ${tooDeep} levels deep; a map is at most ${MAP_NESTING} levels deep.`,
    };
  }
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'invalid-json', message: `The file is not valid JSON (${detail}).` };
  }
  const duplicate = firstDuplicateKey(json, raw);
  if (duplicate) {
    return {
      ok: false,
      reason: 'invalid-schema',
      path: duplicate.path,
      message: `The map is damaged at ${duplicate.path}: "${duplicate.key}" appears twice (duplicate id or key).`,
    };
  }
  if (!isPlainObject(raw) || raw.format !== FORMAT_NAME) {
    return {
      ok: false,
      reason: 'invalid-schema',
      path: 'format',
      message: 'The file is JSON but not an Argmap map (it lacks "format": "argmap").',
    };
  }
  const version = raw.version;
  if (typeof version !== 'number') {
    return {
      ok: false,
      reason: 'invalid-schema',
      path: 'version',
      message: 'The file has no format "version" number.',
    };
  }
  const migrated = migrate(raw.map, version, setup.currentVersion, setup.chain);
  if (!migrated.ok) {
    return { ok: false, reason: migrated.reason, path: 'version', message: migrated.message };
  }
  return { ok: true, map: migrated.map, version };
}

/** The load result of an opened file, given what the schema said of its map. */
export function checkedArgmap(opened: OpenedArgmap, checked: SchemaCheck, setup: MigrationSetup): LoadResult {
  if (!checked.ok) {
    const path = `map.${checked.path}`;
    return { ok: false, reason: 'invalid-schema', path, message: `The map is damaged at ${path}: ${checked.message}.` };
  }
  return opened.version < setup.currentVersion
    ? { ok: true, map: checked.map, migratedFrom: opened.version }
    : { ok: true, map: checked.map };
}

/**
 * parseArgmap for a caller that can wait: the same answer, but zod is loaded only for a map the
 * fast check does not vouch for, so a command line reading a valid file never loads it.
 */
export async function loadArgmap(text: string, setup: MigrationSetup = SHIPPED_MIGRATIONS): Promise<LoadResult> {
  const opened = openArgmap(text, setup);
  if (!opened.ok) return opened;
  // The map was parsed here and no one else holds it: its objects may be kept rather than copied.
  const checked =
    vouchForMap(opened.map, true) ?? (await import('../schema/argumentMapSchema')).checkParsedMap(opened.map);
  return checkedArgmap(opened, checked, setup);
}
