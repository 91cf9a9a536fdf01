import { useDeferredValue, type KeyboardEvent } from 'react';
import { useEditor, useEditorStore } from '../store/useEditor';
import { InspectorMap } from './InspectorMap';
import { InspectorNode } from './InspectorNode';
import { InspectorRelation } from './InspectorRelation';
import { InspectorSelection } from './InspectorSelection';
import { openFind } from '../store/findActions';
import './panelLayout.css';
import './inspector.css';

/**
 * The right-hand panel: the selected node's fields, the selected relation's kind
 * and ends, actions for a multiple selection, or the map's facts with nothing selected.
 */
export function Inspector() {
  const store = useEditorStore();
  // Deferred: the canvas shows an edit first, the panel follows a moment later instead of delaying it.
  const map = useDeferredValue(useEditor((state) => state.document));
  const nodes = useDeferredValue(useEditor((state) => state.session.selected));
  const relations = useDeferredValue(useEditor((state) => state.session.selectedRelations));
  if (!map) return null;

  const [nodeId] = nodes;
  const [relationId] = relations;
  const node = nodes.size === 1 && relations.size === 0 ? map.nodes[nodeId] : undefined;
  const relation = nodes.size === 0 && relations.size === 1 ? map.relations[relationId] : undefined;
  let content;
  if (node) content = <InspectorNode key={node.id} map={map} node={node} />;
  else if (relation) content = <InspectorRelation key={relation.id} map={map} relation={relation} />;
  else if (nodes.size + relations.size > 0)
    content = <InspectorSelection map={map} nodes={nodes} relations={relations} />;
  else content = <InspectorMap map={map} />;

  // The map's shortcuts stand aside while a field has the focus; Ctrl+F is worth having from there too.
  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      openFind(store);
    }
  };

  return (
    <aside className="side-panel inspector" aria-labelledby="inspector-title" onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2 className="panel-header__title" id="inspector-title">
          Inspector
        </h2>
      </header>
      {/* Focusable, so keyboard users can scroll a long description or relation list. */}
      <div className="inspector__body" tabIndex={0} role="group" aria-labelledby="inspector-title">
        {content}
      </div>
    </aside>
  );
}
