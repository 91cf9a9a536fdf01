import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../store/useEditor';
import { ARGUMENT_NODE_CLASS } from './flowTypes';

/** Room kept between the card being typed in and the minimap, in screen pixels. */
const GAP = 16;

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How far to move `low..high` so it lies within `min..max` with the gap (its start wins if it cannot fit). */
const into = (low: number, high: number, min: number, max: number): number =>
  low < min + GAP ? min + GAP - low : high > max - GAP ? Math.max(max - GAP - high, min + GAP - low) : 0;

/**
 * The card being typed in stays in view: inside the canvas (not under a side panel or past its
 * edge) and never under the minimap. When that card (a new one, or one whose text grows as it is
 * typed) runs out of view or under the minimap's corner, the view pans just enough.
 */
export function useEditingInView(): void {
  const flow = useReactFlow();
  const editing = useEditor((state) => state.session.editing?.id ?? null);
  useEffect(() => {
    if (!editing) return;
    let card: HTMLElement | null = null;
    const clear = (): void => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const box = card?.getBoundingClientRect();
      if (!pane || !box) return;
      let dx = into(box.left, box.right, pane.left, pane.right);
      let dy = into(box.top, box.bottom, pane.top, pane.bottom);
      const moved = new DOMRect(box.x + dx, box.y + dy, box.width, box.height);
      const minimap = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      if (minimap && overlap(moved, minimap)) {
        const up = moved.bottom - (minimap.top - GAP);
        const left = moved.right - (minimap.left - GAP);
        if (up <= left) dy -= up;
        else dx -= left;
      }
      if (dx === 0 && dy === 0) return;
      const viewport = flow.getViewport();
      void flow.setViewport({ ...viewport, x: viewport.x + dx, y: viewport.y + dy }, { duration: 150 });
    };
    const observer = new ResizeObserver(clear);
    // After the card is drawn (a new card appears on the next frame).
    const frame = requestAnimationFrame(() => {
      card = document.querySelector<HTMLElement>(`.${ARGUMENT_NODE_CLASS}[data-id="${CSS.escape(editing)}"]`);
      if (card) observer.observe(card);
      clear();
    });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [editing, flow]);
}
