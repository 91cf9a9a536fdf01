import { useRef, type KeyboardEvent } from 'react';
import type { NodeId } from '../../../shared/model/ids';
import type { EditorStore } from '../store/editorStore';
import { addToSelection, revealNode } from '../store/selection';
import { startEditing } from '../store/nodeActions';
import { toggleCollapsed } from '../store/structureActions';
import { requestDelete } from '../store/deleteActions';
import { outlineMove, typeaheadIndex, type OutlineRow } from './outlineTree';

import { focusCanvas } from '../ui/focus';

/** How long typed letters keep adding to one type-ahead search. */
const TYPEAHEAD_MS = 700;

/**
 * The outline's keyboard, after the WAI-ARIA tree pattern. The tree carries
 * `data-own-keys`, so the app's one-key shortcuts leave these keys to it (each key
 * handled here is prevented); Ctrl shortcuts and F-keys go on to the app's keymap.
 */
export function useOutlineKeys(
  store: EditorStore,
  rows: readonly OutlineRow[],
  activeIndex: number,
  focusRow: (id: NodeId) => void,
): (event: KeyboardEvent) => void {
  const typed = useRef({ text: '', at: 0 });

  return (event: KeyboardEvent) => {
    if (event.altKey || event.nativeEvent.isComposing) return;
    const row = rows[activeIndex];
    const handled = (): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.ctrlKey || event.metaKey) return;
    if (!row) return;

    const move = outlineMove(rows, activeIndex, event.key);
    if (move) {
      handled();
      if (move.type === 'focus') {
        const target = rows[move.index].id;
        focusRow(target);
        if (event.shiftKey) addToSelection(store, target);
        else revealNode(store, target);
      } else {
        toggleCollapsed(store, move.id);
      }
      return;
    }

    switch (event.key) {
      case 'Enter':
      case 'F2':
        handled();
        startEditing(store, row.id);
        return;
      case 'Delete':
      case 'Backspace':
        handled();
        requestDelete(store);
        return;
      case ' ':
        handled();
        if (row.hasChildren) toggleCollapsed(store, row.id);
        return;
      case 'Escape':
        handled();
        focusCanvas();
        return;
    }

    if (event.key.length === 1 && event.key.trim()) {
      const now = event.timeStamp;
      const text = now - typed.current.at < TYPEAHEAD_MS ? typed.current.text + event.key : event.key;
      typed.current = { text, at: now };
      const index = typeaheadIndex(rows, activeIndex, text);
      handled();
      if (index >= 0) {
        focusRow(rows[index].id);
        revealNode(store, rows[index].id);
      }
    }
  };
}
