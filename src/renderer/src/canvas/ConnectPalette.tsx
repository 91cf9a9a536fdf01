import { useMemo, useState, type KeyboardEvent } from 'react';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { findMatches } from '../../../shared/search/findMatches';
import { outlineEntries } from '../../../shared/formats/outline';
import { useEditor, useEditorStore } from '../store/useEditor';
import { ContextMenu } from '../ui/ContextMenu';
import { connectMenu } from './connectMenu';
import './connectPalette.css';

const MAX_SHOWN = 50;

/**
 * Connect To… (Ctrl+K): the keyboard's way to draw a relation. Type to find the
 * node the selected one bears on, Enter to pick it, then choose support, attack
 * or undercut from the same menu that dragging a connection opens.
 * Mounted afresh each time it opens (see MapCanvas), so a query or a target picked
 * before a close, or in another map, never comes back.
 */
export function ConnectPalette({ from }: { from: NodeId }) {
  const store = useEditorStore();
  const document = useEditor((state) => state.document);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<NodeId | null>(null);

  const candidates = useMemo(() => {
    if (!document) return [];
    const ids = query.trim() ? findMatches(document, query) : outlineEntries(document).map((entry) => entry.node.id);
    return ids.filter((id) => id !== from).slice(0, MAX_SHOWN);
  }, [document, from, query]);

  if (!document || !document.nodes[from]) return null;
  const close = (): void => store.updateSession((session) => ({ ...session, connectingFrom: null }));

  if (target) {
    const box = window.document.querySelector(`[data-id="${CSS.escape(target)}"]`)?.getBoundingClientRect();
    return (
      <ContextMenu
        x={box ? box.left : window.innerWidth / 2}
        y={box ? box.bottom : window.innerHeight / 2}
        label="Connect as"
        entries={connectMenu(store, from, target)}
        onClose={close}
      />
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    event.stopPropagation();
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, candidates.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && candidates[active]) setTarget(candidates[active]);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };
  const source = document.nodes[from];
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div className="dialog connect-palette" role="dialog" aria-modal="true" aria-labelledby="connect-title">
        <h2 id="connect-title" className="dialog__title">
          Connect “{source.text || NODE_KIND_LABELS[source.kind]}” to…
        </h2>
        <input
          className="connect-palette__input"
          autoFocus
          value={query}
          placeholder="Type to find a node"
          aria-label="Find the node to connect to"
          role="combobox"
          aria-expanded="true"
          aria-autocomplete="list"
          aria-controls="connect-candidates"
          aria-activedescendant={candidates[active] ? `connect-${candidates[active]}` : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {/* Focusable, though the search box keeps the focus: a long list must scroll without a mouse too. */}
        <ul id="connect-candidates" className="connect-palette__list" role="listbox" aria-label="Nodes" tabIndex={-1}>
          {candidates.map((id, index) => (
            <li
              key={id}
              id={`connect-${id}`}
              role="option"
              aria-selected={index === active}
              className="connect-palette__option"
              onMouseDown={(event) => {
                event.preventDefault();
                setTarget(id);
              }}
            >
              <span className="connect-palette__kind">{NODE_KIND_LABELS[document.nodes[id].kind]}</span>
              <span className="connect-palette__text">{document.nodes[id].text || 'Empty'}</span>
            </li>
          ))}
          {candidates.length === 0 && <li className="connect-palette__none">No node matches.</li>}
        </ul>
      </div>
    </div>
  );
}
