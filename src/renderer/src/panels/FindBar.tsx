import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { findMatches } from '../../../shared/model/search';
import { useEditor, useEditorStore } from '../store/useEditor';
import { PanelIconButton as IconButton } from './PanelIconButton';
import { stepFind } from '../store/findActions';
import { closeFind, findCountText, setFindQuery } from './findActions';
import { focusCanvas } from './focusCanvas';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon, SearchIcon } from './panelIcons';
import './findBar.css';

/**
 * Ctrl+F: searches node text, notes, tags and source quotes. The query and the
 * current match live in the session, where the canvas reads them to highlight.
 */
export function FindBar() {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const { query, current } = useEditor((state) => state.session.find);
  const input = useRef<HTMLInputElement>(null);
  const count = useMemo(() => (document ? findMatches(document, query).length : 0), [document, query]);
  const status = findCountText(query, current, count);
  const noMatches = status === 'No matches';

  // Opening (or pressing Ctrl+F again while open) puts the caret in the field, the old query selected.
  useEffect(() => {
    input.current?.select();
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = (): void => {
    closeFind(store);
    focusCanvas();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      stepFind(store, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in map"
      data-own-keys
      onKeyDown={(event) => {
        // Escape from the buttons closes too.
        if (event.key === 'Escape' && event.target !== input.current) {
          event.preventDefault();
          close();
        }
      }}
    >
      <span className="find-bar__icon" aria-hidden>
        <SearchIcon />
      </span>
      <input
        ref={input}
        className={`find-bar__input${noMatches ? ' has-no-matches' : ''}`}
        type="text"
        aria-label="Find in map"
        aria-invalid={noMatches || undefined}
        aria-describedby="find-bar-status"
        placeholder="Find in map"
        spellCheck={false}
        autoComplete="off"
        autoFocus
        value={query}
        onChange={(event) => setFindQuery(store, event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span
        id="find-bar-status"
        className={`find-bar__count${noMatches ? ' is-empty' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status}
      </span>
      <span className="find-bar__buttons">
        <IconButton
          label="Previous match"
          shortcut="Shift+Enter"
          disabled={count === 0}
          onClick={() => stepFind(store, -1)}
        >
          <ChevronUpIcon />
        </IconButton>
        <IconButton label="Next match" shortcut="Enter" disabled={count === 0} onClick={() => stepFind(store, 1)}>
          <ChevronDownIcon />
        </IconButton>
        <IconButton label="Close" shortcut="Escape" onClick={close}>
          <CloseIcon />
        </IconButton>
      </span>
    </div>
  );
}
