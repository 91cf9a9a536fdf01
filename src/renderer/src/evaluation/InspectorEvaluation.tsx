import type { ArgNode } from '../../../shared/model/argumentMap';
import type { NodeMark } from '../../../shared/model/kinds';
import { markNodes } from '../../../shared/commands/markNodes';
import { useEditor, useEditorStore } from '../store/useEditor';
import { evaluationShown } from '../store/evaluationView';
import { endWhatIf, startWhatIf } from '../store/markActions';
import { revealNode } from '../store/selection';
import { StatusChip } from './StatusChip';
import './evaluation.css';

const MARKS: readonly { mark: NodeMark | null; label: string; hint: string }[] = [
  { mark: null, label: 'No mark', hint: 'Let the map decide whether it stands' },
  { mark: 'accepted', label: 'Accepted', hint: 'Take it as given: it stands unless an attack on it holds' },
  { mark: 'rejected', label: 'Rejected', hint: 'It falls, whatever supports it' },
];

/**
 * The selected node's status and why (its named nodes are links that select them), the user's mark
 * on it, and the what-if that shows what would change were it rejected or accepted.
 */
export function InspectorEvaluation({ node }: { node: ArgNode }) {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const shown = useEditor((state) => state.session.panels.evaluation);
  const whatIf = useEditor((state) => state.session.whatIf);
  const evaluation = document && shown ? evaluationShown(document, whatIf) : null;
  const explanation = evaluation?.explain(node.id);
  const before = evaluation?.before?.nodes.get(node.id) ?? null;
  const imagining = whatIf?.node === node.id;
  return (
    <section className="inspector-section" aria-label="Evaluation">
      <h3 className="inspector__heading">Evaluation</h3>
      {explanation ? (
        <div className="field">
          <StatusChip
            status={explanation.status}
            before={before !== explanation.status ? before : null}
            mark={node.mark}
          />
          <p className="explanation" aria-label="Explanation">
            {explanation.parts.map((part, i) =>
              typeof part === 'string' ? (
                part
              ) : (
                <button
                  key={i}
                  type="button"
                  className="explanation__link"
                  title="Select this node"
                  onClick={() => revealNode(store, part.node)}
                >
                  {part.text}
                </button>
              ),
            )}
          </p>
        </div>
      ) : (
        <p className="inspector__hint">
          <button type="button" className="button" onClick={() => store.togglePanel('evaluation')}>
            Show Evaluation
          </button>{' '}
          to see whether it stands, falls or is open, and why.
        </p>
      )}
      <div className="field" role="group" aria-label="Your mark">
        <span className="field__label">Your mark</span>
        <div className="mark-choice">
          {MARKS.map(({ mark, label, hint }) => (
            <button
              key={label}
              type="button"
              className="button"
              title={hint}
              aria-pressed={(node.mark ?? null) === mark}
              onClick={() => store.run(markNodes, { ids: [node.id], mark })}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <div className="field" role="group" aria-label="What if">
        <span className="field__label">What if…</span>
        <div className="mark-choice">
          <button
            type="button"
            className="button"
            aria-pressed={imagining && whatIf?.mark === 'rejected'}
            title="Show how statuses would change if this node were rejected; the map stays as it is"
            onClick={() =>
              imagining && whatIf?.mark === 'rejected' ? endWhatIf(store) : startWhatIf(store, 'rejected')
            }
          >
            What if rejected?
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={imagining && whatIf?.mark === 'accepted'}
            title="Show how statuses would change if this node were accepted; the map stays as it is"
            onClick={() =>
              imagining && whatIf?.mark === 'accepted' ? endWhatIf(store) : startWhatIf(store, 'accepted')
            }
          >
            What if accepted?
          </button>
        </div>
      </div>
    </section>
  );
}
