import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { kindColor } from '../ui/themeTokens';
import {
  COMPACT_LINES,
  COMPACT_LINES_UNDER_TITLE,
  estimateLineCount,
  NODE_WIDTH,
} from '../../../shared/layout/nodeSize';
import { useEditorStore } from '../store/useEditor';
import { toggleCollapsed } from '../store/structureActions';
import type { ArgumentFlowNode } from './flowTypes';
import { NodeTextEditor } from './NodeTextEditor';

/**
 * One claim, reason, objection… as a card: the kind on top in its colour, the title (if it has
 * one) as its heading, the text wrapped beneath — in the compact-cards view its first lines, the
 * whole text in a tooltip and while the card is selected. Premises connect upward into what they bear on: drag from
 * the handle on a card's top edge onto the node it supports or attacks.
 */
function ArgumentNodeView({ data, selected }: NodeProps<ArgumentFlowNode>) {
  const { node, editing, hasChildren, hiddenCount, match, compact } = data;
  const store = useEditorStore();
  const style = {
    width: NODE_WIDTH,
    '--kind-accent': kindColor(node.kind, 'accent'),
    '--kind-fill': kindColor(node.kind, 'fill'),
    '--kind-border': kindColor(node.kind, 'border'),
  } as CSSProperties;
  const classes = ['arg-node', `arg-node--${node.kind}`];
  if (selected) classes.push('is-selected');
  if (match !== 'none') classes.push(match === 'current' ? 'is-current-match' : 'is-match');
  const folded = hiddenCount !== null;
  return (
    <div className={classes.join(' ')} style={style}>
      {/* Connections start at the top (the premise's end) only, so a drag always means "this bears on that". */}
      <Handle type="target" position={Position.Bottom} className="arg-handle" isConnectableStart={false}>
        <span className="arg-handle__dot" />
      </Handle>
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
      {node.title && <h3 className="arg-node__title">{node.title}</h3>}
      {editing ? (
        <NodeTextEditor node={node} />
      ) : (
        <CardText text={node.text} titled={Boolean(node.title)} compact={compact} />
      )}
      {node.tags.length > 0 && (
        <ul className="arg-node__tags" aria-label="Tags">
          {node.tags.map((tag) => (
            // A tag too long for the card is cut with "…" (styles.css); hovering shows it whole.
            <li key={tag} className="arg-node__tag" title={tag}>
              {tag}
            </li>
          ))}
        </ul>
      )}
      {(hasChildren || folded) && (
        <button
          type="button"
          className={`arg-node__fold nodrag${folded ? ' is-folded' : ''}`}
          title={folded ? `Expand: show ${hiddenCount} hidden nodes` : 'Collapse the nodes below'}
          aria-label={folded ? `Expand, ${hiddenCount} nodes hidden` : 'Collapse'}
          aria-expanded={!folded}
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            toggleCollapsed(store, node.id);
          }}
        >
          {folded ? `+${hiddenCount}` : '−'}
        </button>
      )}
      <Handle type="source" position={Position.Top} className="arg-handle">
        <span className="arg-handle__dot" />
      </Handle>
    </div>
  );
}

/** The card's text; shortened in the compact-cards view, with the whole of it as a tooltip. */
function CardText({ text, titled, compact }: { text: string; titled: boolean; compact: boolean }) {
  if (!text) {
    return (
      <div className="arg-node__text">
        <em className="arg-node__empty">{titled ? 'No text' : 'Empty'}</em>
      </div>
    );
  }
  const lines = titled ? COMPACT_LINES_UNDER_TITLE : COMPACT_LINES;
  const shortened = compact && estimateLineCount(text) > lines;
  return shortened ? (
    <div className="arg-node__text is-shortened" title={text} style={{ '--shown-lines': lines } as CSSProperties}>
      {text}
    </div>
  ) : (
    <div className="arg-node__text">{text}</div>
  );
}

export const ArgumentNode = memo(ArgumentNodeView);
