import type { ArgumentMap } from '../model/argumentMap';
import { argumentMapSchema, checkParsedMap } from '../schema/argumentMapSchema';
import type { LoadResult } from '../schema/loadResult';
import { firstDuplicateKey } from './duplicateKeys';
import { FORMATS } from './formatRegistry';
import { nestedDeeperThan } from './jsonNesting';
import { CURRENT_VERSION, migrate, migrations, type Migration } from '../schema/migrations';

/** The marker that tells an Argmap file from any other JSON. */
export const FORMAT_NAME = 'argmap';
export const FILE_EXTENSION = FORMATS.argmap.extensions[0];

/** The envelope on disk: `{ format: "argmap", version, map }`. */
export interface ArgmapEnvelope {
  format: typeof FORMAT_NAME;
  version: number;
  map: ArgumentMap;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

const SHIPPED_MIGRATIONS: MigrationSetup = { chain: migrations, currentVersion: CURRENT_VERSION };

/** Parses the text of an .argmap file: JSON, envelope, migrations, schema. Never throws. */
export function parseArgmap(text: string, setup: MigrationSetup = SHIPPED_MIGRATIONS): LoadResult {
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
  // The map was parsed here and no one else holds it: its objects may be kept rather than copied.
  const checked = checkParsedMap(migrated.map);
  if (!checked.ok) {
    const path = `map.${checked.path}`;
    return { ok: false, reason: 'invalid-schema', path, message: `The map is damaged at ${path}: ${checked.message}.` };
  }
  return version < setup.currentVersion
    ? { ok: true, map: checked.map, migratedFrom: version }
    : { ok: true, map: checked.map };
}

/**
 * Serialises a map in the current format: indented, newline-terminated, and
 * canonical (the schema fixes key order), so save-load-save gives the same bytes.
 * Validating here means a broken document is never written; it throws, as that
 * is a bug in the app, not bad input.
 */
export function serializeArgmap(map: ArgumentMap): string {
  const canonical = argumentMapSchema.parse(map) as unknown as ArgumentMap;
  const envelope: ArgmapEnvelope = { format: FORMAT_NAME, version: CURRENT_VERSION, map: canonical };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
