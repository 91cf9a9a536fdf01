import type { NodeId, RelationId } from './ids';
import { metadataRecord } from './metadataRecord';
import { nodeRecord } from './nodeRecord';
import { id, object, optional, table, type RecordMigration, type ValueOf } from './recordFields';
import { relationRecord } from './relationRecord';
import { premiseOrderFromPositions, recommendationsFollow } from './formatThreeSteps';
import { storylineRecord } from './storylineRecord';

/** The document: its metadata, its nodes and relations keyed by id (convention 6), and the storyline that presents it. */
export const argumentMapRecord = object({
  meta: metadataRecord,
  nodes: table(id<NodeId>(), nodeRecord),
  relations: table(id<RelationId>(), relationRecord),
  storyline: optional(storylineRecord),
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
  /**
   * Format 4 adds the optional storyline (model/storylineRecord.ts). A format-3 map is already a
   * valid format-4 one; the number rose so that an older app meeting a storyline says "made with a
   * newer version" instead of "invalid".
   */
  3: [{ name: 'storyline of presentation steps' }],
};
