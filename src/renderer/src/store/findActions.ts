import { findMatches } from '../../../shared/model/search';
import type { EditorStore } from './editorStore';
import { revealNode } from './selection';

/** Opens the find bar (it focuses its own field). */
export function openFind(store: EditorStore): void {
  store.updateSession((session) => ({ ...session, find: { ...session.find, open: true } }));
}

/** Goes to the next (or previous) match, wrapping around, and shows it on the canvas. */
export function stepFind(store: EditorStore, step: 1 | -1): void {
  const { document, session } = store.getState();
  if (!document) return;
  const matches = findMatches(document, session.find.query);
  if (matches.length === 0) {
    openFind(store);
    return;
  }
  const current = session.find.open ? (session.find.current + step + matches.length) % matches.length : 0;
  store.updateSession((s) => ({ ...s, find: { ...s.find, open: true, current } }));
  revealNode(store, matches[current]);
}
