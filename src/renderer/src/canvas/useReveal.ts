import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../store/useEditor';

/** Below this zoom a revealed card is too small to read, so revealing zooms in to it. */
const READABLE_ZOOM = 0.6;

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
      const zoom = flow.getZoom();
      const inView =
        topLeft.x >= pane.left && topLeft.y >= pane.top && bottomRight.x <= pane.right && bottomRight.y <= pane.bottom;
      if (inView && zoom >= READABLE_ZOOM) return;
      void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(zoom, READABLE_ZOOM), duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, reveal]);
}
