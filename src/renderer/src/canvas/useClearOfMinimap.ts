import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../store/useEditor';
import { ARGUMENT_NODE_CLASS } from './flowTypes';

/** Room kept between the card being typed in and the minimap, in screen pixels. */
const GAP = 16;

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The minimap never covers the card being typed in: when that card (a new one, or one whose text
 * grows as it is typed) runs under the minimap's corner, the view pans it clear, up or left,
 * whichever moves the map less.
 */
export function useClearOfMinimap(): void {
  const flow = useReactFlow();
  const editing = useEditor((state) => state.session.editing?.id ?? null);
  useEffect(() => {
    if (!editing) return;
    let card: HTMLElement | null = null;
    const clear = (): void => {
      const minimap = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      const box = card?.getBoundingClientRect();
      if (!minimap || !box || !overlap(box, minimap)) return;
      const up = box.bottom - (minimap.top - GAP);
      const left = box.right - (minimap.left - GAP);
      const viewport = flow.getViewport();
      const move = up <= left ? { y: viewport.y - up } : { x: viewport.x - left };
      void flow.setViewport({ ...viewport, ...move }, { duration: 150 });
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
