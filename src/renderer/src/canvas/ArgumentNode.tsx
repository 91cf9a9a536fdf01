import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { NODE_STYLES } from '../../../shared/render/palette';
import { NODE_WIDTH } from '../../../shared/layout/nodeSize';
import type { ArgumentFlowNode } from './flowTypes';

/**
 * One claim, reason, objection… as a card: the kind on top in its colour, the
 * text wrapped beneath. Premises connect upward into what they bear on.
 */
function ArgumentNodeView({ data, selected }: NodeProps<ArgumentFlowNode>) {
  const { node } = data;
  const look = NODE_STYLES[node.kind];
  const style = {
    width: NODE_WIDTH,
    '--kind-accent': look.accent,
    '--kind-fill': look.fill,
    '--kind-border': look.border,
  } as CSSProperties;
  return (
    <div className={`arg-node arg-node--${node.kind}${selected ? ' is-selected' : ''}`} style={style}>
      <Handle type="target" position={Position.Bottom} className="arg-handle" />
      <div className="arg-node__header">
        <span className="arg-node__kind">{NODE_KIND_LABELS[node.kind]}</span>
        <span className="arg-node__marks">
          {node.notes && (
            <span className="arg-node__mark" title={`Note: ${node.notes}`} aria-label={`Note: ${node.notes}`}>
              ✎
            </span>
          )}
          {node.source && (
            <span
              className="arg-node__mark"
              title={`Source: “${node.source.quote}”`}
              aria-label={`Source: “${node.source.quote}”`}
            >
              ❝
            </span>
          )}
        </span>
      </div>
      <div className="arg-node__text">{node.text || <em className="arg-node__empty">Empty</em>}</div>
      <Handle type="source" position={Position.Top} className="arg-handle" />
    </div>
  );
}

export const ArgumentNode = memo(ArgumentNodeView);
