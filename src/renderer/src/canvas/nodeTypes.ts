import type { NodeTypes } from '@xyflow/react';
import { NODE_KINDS } from '../../../shared/model/kinds';
import { ArgumentNode } from './ArgumentNode';
import { JunctionNode } from './JunctionNode';

/**
 * One node type per kind (all drawn by the memoized card, styled by kind), plus
 * junctions. Defined once at module level: a new object each render would remount every node.
 */
export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, ArgumentNode])),
  junction: JunctionNode,
};
