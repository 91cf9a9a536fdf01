import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ACTION_IDS, actionOf, isEnabled, labelNow, type ActionId } from '../../../shared/actions/actions';
import { useEditorStore } from '../store/useEditor';
import { ModalDialog } from '../ui/ModalDialog';
import { releaseInertOutside } from '../ui/inertOutside';
import { shortcutText } from '../ui/shortcutText';
import { useActionState } from './currentActionState';
import { searchPalette } from './paletteSearch';
import './commandPalette.css';

/** Every action the palette offers, in the menus' order. */
const PALETTE_ACTIONS = ACTION_IDS.filter((id) => !actionOf(id).hiddenFromPalette);

/**
 * The command palette (Ctrl+Shift+P, as in VS Code): every action, found by typing part of its
 * name, with its shortcut beside it. Up and Down choose, Enter runs and closes, Escape or a click
 * beside it closes; the focus then goes back where it was. An action that cannot run now is listed
 * but greyed out, and Enter leaves it be.
 */
export function CommandPalette({ runAction }: { runAction: (id: ActionId) => void }) {
  const store = useEditorStore();
  const state = useActionState();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Read while rendering the first time, before the search box takes the focus.
  const [returnTo] = useState(() => document.activeElement);
  const list = useRef<HTMLUListElement>(null);

  const rows = useMemo(
    () =>
      searchPalette(
        query,
        PALETTE_ACTIONS.map((id) => ({ id, label: labelNow(id, state) })),
      ).map((row) => ({
        ...row,
        enabled: isEnabled(row.id, state),
        shortcut: shortcutText(row.id),
        // A setting that is on, or the chosen theme, is ticked as in the menu.
        ticked: actionOf(row.id).tick?.on(state),
      })),
    [query, state],
  );
  const current = rows[Math.min(active, rows.length - 1)];

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const close = (): void => {
    store.updateSession((session) => ({ ...session, paletteOpen: false }));
    // The page behind is inert until the palette is gone; give it back now so it can take the focus.
    releaseInertOutside();
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  };
  // The focus goes back first: an action that opens a field of its own (a new card's text) then keeps it.
  const run = (row: (typeof rows)[number] | undefined): void => {
    if (!row?.enabled) return;
    close();
    runAction(row.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const last = rows.length - 1;
    if (event.key === 'ArrowDown') setActive((at) => (Math.min(at, last) + 1) % rows.length);
    else if (event.key === 'ArrowUp') setActive((at) => (Math.min(at, last) - 1 + rows.length) % rows.length);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter') run(current);
    else return;
    event.preventDefault();
  };

  return (
    <ModalDialog
      labelledBy="command-palette-title"
      className="command-palette"
      onEscape={close}
      onClickOutside={close}
      atTop
    >
      <h2 id="command-palette-title" className="command-palette__title">
        Command Palette
      </h2>
      <input
        className="command-palette__input"
        autoFocus
        value={query}
        placeholder="Type the name of an action"
        aria-label="Action name"
        role="combobox"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls="command-palette-list"
        aria-activedescendant={current ? `command-${current.id}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="command-palette-list" ref={list} className="command-palette__list" role="listbox" aria-label="Actions">
        {rows.map((row, index) => (
          <li
            key={row.id}
            id={`command-${row.id}`}
            role="option"
            aria-selected={row === current}
            aria-disabled={!row.enabled || undefined}
            aria-checked={row.ticked}
            aria-keyshortcuts={row.shortcut}
            className="command-palette__option"
            onMouseMove={() => index !== active && setActive(index)}
            // The search box keeps the focus; a click runs the action as Enter would.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(row)}
          >
            <span className="command-palette__label">{row.label}</span>
            {row.ticked && (
              <span className="command-palette__tick" aria-hidden>
                ✓
              </span>
            )}
            {row.shortcut && (
              <kbd className="command-palette__shortcut" aria-hidden>
                {row.shortcut}
              </kbd>
            )}
          </li>
        ))}
        {rows.length === 0 && <li className="command-palette__none">No action matches.</li>}
      </ul>
      <p className="command-palette__hint" aria-hidden>
        <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to run · <kbd>Esc</kbd> to close
      </p>
    </ModalDialog>
  );
}
