import { useEffect } from 'react';
import { actionOf, type ActionId } from '../../../shared/actions/actions';
import { actionForKey } from '../../../shared/actions/keyBindings';
import type { EditorStore } from '../store/editorStore';
import { addSibling, cancelEdit, startEditing } from '../store/nodeActions';
import { addToSelection, selectOnly, singleSelected } from '../store/selection';
import { nudgeSelection } from '../store/structureActions';
import { neighbour, type Direction } from '../store/navigation';
import { isEditingText } from '../ui/focus';
import { typeAhead } from '../store/typedAhead';
import { leaveFocus } from '../store/placeActions';
import { isMac } from '../ui/shortcutText';
import type { RunAction } from './useActionRunner';

// Main's actions have keys of their own (files/useFileShortcuts.ts), which work even on the crash screen.
const onPage = (id: ActionId): boolean => actionOf(id).runsIn === 'page';
const onPageWhileTyping = (id: ActionId): boolean => onPage(id) && actionOf(id).keysWhileTyping === true;
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const NUDGE = { small: 10, large: 50 };

/**
 * One-key shortcuts (Tab, Enter, Delete, letters, arrows) act on the map only when
 * the focus is on the map itself: on a button, Tab must still move the focus and
 * Enter still press it.
 */
function focusIsOnMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target === document.body) return true;
  return target.closest('.react-flow') !== null && target.closest('button, a, [role="menu"]') === null;
}

/** A dialog is open (delete, Connect To…, export, the palette): the map waits for the answer. */
function dialogOpen(store: EditorStore): boolean {
  const { session } = store.getState();
  return Boolean(session.pendingDelete || session.connectingFrom || session.exportOpen || session.paletteOpen);
}

/** The editor's keyboard: every action's shortcut, Enter to edit or add a sibling, arrows to nudge and Alt+arrows to walk. */
export function useKeymap(store: EditorStore, runAction: RunAction): void {
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isEditingText()) {
        // A text field keeps its keys, but for the few actions meant to work from one (the palette).
        const action = actionForKey(event, mac, onPageWhileTyping);
        if (!action || target?.closest('[role="dialog"]') || dialogOpen(store)) return;
        event.preventDefault();
        runAction(action);
        return;
      }
      const hasModifier = event.ctrlKey || event.metaKey || event.altKey;
      // Panels with keys of their own (the outline) handle plain keys; Ctrl shortcuts and F-keys still reach the map.
      const global = hasModifier || /^F\d+$/.test(event.key);
      if (target?.closest('[role="dialog"]') || (target?.closest('[data-own-keys]') && !global)) return;
      const onMap = focusIsOnMap(event.target);
      if (!hasModifier && !onMap) return;
      const handled = (): void => event.preventDefault();
      const state = store.getState();
      if (!state.document) return;
      if (dialogOpen(store)) return;
      // A node's text field is opening: keys typed meanwhile are text, never one-key shortcuts.
      // Focusing the field during the key press hands it the character. Escape ends the edit.
      if (state.session.editing && !hasModifier) {
        const field = document.querySelector<HTMLTextAreaElement>('.arg-node__editor');
        if (event.key === 'Escape') cancelEdit(store);
        if (field && event.key !== 'Escape') field.focus({ preventScroll: true });
        else {
          event.preventDefault();
          // The card is still being built (a big map brings it into view first): its field takes the text when it opens.
          if (!field && event.key.length === 1) typeAhead(state.session.editing.id, event.key);
        }
        return;
      }

      if (event.key === 'Enter' && !hasModifier && !event.shiftKey) {
        const selected = singleSelected(store);
        if (!selected) return;
        handled();
        // Enter right after Enter committed a text adds the next point beside it, outliner style.
        if (state.session.justCommitted === selected) addSibling(store);
        else startEditing(store, selected);
        return;
      }
      if (event.key === 'Escape' && !hasModifier) {
        handled();
        if (state.session.find.open) store.updateSession((s) => ({ ...s, find: { ...s.find, open: false } }));
        else if (state.session.focus) leaveFocus(store);
        else selectOnly(store, []);
        return;
      }
      const direction = ARROWS[event.key];
      if (direction && !event.ctrlKey && !event.metaKey) {
        handled();
        if (event.altKey) {
          const next = neighbour(store, direction);
          if (next && event.shiftKey) addToSelection(store, next);
          else if (next) selectOnly(store, [next]);
          return;
        }
        const step = event.shiftKey ? NUDGE.large : NUDGE.small;
        const [dx, dy] = { up: [0, -step], down: [0, step], left: [-step, 0], right: [step, 0] }[direction];
        nudgeSelection(store, dx, dy);
        return;
      }
      // Tab adds a reason to the selected node (or the thesis of an empty map); with nothing
      // selected it moves the focus as everywhere else, so the keyboard can reach the panels.
      const nothingToAddTo = singleSelected(store) === null && Object.keys(state.document.nodes).length > 0;
      if (event.key === 'Tab' && nothingToAddTo) return;
      const action = actionForKey(event, mac, onPage);
      if (!action) return;
      handled();
      runAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runAction, store]);
}
