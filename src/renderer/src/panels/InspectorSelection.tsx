import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { kindColor } from '../ui/themeTokens';
import { linkablePremises } from '../../../shared/commands/linkedPremises';
import { useEditorStore } from '../store/useEditor';
import { groupSelection, layoutMap, ungroupSelection } from '../store/structureActions';
import { requestDelete } from '../store/deleteActions';
import { hasLinkedPremise, nodeName } from './inspectorModel';

/** How many selected nodes are named before "and N more". */
const LISTED = 6;

interface InspectorSelectionProps {
  map: ArgumentMap;
  nodes: ReadonlySet<NodeId>;
  relations: ReadonlySet<RelationId>;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Several things selected: what they are, and what can be done to all of them at once. */
export function InspectorSelection({ map, nodes, relations }: InspectorSelectionProps) {
  const store = useEditorStore();
  const ids = [...nodes];
  const parts = [
    nodes.size > 0 && plural(nodes.size, 'node'),
    relations.size > 0 && plural(relations.size, 'relation'),
  ];
  const link = linkablePremises(map, ids);
  const canUnlink = hasLinkedPremise(map, nodes);
  // Actions that would be refused look disabled, yet stay clickable: the click says why (the store's notice).
  const unavailable = (reason: string | null) =>
    reason ? { 'aria-disabled': true, title: reason, className: 'inspector-button is-unavailable' } : {};
  return (
    <div className="inspector-section">
      <h3 className="inspector__heading">{parts.filter(Boolean).join(' and ')} selected</h3>
      {ids.length > 0 && (
        <ul className="selection-list">
          {ids.slice(0, LISTED).map((id) => {
            const node = map.nodes[id];
            if (!node) return null;
            return (
              <li key={id} className="selection-list__item">
                <span className="selection-list__kind" style={{ color: kindColor(node.kind, 'accent') }}>
                  {NODE_KIND_LABELS[node.kind]}
                </span>{' '}
                {nodeName(node, 60)}
              </li>
            );
          })}
          {ids.length > LISTED && <li className="selection-list__more">and {ids.length - LISTED} more</li>}
        </ul>
      )}
      <div className="inspector__actions">
        {nodes.size > 1 && (
          <>
            <button
              type="button"
              className="inspector-button"
              {...unavailable(link.ok ? null : link.reason)}
              onClick={() => groupSelection(store)}
            >
              Link as premises
            </button>
            <button
              type="button"
              className="inspector-button"
              {...unavailable(canUnlink ? null : 'None of the selected nodes is part of a linked argument.')}
              onClick={() => ungroupSelection(store)}
            >
              Unlink
            </button>
            <button type="button" className="inspector-button" onClick={() => layoutMap(store, true)}>
              Lay out selection
            </button>
          </>
        )}
        <button
          type="button"
          className="inspector-button inspector-button--danger"
          title="Delete (Delete)"
          onClick={() => requestDelete(store)}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
