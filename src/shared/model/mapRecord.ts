import type { NodeId, RelationId } from './ids';
import { metadataRecord } from './metadataRecord';
import { nodeRecord } from './nodeRecord';
import { id, object, optional, table, type ValueOf } from './recordFields';
import { relationRecord } from './relationRecord';
import { storylineRecord } from './storylineRecord';

/** The document: its metadata, its nodes and relations keyed by id (convention 6), and the storyline that presents it. */
export const argumentMapRecord = object({
  meta: metadataRecord,
  nodes: table(id<NodeId>(), nodeRecord),
  relations: table(id<RelationId>(), relationRecord),
  storyline: optional(storylineRecord),
});
export type ArgumentMap = ValueOf<typeof argumentMapRecord>;
