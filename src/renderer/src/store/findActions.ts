import { findMatches } from '../../../shared/search/findMatches';
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
  const current = session.find.open ? wrapIndex(session.find.current + step, matches.length) : 0;
  store.updateSession((s) => ({ ...s, find: { ...s.find, open: true, current } }));
  revealNode(store, matches[current]);
}

/** `current` wrapped into the list of `count` matches, the way the canvas reads it; -1 without matches. */
export function wrapIndex(current: number, count: number): number {
  if (count <= 0) return -1;
  return ((current % count) + count) % count;
}

/** "3 of 12", "No matches", or nothing while the query is blank. */
export function findCountText(query: string, current: number, count: number): string {
  if (!query.trim()) return '';
  if (count === 0) return 'No matches';
  return `${wrapIndex(current, count) + 1} of ${count}`;
}

/** Hides the find bar and keeps the query for next time. */
export function closeFind(store: EditorStore): void {
  store.updateSession((session) =>
    session.find.open ? { ...session, find: { ...session.find, open: false } } : session,
  );
}

/** A new query: the search starts again from the first match, which is selected and brought into view. */
export function setFindQuery(store: EditorStore, query: string): void {
  store.updateSession((session) => ({ ...session, find: { ...session.find, query, current: 0 } }));
  const document = store.getState().document;
  const first = document ? findMatches(document, query)[0] : undefined;
  if (first) revealNode(store, first);
}
