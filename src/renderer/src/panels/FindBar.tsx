import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findMatches } from '../../../shared/search/findMatches';
import { useEditor, useEditorStore } from '../store/useEditor';
import { IconButton } from '../ui/IconButton';
import { closeFind, findCountText, setFindQuery, stepFind } from '../store/findActions';
import { focusCanvas } from '../ui/focus';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon, SearchIcon } from '../ui/icons';
import './findBar.css';

/** Typing waits this long for the next key before searching: big maps repaint slowly. */
const TYPING_PAUSE_MS = 120;

/**
 * Ctrl+F: searches node text, notes, tags and source quotes. The query and the
 * current match live in the session, where the canvas reads them to highlight.
 */
export function FindBar() {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const { query, current } = useEditor((state) => state.session.find);
  const input = useRef<HTMLInputElement>(null);

  // The field answers every key at once; the search (and the canvas repaint it causes) waits for a pause.
  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  if (seenQuery !== query) {
    setSeenQuery(query);
    setText(query);
  }
  const pending = useRef<{ timer: number; text: string } | null>(null);
  const flush = (): void => {
    if (!pending.current) return;
    window.clearTimeout(pending.current.timer);
    const typed = pending.current.text;
    pending.current = null;
    setFindQuery(store, typed);
  };
  const onType = (typed: string): void => {
    setText(typed);
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = { text: typed, timer: window.setTimeout(flush, TYPING_PAUSE_MS) };
  };
  useEffect(
    () => () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
    },
    [],
  );
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
    flush();
    closeFind(store);
    focusCanvas();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      flush();
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
        value={text}
        onChange={(event) => onType(event.target.value)}
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
          onClick={() => {
            flush();
            stepFind(store, -1);
          }}
        >
          <ChevronUpIcon />
        </IconButton>
        <IconButton
          label="Next match"
          shortcut="Enter"
          disabled={count === 0}
          onClick={() => {
            flush();
            stepFind(store, 1);
          }}
        >
          <ChevronDownIcon />
        </IconButton>
        <IconButton label="Close" shortcut="Escape" onClick={close}>
          <CloseIcon />
        </IconButton>
      </span>
    </div>
  );
}
