import type { NodeId, RelationId } from '../model/ids';

/** What evaluation says of a node: it stands, it falls, or it stays open (undecided). */
export const NodeStatus = { stands: 'stands', falls: 'falls', open: 'open' } as const;
export type NodeStatus = (typeof NodeStatus)[keyof typeof NodeStatus];

/** What evaluation says of a relation: it holds, it fails, or it stays open. */
export const RelationStatus = { holds: 'holds', fails: 'fails', open: 'open' } as const;
export type RelationStatus = (typeof RelationStatus)[keyof typeof RelationStatus];

/** The words the app shows for each status, capitalised as on a card. */
export const NODE_STATUS_LABELS: Record<NodeStatus, string> = { stands: 'Stands', falls: 'Falls', open: 'Open' };
export const RELATION_STATUS_LABELS: Record<RelationStatus, string> = { holds: 'Holds', fails: 'Fails', open: 'Open' };

/** The status of every node and relation of one map. */
export interface Evaluation {
  readonly nodes: ReadonlyMap<NodeId, NodeStatus>;
  readonly relations: ReadonlyMap<RelationId, RelationStatus>;
}
