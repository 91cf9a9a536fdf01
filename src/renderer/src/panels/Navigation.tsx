import { useDeferredValue, useMemo } from 'react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { pathFromRoot } from '../../../shared/model/neighbourhood';
import { kindColor } from '../ui/themeTokens';
import { useEditor, useEditorStore } from '../store/useEditor';
import { revealNode } from '../store/selection';
import { FOCUS_LEVELS, focusOn, leaveFocus } from '../store/placeActions';
import { plural } from '../ui/plural';
import './navigation.css';

/** Crumbs shown in full at each end of a long path; the middle folds into "…" (its names in the tooltip). */
const ENDS = { head: 1, tail: 3 };
const CRUMB_CHARS = 32;

const nameOf = (map: ArgumentMap, id: NodeId): string => {
  const node = map.nodes[id];
  const text = (node.title ?? node.text).trim() || NODE_KIND_LABELS[node.kind];
  return text.length > CRUMB_CHARS ? `${text.slice(0, CRUMB_CHARS - 1).trimEnd()}…` : text;
};

/**
 * In the status bar: the path from the thesis down to the selected node, each crumb a way there.
 */
export function Breadcrumb() {
  const store = useEditorStore();
  // Deferred: an edit reaches the canvas first; the path follows a moment later.
  const map = useDeferredValue(useEditor((state) => state.document));
  const selected = useEditor((state) => (state.session.selected.size === 1 ? [...state.session.selected][0] : null));
  const path = useMemo(() => (map && selected ? pathFromRoot(map, selected) : []), [map, selected]);
  if (!map || path.length === 0) return null;
  const folded = path.length > ENDS.head + ENDS.tail + 1;
  const shown = folded ? [...path.slice(0, ENDS.head), null, ...path.slice(-ENDS.tail)] : path;
  const middle = folded ? path.slice(ENDS.head, -ENDS.tail).map((id) => nameOf(map, id)) : [];
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {shown.map((id, index) =>
          id === null ? (
            <li key="fold" className="breadcrumb__fold" title={middle.join(' › ')}>
              <span aria-label={`${plural(middle.length, 'level')} between`}>…</span>
            </li>
          ) : (
            <li key={id}>
              <button
                type="button"
                className="breadcrumb__crumb"
                style={{ '--kind-accent': kindColor(map.nodes[id].kind, 'accent') } as React.CSSProperties}
                aria-current={index === shown.length - 1 ? 'location' : undefined}
                title={`${NODE_KIND_LABELS[map.nodes[id].kind]}: ${map.nodes[id].text}`}
                onClick={() => revealNode(store, id)}
              >
                {nameOf(map, id)}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** Over the canvas in focus mode: what is focused, how many levels of context show, and the way out. */
export function FocusControls() {
  const store = useEditorStore();
  const map = useEditor((state) => state.document);
  const focus = useEditor((state) => state.session.focus);
  if (!map || !focus || !map.nodes[focus.id]) return null;
  return (
    <div className="focus-controls" role="group" aria-label="Focus">
      <span className="focus-controls__what">
        Focus: <strong>{nameOf(map, focus.id)}</strong>
      </span>
      <button
        type="button"
        className="focus-controls__step"
        aria-label="Less context"
        title="Show fewer levels around the focused node"
        disabled={focus.levels <= FOCUS_LEVELS.min}
        onClick={() => focusOn(store, focus.id, focus.levels - 1)}
      >
        −
      </button>
      <span className="focus-controls__levels" aria-live="polite">
        {plural(focus.levels, 'level')}
      </span>
      <button
        type="button"
        className="focus-controls__step"
        aria-label="More context"
        title="Show more levels around the focused node"
        disabled={focus.levels >= FOCUS_LEVELS.max}
        onClick={() => focusOn(store, focus.id, focus.levels + 1)}
      >
        +
      </button>
      <button
        type="button"
        className="focus-controls__leave"
        title="Show the whole map again (Escape)"
        onClick={() => leaveFocus(store)}
      >
        Leave Focus
      </button>
    </div>
  );
}
