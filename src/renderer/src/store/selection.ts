import type { NodeId, RelationId } from '../../../shared/model/ids';
import { ancestorsOf } from '../../../shared/model/graph';
import type { EditorStore } from './editorStore';

/** Selects exactly these nodes and relations (React Flow follows, since it reads the session). */
export function selectOnly(store: EditorStore, nodes: readonly NodeId[], relations: readonly RelationId[] = []): void {
  store.updateSession((session) => {
    // Keep the very same Sets when nothing changes: the canvas re-derives nodes and edges on a new one.
    const same = <T>(current: ReadonlySet<T>, next: readonly T[]): ReadonlySet<T> =>
      current.size === new Set(next).size && next.every((id) => current.has(id)) ? current : new Set(next);
    const selected = same(session.selected, nodes);
    const selectedRelations = same(session.selectedRelations, relations);
    if (selected === session.selected && selectedRelations === session.selectedRelations && !session.justCommitted) {
      return session;
    }
    return { ...session, selected, selectedRelations, justCommitted: null };
  });
}

export function selectAll(store: EditorStore): void {
  const document = store.getState().document;
  if (document) selectOnly(store, Object.keys(document.nodes) as NodeId[]);
}

/** The one selected node, if exactly one is selected. */
export function singleSelected(store: EditorStore): NodeId | null {
  const { selected } = store.getState().session;
  return selected.size === 1 ? [...selected][0] : null;
}

/** Brings a node into view on the canvas (expanding nothing; see revealNode for hidden ones). */
export function requestReveal(store: EditorStore, id: NodeId): void {
  store.updateSession((session) => ({ ...session, reveal: { id, seq: (session.reveal?.seq ?? 0) + 1 } }));
}

/**
 * Selects a node and brings it into view, unfolding any collapsed node it hides
 * under (find and the outline jump to nodes the canvas may have folded away).
 */
export function revealNode(store: EditorStore, id: NodeId): void {
  const document = store.getState().document;
  if (!document?.nodes[id]) return;
  store.updateSession((session) => {
    if (session.collapsed.size === 0) return session;
    // A fold hides the node exactly when it is above it: one walk up, not a walk down each fold.
    const above = ancestorsOf(document, id);
    const collapsed = new Set([...session.collapsed].filter((folded) => !above.has(folded)));
    return collapsed.size === session.collapsed.size ? session : { ...session, collapsed };
  });
  selectOnly(store, [id]);
  requestReveal(store, id);
}

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
