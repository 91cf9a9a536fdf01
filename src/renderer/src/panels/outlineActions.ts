import type { NodeId } from '../../../shared/model/ids';
import type { EditorStore } from '../store/editorStore';
import { hiddenNodes } from '../store/structureActions';
import { requestReveal } from '../store/selection';

/** Shift-click or Shift+arrow: adds a node to the selection and brings it into view. */
export function addToSelection(store: EditorStore, id: NodeId): void {
  if (!store.getState().document?.nodes[id]) return;
  store.updateSession((session) =>
    session.selected.has(id)
      ? session
      : { ...session, selected: new Set([...session.selected, id]), justCommitted: null },
  );
  requestReveal(store, id);
}

/** Ctrl-click: adds a node to the selection, or takes it out if it was in. */
export function toggleInSelection(store: EditorStore, id: NodeId): void {
  if (!store.getState().document?.nodes[id]) return;
  store.updateSession((session) => {
    const selected = new Set(session.selected);
    if (!selected.delete(id)) selected.add(id);
    return { ...session, selected, justCommitted: null };
  });
}

/**
 * Folds exactly these nodes (an empty list unfolds everything). Like a single
 * fold, it drops from the selection what disappears under a fold.
 */
export function setCollapsed(store: EditorStore, ids: Iterable<NodeId>): void {
  const document = store.getState().document;
  if (!document) return;
  const collapsed = new Set(ids);
  const hidden = hiddenNodes(document, collapsed);
  store.updateSession((session) => ({
    ...session,
    collapsed,
    selected: new Set([...session.selected].filter((id) => !hidden.has(id))),
  }));
}
