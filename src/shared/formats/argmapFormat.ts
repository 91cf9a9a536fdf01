import type { ArgumentMap } from '../model/argumentMap';
import { argumentMapSchema, checkParsedMap, plainlyValidMap } from '../schema/argumentMapSchema';
import type { LoadResult } from '../schema/loadResult';
import { CURRENT_VERSION } from '../schema/migrations';
import {
  checkedArgmap,
  FORMAT_NAME,
  openArgmap,
  SHIPPED_MIGRATIONS,
  type ArgmapEnvelope,
  type MigrationSetup,
} from './argmapEnvelope';

export {
  FILE_EXTENSION,
  FORMAT_NAME,
  loadArgmap,
  MAP_NESTING,
  MAX_FILE_NESTING,
  type ArgmapEnvelope,
  type MigrationSetup,
} from './argmapEnvelope';

/** Parses the text of an .argmap file: JSON, envelope, migrations, schema. Never throws. */
export function parseArgmap(text: string, setup: MigrationSetup = SHIPPED_MIGRATIONS): LoadResult {
  const opened = openArgmap(text, setup);
  if (!opened.ok) return opened;
  // The map was parsed here and no one else holds it: its objects may be kept rather than copied.
  return checkedArgmap(opened, checkParsedMap(opened.map), setup);
}

/**
 * Serialises a map in the current format: indented, newline-terminated, and
 * canonical (the schema fixes key order), so save-load-save gives the same bytes.
 * Validating here means a broken document is never written; it throws, as that
 * is a bug in the app, not bad input.
 */
export function serializeArgmap(map: ArgumentMap): string {
  // The fast check returns exactly what the schema would, for a plainly valid map; zod words the rest.
  const canonical = (plainlyValidMap(map) ?? argumentMapSchema.parse(map)) as unknown as ArgumentMap;
  const envelope: ArgmapEnvelope = { format: FORMAT_NAME, version: CURRENT_VERSION, map: canonical };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
