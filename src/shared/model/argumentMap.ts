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
export type { StoryStep, StepShows } from './storylineRecord';

/** The title of a map nobody has named: what File › New starts with. */
export const UNTITLED = 'Untitled';

/** A map with nothing on it yet: what File › New starts from. */
export const emptyMap = (title = UNTITLED): ArgumentMap => ({ meta: { title }, nodes: {}, relations: {} });

/** Whether the user has not given the map a title (it has none, or File › New's). */
export const isUntitled = (map: Pick<ArgumentMap, 'meta'>): boolean =>
  map.meta.title.trim() === '' || map.meta.title.trim() === UNTITLED;
