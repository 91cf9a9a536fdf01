import { NODE_STATUS_LABELS, type NodeStatus } from '../../../shared/evaluation/statuses';
import { StatusChip } from './StatusChip';
import './evaluation.css';

const MEANINGS: Record<NodeStatus, string> = {
  stands: 'every attack on it fails, and it is given, accepted or supported',
  falls: 'rejected, or an attack on it holds, or every support on it fails',
  open: 'undecided, e.g. in a cycle of attacks',
};

/** What the statuses mean, for the legend while the evaluation is shown. */
export function EvaluationLegend() {
  return (
    <ul className="legend__list" aria-label="Statuses">
      {(Object.keys(MEANINGS) as NodeStatus[]).map((status) => (
        <li key={status} className="legend__item" title={`${NODE_STATUS_LABELS[status]}: ${MEANINGS[status]}`}>
          <StatusChip status={status} />
          <span>{MEANINGS[status]}</span>
        </li>
      ))}
      <li className="legend__item">
        <svg width="36" height="12" aria-hidden className="legend__line" opacity={0.3}>
          <line x1="2" y1="6" x2="34" y2="6" stroke="currentColor" strokeWidth={2} />
        </svg>
        Faded arrow: the relation fails
      </li>
    </ul>
  );
}
