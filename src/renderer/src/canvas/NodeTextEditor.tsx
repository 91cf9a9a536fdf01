import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ArgNode } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { useEditorStore } from '../store/useEditor';
import { cancelEdit, commitEdit, addChild } from '../store/nodeActions';
import { takeTypedAhead } from '../store/typedAhead';

/**
 * The card's text, typed in place. Enter or leaving the field commits (one undo
 * step), Shift+Enter is a new line, Escape keeps the old text, Tab commits and
 * adds a reason beneath, the fastest way to build a map while someone talks.
 */
export function NodeTextEditor({ node }: { node: ArgNode }) {
  const store = useEditorStore();
  // Keys typed while the card was being built come first (a new node's text is empty); then the
  // caret stays after them instead of selecting the text for replacing.
  const [typedAhead] = useState(() => takeTypedAhead(node.id));
  const [text, setText] = useState(node.text + typedAhead);
  const selectOnFocus = useRef(typedAhead === '');
  const field = useRef<HTMLTextAreaElement>(null);
  // Set when a key already ended the session, so the blur that follows does not commit twice.
  const finished = useRef(false);
  const latestText = useRef(text);
  // Editing from the outline hands the focus back to its row when a key ends the edit.
  const returnFocusTo = useRef<HTMLElement | null>(null);

  // React Flow keeps a new card invisible until it has measured it, and an invisible field
  // cannot take the focus: try again each frame until it does.
  useEffect(() => {
    const before = document.activeElement;
    if (before instanceof HTMLElement && before.closest('[data-own-keys]')) returnFocusTo.current = before;
    let frame = 0;
    let tries = 0;
    const focus = (): void => {
      const element = field.current;
      if (!element || document.activeElement === element) return;
      element.focus({ preventScroll: true });
      if (document.activeElement !== element) {
        if (++tries < 30) frame = requestAnimationFrame(focus);
      } else if (selectOnFocus.current) element.select();
      else element.setSelectionRange(element.value.length, element.value.length);
    };
    // First in the next animation frame, when the browser lays out the new card anyway: focusing at
    // once would force an extra layout of the whole page into every add. Keys pressed meanwhile are
    // handed to the field by the keymap.
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, []);

  // A card scrolled off screen is taken out of the page: keep what was typed, as leaving the field would.
  useEffect(() => {
    const element = field.current;
    return () => {
      // Checked a moment later: React's development double-mount detaches nothing and must commit nothing.
      setTimeout(() => {
        if (!finished.current && !element?.isConnected) commitEdit(store, latestText.current, 'blur');
      });
    };
  }, [store]);

  const finish = (end: () => void): void => {
    finished.current = true;
    end();
    const row = returnFocusTo.current;
    if (row?.isConnected) row.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    // The canvas's own shortcuts must not see keys meant for the text.
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(() => commitEdit(store, text, 'enter'));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(() => cancelEdit(store));
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      finished.current = true;
      commitEdit(store, text, 'blur');
      addChild(store, 'reason', node.id);
    }
  };

  return (
    <textarea
      ref={field}
      className="arg-node__editor nodrag nowheel nopan"
      value={text}
      rows={1}
      aria-label={`${NODE_KIND_LABELS[node.kind]} text`}
      placeholder={`Type the ${NODE_KIND_LABELS[node.kind].toLowerCase()}…`}
      onChange={(event) => {
        latestText.current = event.target.value;
        setText(event.target.value);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (!finished.current) commitEdit(store, text, 'blur');
      }}
    />
  );
}
