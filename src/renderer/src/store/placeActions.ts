import type { NodeId } from '../../../shared/model/ids';
import type { EditorStore } from './editorStore';
import { revealNode, singleSelected } from './selection';

/** Context levels focus mode starts with, and the most it offers (beyond that, leave focus). */
export const FOCUS_LEVELS = { initial: 2, min: 1, max: 6 } as const;

/** Goes back (-1) or forward (+1) through the nodes the user has been to, and shows the one reached. */
export function goThroughVisits(store: EditorStore, direction: -1 | 1): void {
  const document = store.getState().document;
  if (!document) return;
  const id = store.visits.step(direction, (visited) => Boolean(document.nodes[visited]));
  if (id) revealNode(store, id);
  else store.notify(direction < 0 ? 'Nothing to go back to.' : 'Nothing to go forward to.');
}

/**
 * Focus mode on the selected node: it and its context (`levels` relations around it) stand out,
 * the rest of the map is dimmed, and the view fits the context. The same key again on the same node leaves it.
 */
export function toggleFocus(store: EditorStore): void {
  const id = singleSelected(store);
  const { focus } = store.getState().session;
  if (!id) return;
  if (focus?.id === id) leaveFocus(store);
  else focusOn(store, id, focus?.levels ?? FOCUS_LEVELS.initial);
}

export function focusOn(store: EditorStore, id: NodeId, levels: number): void {
  const clamped = Math.min(FOCUS_LEVELS.max, Math.max(FOCUS_LEVELS.min, levels));
  store.updateSession((session) => ({ ...session, focus: { id, levels: clamped } }));
}

/** Shows the whole map again. */
export function leaveFocus(store: EditorStore): void {
  store.updateSession((session) => (session.focus ? { ...session, focus: null } : session));
}
