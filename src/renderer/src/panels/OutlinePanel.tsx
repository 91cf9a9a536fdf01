import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, useDeferredValue } from 'react';
import type { NodeId } from '../../../shared/model/ids';
import { matchesOf, outlineOf } from '../store/derivedViews';
import { useEditor, useEditorStore } from '../store/useEditor';
import { addToSelection, revealNode, toggleInSelection } from '../store/selection';
import { startEditing } from '../store/nodeActions';
import { setCollapsed, toggleCollapsed } from '../store/structureActions';
import { IconButton } from '../ui/IconButton';
import { OutlineRow } from './OutlineRow';
import { evaluationShown } from '../store/evaluationView';
import { visibleRows } from './outlineTree';

import { useOutlineKeys } from './useOutlineKeys';
import { ROW_HEIGHT, scrollToRow, useRowWindow } from './useRowWindow';
import { CollapseAllIcon, ExpandAllIcon } from '../ui/icons';
import './panelLayout.css';
import './outline.css';

const lastOf = <T,>(items: ReadonlySet<T>): T | undefined => {
  let last: T | undefined;
  for (const item of items) last = item;
  return last;
};

const rowSelector = (id: NodeId): string => `[data-node-id="${CSS.escape(id)}"]`;

/**
 * The map as an indented tree beside the canvas, in sync with it both ways:
 * the selection and the folds are the canvas's own. A WAI-ARIA tree with a
 * roving tabindex, so it works from the keyboard and with a screen reader.
 */
