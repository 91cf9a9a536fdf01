import { NODE_STATUS_LABELS, type NodeStatus } from '../../../shared/evaluation/statuses';
import type { NodeMark } from '../../../shared/model/kinds';
import { StatusIcon } from './StatusIcon';
import './evaluation.css';

const MARK_WORDS: Record<NodeMark, string> = { accepted: 'you accepted it', rejected: 'you rejected it' };

/** A node's status as colour, shape and word; during a what-if that changes it, what it was. */
export function StatusChip({
  status,
  before = null,
  mark,
}: {
  status: NodeStatus;
  before?: NodeStatus | null;
  mark?: NodeMark;
}) {
  const word = NODE_STATUS_LABELS[status];
  const title = [
    word,
    mark ? `(${MARK_WORDS[mark]})` : '',
    before ? `— was ${NODE_STATUS_LABELS[before].toLowerCase()} before the what-if` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={`status-chip status-chip--${status}`} title={title} data-status={status}>
      <StatusIcon status={status} />
      {word}
      {mark && <span className="status-chip__was">{mark === 'accepted' ? ' · accepted' : ' · rejected'}</span>}
      {before && <span className="status-chip__was"> (was {NODE_STATUS_LABELS[before].toLowerCase()})</span>}
    </span>
  );
}
