import { useEffect, type FocusEvent } from 'react';
import { asNodeId } from '../../../shared/model/ids';
import type { EditorStore } from '../store/editorStore';
import { selectOnly } from '../store/selection';
import { useEditor } from '../store/useEditor';
import { ARGUMENT_NODE_CLASS } from './flowTypes';

const cardElement = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.${ARGUMENT_NODE_CLASS}[data-id="${CSS.escape(id)}"]`);

/**
 * The keyboard's way onto the map: Tab reaches the selected card (the canvas's one tab stop, see
 * flowNodes), a card that takes the focus is selected, and while a card has the focus it follows
 * the selection, so the Alt+arrow walk moves the focus (and a screen reader) from card to card.
 * Returns the canvas's focus handler.
 */
export function useCardFocus(store: EditorStore): (event: FocusEvent) => void {
  const selected = useEditor((state) => state.session.selected);
  useEffect(() => {
    const active = document.activeElement;
    const last = [...selected].at(-1);
    if (!last || !(active instanceof HTMLElement) || !active.closest(`.${ARGUMENT_NODE_CLASS}`)) return;
    const next = cardElement(last);
    if (next && next !== active) next.focus({ preventScroll: true });
  }, [selected]);
  return (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains(ARGUMENT_NODE_CLASS)) return;
    const id = event.target.dataset.id;
    if (id && !store.getState().session.selected.has(asNodeId(id))) selectOnly(store, [asNodeId(id)]);
  };
}