export function OutlinePanel() {
  const store = useEditorStore();
  // Deferred: the canvas shows an edit first, the outline follows a moment later instead of delaying it.
  const map = useDeferredValue(useEditor((state) => state.document));
  const collapsed = useDeferredValue(useEditor((state) => state.session.collapsed));
  const selected = useDeferredValue(useEditor((state) => state.session.selected));
  const findQuery = useEditor((state) => (state.session.find.open ? state.session.find.query : ''));
  const showEvaluation = useEditor((state) => state.session.panels.evaluation);
  const whatIf = useEditor((state) => state.session.whatIf);
  const statuses = useMemo(
    () => (map && showEvaluation ? evaluationShown(map, whatIf).statuses.nodes : null),
    [map, showEvaluation, whatIf],
  );
  const treeRef = useRef<HTMLDivElement>(null);

  // Carried across edits by what each changed (store/derivedViews.ts): typing updates one row.
  const entries = useMemo(() => (map ? outlineOf(store, map) : []), [store, map]);
  const foldable = useMemo(() => entries.filter((entry) => entry.hasChildren).map((entry) => entry.node.id), [entries]);
  const rows = useMemo(() => visibleRows(entries, collapsed), [entries, collapsed]);
  const matches = useMemo(
    () => new Set(map && findQuery.trim() ? matchesOf(store, map, findQuery) : []),
    [store, map, findQuery],
  );
  const indexById = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);

  // The row Tab lands on follows the selection, unless the keyboard moved it since.
  const [focusId, setFocusId] = useState<NodeId | null>(null);
  const [seenSelection, setSeenSelection] = useState(selected);
  if (seenSelection !== selected) {
    setSeenSelection(selected);
    const last = lastOf(selected);
    if (last) setFocusId(last);
  }
  const activeIndex = useMemo(() => {
    if (focusId && indexById.has(focusId)) return indexById.get(focusId) as number;
    for (const id of selected) if (indexById.has(id)) return indexById.get(id) as number;
    return 0;
  }, [focusId, indexById, selected]);

  // Only the rows in view are built: a 10,000-row outline costs what its visible rows cost.
  const rowWindow = useRowWindow(treeRef, rows.length);

  // A node selected on the canvas scrolls into view here. In the next animation frame, when the
  // browser lays the page out anyway: scrolling at once would force an extra layout into every edit.
  useEffect(() => {
    const last = lastOf(selected);
    const index = last === undefined ? undefined : indexById.get(last);
    if (index === undefined) return;
    const frame = requestAnimationFrame(() => scrollToRow(treeRef.current, index));
    return () => cancelAnimationFrame(frame);
  }, [selected, indexById]);

  // The keyboard may move to a row not built yet: scroll to it, and focus it once it is built.
  const [pendingFocus, setPendingFocus] = useState<NodeId | null>(null);
  const focusRow = useCallback(
    (id: NodeId) => {
      setFocusId(id);
      const index = indexById.get(id);
      if (index !== undefined) scrollToRow(treeRef.current, index);
      const row = treeRef.current?.querySelector<HTMLElement>(rowSelector(id));
      if (row) row.focus();
      else setPendingFocus(id);
    },
    [indexById],
  );
  useEffect(() => {
    if (!pendingFocus) return;
    const row = treeRef.current?.querySelector<HTMLElement>(rowSelector(pendingFocus));
    if (row) {
      row.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, rowWindow.first, rowWindow.end]);

  // A focused row that goes away (folded, deleted) hands the focus to the row that takes its place, not to the page.
  const treeHasFocus = useRef(false);
  const lastActiveIndex = useRef(activeIndex);
  useEffect(() => {
    const active = window.document.activeElement;
    if (treeHasFocus.current && (!active || active === window.document.body) && rows.length > 0) {
      const gone = !focusId || !indexById.has(focusId);
      focusRow(rows[gone ? Math.min(lastActiveIndex.current, rows.length - 1) : activeIndex].id);
    }
    lastActiveIndex.current = activeIndex;
  }, [activeIndex, focusId, focusRow, indexById, rows]);

  const onActivate = useCallback(
    (id: NodeId, event: MouseEvent) => {
      setFocusId(id);
      if (event.shiftKey) addToSelection(store, id);
      else if (event.ctrlKey || event.metaKey) toggleInSelection(store, id);
      else revealNode(store, id);
    },
    [store],
  );
  const onEdit = useCallback((id: NodeId) => startEditing(store, id), [store]);
  const onToggle = useCallback((id: NodeId) => toggleCollapsed(store, id), [store]);
  const onKeyDown = useOutlineKeys(store, rows, activeIndex, focusRow);

  return (
    <aside className="side-panel outline-panel" aria-labelledby="outline-title">
      <header className="panel-header">
        <h2 className="panel-header__title" id="outline-title">
          Outline
        </h2>
        <span className="panel-header__count">{entries.length}</span>
        <div className="panel-header__actions">
          <IconButton label="Expand all" onClick={() => setCollapsed(store, [])}>
            <ExpandAllIcon />
          </IconButton>
          <IconButton label="Collapse all" onClick={() => setCollapsed(store, [...collapsed, ...foldable])}>
            <CollapseAllIcon />
          </IconButton>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="outline-panel__empty">The map is empty. Add a thesis on the canvas to begin.</p>
      ) : (
        <div
          ref={treeRef}
          className="outline-tree"
          role="tree"
          aria-label="Outline"
          aria-multiselectable
          data-own-keys
          onKeyDown={onKeyDown}
          onFocus={() => (treeHasFocus.current = true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) treeHasFocus.current = false;
          }}
        >
          {/* The rows not built still take their room, so the scroll bar tells the length of the whole outline.
              (Spacers, not padding: a scroll box's padding cannot shrink, so it would grow the box itself.) */}
          <div role="none" style={{ height: rowWindow.first * ROW_HEIGHT }} />
          {rows.slice(rowWindow.first, rowWindow.end).map((row, offset) => {
            const index = rowWindow.first + offset;
            // The roving tabindex needs a built row: when the active one is scrolled away, Tab lands on the first in view.
            const activeBuilt = activeIndex >= rowWindow.first && activeIndex < rowWindow.end;
            return (
              <OutlineRow
                key={row.id}
                row={row}
                selected={selected.has(row.id)}
                matched={matches.has(row.id)}
                status={statuses?.get(row.id) ?? null}
                tabbable={activeBuilt ? index === activeIndex : offset === 0}
                onActivate={onActivate}
                onEdit={onEdit}
                onToggle={onToggle}
              />
            );
          })}
          <div role="none" style={{ height: (rows.length - rowWindow.end) * ROW_HEIGHT }} />
        </div>
      )}
    </aside>
  );
}
