import type { ArgumentMap } from '../model/argumentMap';
import { argumentMapRecord } from '../model/mapRecord';
import { metadataRecord } from '../model/metadataRecord';
import { nodeRecord, positionRecord, sourcePassageRecord } from '../model/nodeRecord';
import { relationRecord, relationTargetRecord } from '../model/relationRecord';
import { sourceReferenceRecord } from '../model/sourceReferenceRecord';
import { lazySchema } from './lazySchema';
import { checkReferences, type RawMap } from './mapRules';
import { vouchForMap, type SchemaCheck } from './mapCheck';
import { fieldSchema, recordSchema } from './recordSchema';

export { LIMITS } from './mapRules';
export type { SchemaCheck } from './mapCheck';
// For the fast check's tests, which hold it to the schemas.
export { META_KEYS, NODE_KEYS, plainlyValidMap, RELATION_KEYS, SOURCE_REFERENCE_KEYS } from './plainMap';

// The zod schemas of the records, built from their declarations (model/nodeRecord.ts…) on first
// use (lazySchema): loading a valid map needs none of them (see mapCheck.ts), and building them
// costs a process that only imports this module 5-9 ms of CPU (measured: the map's schemas, cold,
// and a first parse).

export const positionSchema = lazySchema(() => recordSchema(positionRecord));
export const sourcePassageSchema = lazySchema(() => recordSchema(sourcePassageRecord));
export const argNodeSchema = lazySchema(() => recordSchema(nodeRecord));
export const relationTargetSchema = lazySchema(() => fieldSchema(relationTargetRecord));
export const relationSchema = lazySchema(() => recordSchema(relationRecord));
export const sourceReferenceSchema = lazySchema(() => recordSchema(sourceReferenceRecord));
export const mapMetadataSchema = lazySchema(() => recordSchema(metadataRecord));

/** The whole map: its records, and the rules between them (mapRules.ts). */
export const argumentMapSchema = lazySchema(() =>
  recordSchema(argumentMapRecord).superRefine((map, ctx) =>
    checkReferences(map as RawMap, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  ),
);

/** Formats a zod issue path as `nodes.n-1.kind` (or `(root)` for the top). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates an unknown value as an argument map; reports the first problem with its path. */
export function checkArgumentMap(value: unknown): SchemaCheck {
  return check(value, false);
}

/**
 * checkArgumentMap for a value JSON.parse has just made and its caller holds alone (parseArgmap):
 * the map returned may be the value's own objects where they are already what the schema would
 * return, instead of copies (a large map loads with half the objects).
 */
export function checkParsedMap(value: unknown): SchemaCheck {
  return check(value, true);
}

function check(value: unknown, reuse: boolean): SchemaCheck {
  const vouched = vouchForMap(value, reuse);
  if (vouched) return vouched;
  const parsed = argumentMapSchema.safeParse(value);
  if (parsed.success) {
    // Branded ids are plain strings on disk; the schema has just vouched for them.
    return { ok: true, map: parsed.data as unknown as ArgumentMap };
  }
  const first = parsed.error.issues[0];
  return { ok: false, path: formatPath(first?.path ?? []), message: first?.message ?? 'Invalid map' };
}
