import { memo, type CSSProperties, type MouseEvent } from 'react';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS, type RelationKind } from '../../../shared/model/kinds';
import { kindColor } from '../ui/themeTokens';
import type { OutlineRow as Row } from './outlineTree';
import { NODE_STATUS_LABELS, type NodeStatus } from '../../../shared/evaluation/statuses';
import { StatusChip } from '../evaluation/StatusChip';

/** How a row bears on the row above it: a sign that reads in greyscale too. */
const RELATION_CUES: Record<RelationKind, { sign: string; meaning: string }> = {
  support: { sign: '+', meaning: 'Supports its parent' },
  attack: { sign: '−', meaning: 'Attacks its parent' },
  undercut: { sign: '⤳', meaning: 'Undercuts the inference to its parent' },
};

interface OutlineRowProps {
  row: Row;
  selected: boolean;
  /** Whether the open find bar's query matches this node. */
  matched: boolean;
  /** Its status while the evaluation is shown. */
  status: NodeStatus | null;
  /** The one row reached with Tab (roving tabindex). */
  tabbable: boolean;
  onActivate: (id: NodeId, event: MouseEvent) => void;
  onEdit: (id: NodeId) => void;
  onToggle: (id: NodeId) => void;
}

/** What a screen reader says for a row: "Reason, supports: Walking is healthy." */
function spokenName(row: Row, status: NodeStatus | null): string {
  const relation = row.relationKind ? `, ${RELATION_CUES[row.relationKind].meaning.toLowerCase()}` : '';
  const linked = row.linked ? ', linked' : '';
  const verdict = status ? `, ${NODE_STATUS_LABELS[status].toLowerCase()}` : '';
  return `${NODE_KIND_LABELS[row.kind]}${relation}${linked}${verdict}: ${row.text.trim() || 'empty'}`;
}

function OutlineRowView({ row, selected, matched, status, tabbable, onActivate, onEdit, onToggle }: OutlineRowProps) {
  const style = { '--depth': row.depth, '--kind-accent': kindColor(row.kind, 'accent') } as CSSProperties;
  const cue = row.relationKind && RELATION_CUES[row.relationKind];
  return (
    <div
      role="treeitem"
      className={matched ? 'outline-row is-match' : 'outline-row'}
      data-node-id={row.id}
      aria-level={row.depth + 1}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-label={spokenName(row, status)}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      onClick={(event) => onActivate(row.id, event)}
      onDoubleClick={() => onEdit(row.id)}
    >
      {row.hasChildren ? (
        <button
          type="button"
          className="outline-row__twisty"
          tabIndex={-1}
          aria-expanded={row.expanded}
          aria-label={row.expanded ? 'Collapse' : 'Expand'}
          title={row.expanded ? 'Collapse (Left)' : 'Expand (Right)'}
          // Keep the keyboard focus on the row: the button is for the mouse, the row has the keys.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row.id);
          }}
        >
          <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden>
            <path d="M3 1.5 L7 5 L3 8.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      ) : (
        <span className="outline-row__twisty" aria-hidden />
      )}
      {cue ? (
        <span
          className={`outline-row__cue outline-row__cue--${row.relationKind}`}
          role="img"
          aria-label={cue.meaning}
          title={row.linked ? `${cue.meaning}, together with other premises` : cue.meaning}
        >
          {cue.sign}
        </span>
      ) : (
        <span className="outline-row__cue" aria-hidden />
      )}
      {/* One line of text shows; the whole text is a hover away (and in the inspector). */}
      <span className="outline-row__body">
        <span className="outline-row__kind">
          {NODE_KIND_LABELS[row.kind]}
          {status && <StatusChip status={status} />}
        </span>
        {row.text.trim() ? (
          <span className="outline-row__text" title={row.text}>
            {row.text}
          </span>
        ) : (
          <em className="outline-row__empty">Empty</em>
        )}
      </span>
    </div>
  );
}

const ROW_FIELDS: (keyof Row)[] = [
  'id',
  'kind',
  'text',
  'depth',
  'relationKind',
  'linked',
  'parent',
  'hasChildren',
  'expanded',
  'posInSet',
  'setSize',
];

/**
 * Rows are rebuilt whenever the document changes; comparing their fields, not the
 * objects, re-renders only the rows whose node, fold or selection changed.
 */
function sameRow(a: OutlineRowProps, b: OutlineRowProps): boolean {
  return (
    a.selected === b.selected &&
    a.matched === b.matched &&
    a.status === b.status &&
    a.tabbable === b.tabbable &&
    a.onActivate === b.onActivate &&
    a.onEdit === b.onEdit &&
    a.onToggle === b.onToggle &&
    ROW_FIELDS.every((field) => a.row[field] === b.row[field])
  );
}

export const OutlineRow = memo(OutlineRowView, sameRow);
