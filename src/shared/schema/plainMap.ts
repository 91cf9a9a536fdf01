import { argumentMapRecord } from '../model/mapRecord';
import { metadataRecord } from '../model/metadataRecord';
import { nodeRecord } from '../model/nodeRecord';
import { relationRecord } from '../model/relationRecord';
import { sourceReferenceRecord } from '../model/sourceReferenceRecord';
import { BAIL, checkOf } from './fieldCheck';
import { checkReferences, type RawMap } from './mapRules';

// The fast check of a map: fieldCheck.ts read off the map's record declarations, and the references.

/** The keys of each record, in the declared order (for the fast check's tests). */
export const NODE_KEYS: ReadonlySet<string> = new Set(nodeRecord.keys);
export const RELATION_KEYS: ReadonlySet<string> = new Set(relationRecord.keys);
export const META_KEYS: ReadonlySet<string> = new Set(metadataRecord.keys);
export const SOURCE_REFERENCE_KEYS: ReadonlySet<string> = new Set(sourceReferenceRecord.keys);

/**
 * The map exactly as `argumentMapSchema.safeParse(value).data` would be, if the map is plainly
 * valid; undefined if zod must decide (it may still accept). With `reuse`, the objects of `value`
 * that are already what the schema returns (their keys in its order) are returned themselves,
 * not copies. Exported for its tests.
 */
export function plainlyValidMap(value: unknown, reuse = false): RawMap | undefined {
  const map = checkOf(argumentMapRecord)(value, reuse);
  if (map === BAIL) return undefined;
  let problem = false;
  checkReferences(map as RawMap, () => void (problem = true));
  return problem ? undefined : (map as RawMap);
}
