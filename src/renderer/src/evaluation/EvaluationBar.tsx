import type { NodeStatus } from '../../../shared/evaluation/statuses';
import { useEditor, useEditorStore } from '../store/useEditor';
import { evaluationShown } from '../store/evaluationView';
import { endWhatIf } from '../store/markActions';
import { StatusChip } from './StatusChip';
import './evaluation.css';

const SHORT = 40;
const quoted = (text: string): string => `‘${text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text}’`;

/**
 * Over the canvas while the evaluation is shown: how many nodes stand, fall and are open; during a
 * what-if, which node is imagined how, how many statuses change, and the way back.
 */
export function EvaluationBar() {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const whatIf = useEditor((state) => state.session.whatIf);
  if (!document) return null;
  const { statuses, before } = evaluationShown(document, whatIf);
  const counts: Record<NodeStatus, number> = { stands: 0, falls: 0, open: 0 };
  let changed = 0;
  for (const [id, status] of statuses.nodes) {
    counts[status]++;
    if (before && before.nodes.get(id) !== status) changed++;
  }
  const imagined = whatIf ? document.nodes[whatIf.node] : undefined;
  return (
    <div
      className={imagined ? 'evaluation-bar is-what-if' : 'evaluation-bar'}
      role="status"
      aria-label={imagined ? 'What if' : 'Evaluation'}
    >
      {imagined && whatIf ? (
        <>
          <span>
            <strong>What if</strong> {quoted(imagined.text || 'untitled')} were{' '}
            {whatIf.mark === 'rejected' ? 'rejected' : whatIf.mark === 'accepted' ? 'accepted' : 'unmarked'}:{' '}
            {changed === 0 ? 'no status changes.' : `${changed} status${changed === 1 ? '' : 'es'} change.`}
          </span>
          <button type="button" className="button" onClick={() => endWhatIf(store)}>
            End What-If
          </button>
        </>
      ) : (
        (Object.keys(counts) as NodeStatus[]).map((status) => (
          <span key={status} className="evaluation-count">
            <StatusChip status={status} /> {counts[status]}
          </span>
        ))
      )}
    </div>
  );
}
