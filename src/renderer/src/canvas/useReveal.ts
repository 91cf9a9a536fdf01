import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../store/useEditor';

/** Below this zoom a revealed card is too small to read, so revealing zooms in to it. */
const READABLE_ZOOM = 0.6;
/** Room kept between a revealed card and the canvas edge, in screen pixels. */
const MARGIN = 48;

/** Scrolls the canvas to a node that find or the outline asked to show, if it is not already in view. */
export function useReveal(): void {
  const flow = useReactFlow();
  const reveal = useEditor((state) => state.session.reveal);
  useEffect(() => {
    if (!reveal) return;
    // Wait a frame: a node just unfolded or added has no measured size yet.
    const frame = requestAnimationFrame(() => {
      const node = flow.getInternalNode(reveal.id);
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!node || !pane) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 240;
      const height = node.measured.height ?? 64;
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + width, y: y + height });
      const viewport = flow.getViewport();
      if (viewport.zoom < READABLE_ZOOM) {
        void flow.setCenter(x + width / 2, y + height / 2, { zoom: READABLE_ZOOM, duration: 200 });
        return;
      }
      // Pan just enough to bring the card in with a margin: the rest of the map stays where the eye left it.
      const shift = (low: number, high: number, min: number, max: number): number =>
        low < min + MARGIN
          ? min + MARGIN - low
          : high > max - MARGIN
            ? Math.max(max - MARGIN - high, min + MARGIN - low)
            : 0;
      const dx = shift(topLeft.x, bottomRight.x, pane.left, pane.right);
      let dy = shift(topLeft.y, bottomRight.y, pane.top, pane.bottom);
      // The minimap sits over the canvas's corner: a card that would land under it rises above it.
      const minimap = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      const under = (box: DOMRect): boolean =>
        topLeft.x + dx < box.right && bottomRight.x + dx > box.left && bottomRight.y + dy > box.top - MARGIN / 2;
      if (minimap && minimap.width > 0 && under(minimap)) dy = Math.min(dy, minimap.top - MARGIN / 2 - bottomRight.y);
      if (dx !== 0 || dy !== 0)
        void flow.setViewport({ ...viewport, x: viewport.x + dx, y: viewport.y + dy }, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, reveal]);
}
