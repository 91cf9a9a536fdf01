import { useEffect, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { contextAround } from '../../../shared/model/neighbourhood';
import type { SessionState } from '../store/sessionState';
import { useEditorStore } from '../store/useEditor';
import { cardRect, fitViewport, unionOf } from './mapGeometry';
import { fitInsets, usePaneSize } from './viewport';

import './focusMode.css';

const FOCUS_FLY_MS = 300;

/**
 * Focus mode's context (the focused node and what lies within its levels), and the view fitted to
 * it each time the focus or its levels change. Null outside focus mode.
 */
export function useFocusContext(
  document: ArgumentMap | null,
  focus: SessionState['focus'],
): ReadonlySet<NodeId> | null {
  const store = useEditorStore();
  const flow = useReactFlow();
  const paneSize = usePaneSize();
  const context = useMemo(
    () => (document && focus ? contextAround(document, focus.id, focus.levels) : null),
    [document, focus],
  );
  // Fitted when the focus changes, not on every edit inside it: the view must not jump while one types.
  const focusId = focus?.id;
  const levels = focus?.levels;
  useEffect(() => {
    const { document: map, session } = store.getState();
    if (!map || !focusId || levels === undefined) return;
    const rects = [...contextAround(map, focusId, levels)].flatMap((id) => {
      const node = map.nodes[id];
      return node ? [cardRect(node, session)] : [];
    });
    const bounds = unionOf(rects);
    const pane = paneSize();
    if (!bounds || pane.width <= 0) return;
    void flow.setViewport(fitViewport(bounds, pane, fitInsets(session.panels.legend), 1), { duration: FOCUS_FLY_MS });
  }, [flow, store, paneSize, focusId, levels]);
  return context;
}
