// The records of a map. Each is declared once, with its fields' bounds, in a module of its own
// (nodeRecord.ts, relationRecord.ts, metadataRecord.ts, sourceReferenceRecord.ts, mapRecord.ts):
// the types here, the zod schema and the fast check are all derived from that declaration.
import type { ArgumentMap } from './mapRecord';

export type { ArgNode, Position, SourcePassage } from './nodeRecord';
export type { Relation, RelationTarget } from './relationRecord';
export type { MapMetadata } from './metadataRecord';
export type { SourceReference } from './sourceReferenceRecord';
export type { Participant } from './participantRecord';
export type { ArgumentMap } from './mapRecord';

/** A map with nothing on it yet: what File › New starts from. */
export const emptyMap = (title = 'Untitled'): ArgumentMap => ({ meta: { title }, nodes: {}, relations: {} });
