import type { NodeId, RelationId } from './ids';
import { metadataRecord } from './metadataRecord';
import { nodeRecord } from './nodeRecord';
import { id, object, table, type RecordMigration, type ValueOf } from './recordFields';
import { relationRecord } from './relationRecord';
import { premiseOrderFromPositions, recommendationsFollow } from './formatThreeSteps';

/** The document: its metadata, and its nodes and relations keyed by id (convention 6). */
export const argumentMapRecord = object({
  meta: metadataRecord,
  nodes: table(id<NodeId>(), nodeRecord),
  relations: table(id<RelationId>(), relationRecord),
});
export type ArgumentMap = ValueOf<typeof argumentMapRecord>;

/**
 * What each file format changed across the whole map (one record's change that reads others),
 * by the format it leaves, in the order they run, after the records' own (schema/migrations.ts).
 */
export const mapMigrations: Readonly<Record<number, readonly RecordMigration[]>> = {
  2: [
    { name: 'a recommendation follows from the node it was added to', up: recommendationsFollow },
    { name: 'premise order kept from the left-to-right positions', up: premiseOrderFromPositions },
  ],
};
