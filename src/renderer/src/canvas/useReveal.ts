import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/useEditor';
import { cardRect, centredOn, isInView, type Viewport } from './mapGeometry';
import { usePaneSize } from './viewport';

/** Below this zoom a revealed card is too small to read, so revealing zooms in to it. */
const READABLE_ZOOM = 0.6;
// (above DETAIL_ZOOM in levelOfDetail.ts, where cards are built as DOM cards)
/** Room kept between a revealed card and the canvas edge, in screen pixels. */
const MARGIN = 48;
/** How long the view flies to a node that find, the outline or back/forward asked for. */
const FLY_MS = 250;

/**
 * Brings a node that was added, found, picked in the outline or walked to into view, if it is not
 * in view already. Its place is read from the document, so this works for a card React Flow has
 * not built (off screen, or the whole map drawn as the overview). A node whose text is about to be
 * typed is shown at once, in this frame, so its field exists before the next key; others fly there.
 */
export function useReveal(): void {
  const flow = useReactFlow();
  const store = useEditorStore();
  const paneSize = usePaneSize();
  const reveal = useEditor((state) => state.session.reveal);
  useEffect(() => {
    if (!reveal) return;
    const { document, session } = store.getState();
    const node = document?.nodes[reveal.id];
    const pane = paneSize();
    if (!node || pane.width <= 0) return;
    const rect = cardRect(node, session);
    const viewport = flow.getViewport();
    const typing = session.editing?.id === reveal.id;
    const duration = typing ? 0 : FLY_MS;
    // Below READABLE_ZOOM a card is hard to read (and below DETAIL_ZOOM not built at all, so nothing could be typed in it).
    if (viewport.zoom < READABLE_ZOOM) {
      void flow.setViewport(centredOn(rect, pane, READABLE_ZOOM), { duration });
      return;
    }
    const next = clearOfMinimap(
      rect,
      isInView(rect, viewport, pane, MARGIN) ? viewport : panJustEnough(rect, viewport, pane),
    );
    if (next !== viewport) void flow.setViewport(next, { duration });
  }, [flow, store, paneSize, reveal]);
}

/** The minimap sits over the canvas's corner: a card that would land under it rises above it. */
function clearOfMinimap(rect: { x: number; y: number; width: number; height: number }, viewport: Viewport): Viewport {
  const pane = window.document.querySelector('.react-flow')?.getBoundingClientRect();
  const minimap = window.document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
  if (!pane || !minimap || minimap.width === 0) return viewport;
  const left = pane.left + rect.x * viewport.zoom + viewport.x;
  const top = pane.top + rect.y * viewport.zoom + viewport.y;
  const right = left + rect.width * viewport.zoom;
  const bottom = top + rect.height * viewport.zoom;
  const under = left < minimap.right && right > minimap.left && bottom > minimap.top - MARGIN / 2;
  return under ? { ...viewport, y: viewport.y + minimap.top - MARGIN / 2 - bottom } : viewport;
}

/** Pans just enough to bring the card in with a margin: the rest of the map stays where the eye left it. */
function panJustEnough(
  rect: { x: number; y: number; width: number; height: number },
  viewport: Viewport,
  pane: { width: number; height: number },
): Viewport {
  const shift = (low: number, high: number, max: number): number =>
    low < MARGIN ? MARGIN - low : high > max - MARGIN ? Math.max(max - MARGIN - high, MARGIN - low) : 0;
  const left = rect.x * viewport.zoom + viewport.x;
  const top = rect.y * viewport.zoom + viewport.y;
  const dx = shift(left, left + rect.width * viewport.zoom, pane.width);
  const dy = shift(top, top + rect.height * viewport.zoom, pane.height);
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}
