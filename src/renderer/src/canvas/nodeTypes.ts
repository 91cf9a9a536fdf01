import type { NodeTypes } from '@xyflow/react';
import { ArgumentNode } from './ArgumentNode';
import { JunctionNode } from './JunctionNode';

/** Defined once at module level: a new object each render would remount every node. */
export const nodeTypes: NodeTypes = { argument: ArgumentNode, junction: JunctionNode };
