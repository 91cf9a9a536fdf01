import type { NodeId, RelationId } from './ids';
import { metadataRecord } from './metadataRecord';
import { nodeRecord } from './nodeRecord';
import { id, object, table, type ValueOf } from './recordFields';
import { relationRecord } from './relationRecord';

/** The document: its metadata, and its nodes and relations keyed by id (convention 6). */
export const argumentMapRecord = object({
  meta: metadataRecord,
  nodes: table(id<NodeId>(), nodeRecord),
  relations: table(id<RelationId>(), relationRecord),
});
export type ArgumentMap = ValueOf<typeof argumentMapRecord>;
