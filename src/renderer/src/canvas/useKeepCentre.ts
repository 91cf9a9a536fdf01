import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

/**
 * Keeps the point of the map at the middle of the canvas where it is when the canvas changes size:
 * a panel shown, hidden or collapsed beside it, or the window resized. React Flow keeps the top-left
 * corner instead, which slides the map sideways by the panel's width.
 */
export function useKeepCentre(): void {
  const flow = useReactFlow();
  const wrapper = useStore((state) => state.domNode);
  useEffect(() => {
    if (!wrapper) return;
    let last: { width: number; height: number } | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      const before = last;
      last = { width, height };
      // A canvas hidden (zero size) or first measured has no middle to keep.
      if (!before || before.width === 0 || width === 0) return;
      const dx = (width - before.width) / 2;
      const dy = (height - before.height) / 2;
      if (dx === 0 && dy === 0) return;
      const viewport = flow.getViewport();
      void flow.setViewport({ ...viewport, x: viewport.x + dx, y: viewport.y + dy });
    });
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, [flow, wrapper]);
}
