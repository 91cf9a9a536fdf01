import type { Edge, Node } from '@xyflow/react';
import type { ArgNode } from '../../../shared/model/argumentMap';
import type { RelationId } from '../../../shared/model/ids';
import type { NodeKind, RelationKind } from '../../../shared/model/kinds';
import type { NodeStatus } from '../../../shared/evaluation/statuses';

export interface ArgumentNodeData extends Record<string, unknown> {
  node: ArgNode;
  /** The card shows a text editor instead of its text. */
  editing: boolean;
  /** It has premises below it, so it gets a fold button. */
  hasChildren: boolean;
  /** When folded, how many nodes the fold hides; null when unfolded. */
  hiddenCount: number | null;
  match: 'none' | 'match' | 'current';
  /** Its status while the evaluation is shown (during a what-if, the imagined one); null when hidden. */
  status: NodeStatus | null;
  /** During a what-if, its status before, when the what-if changes it; null otherwise. */
  statusBefore: NodeStatus | null;
  /** The map's compact-cards view: a long text shows its first lines, the rest on demand. */
  compact: boolean;
}
export type ArgumentFlowNode = Node<ArgumentNodeData, NodeKind>;
/** The point where linked premises meet, or where an undercut strikes a relation. */
export type JunctionFlowNode = Node<{ relationId: RelationId; kind: RelationKind; linked: boolean }, 'junction'>;
export type FlowNode = ArgumentFlowNode | JunctionFlowNode;
/** Class on every argument card's wrapper, whatever its kind. */
export const ARGUMENT_NODE_CLASS = 'argument-node';
export type FlowEdge = Edge<{ relationId: RelationId; kind: RelationKind }>;

export { JUNCTION_SIZE } from '../../../shared/layout/junctionGeometry';
export const junctionId = (relationId: RelationId): string => `j:${relationId}`;
