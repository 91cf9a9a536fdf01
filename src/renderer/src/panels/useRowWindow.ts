import { useLayoutEffect, useState, type RefObject } from 'react';

/** Every outline row is this tall (one line of text): rows out of view are then not built at all. */
export const ROW_HEIGHT = 30;
/** Rows built beyond each edge of the view, so a quick scroll never shows a gap. */
const OVERSCAN = 12;

export interface RowWindow {
  /** The rows built: [first, end). */
  first: number;
  end: number;
}

/** Scrolls the list the least needed to show row `index` whole. */
export function scrollToRow(list: HTMLElement | null, index: number): void {
  if (!list) return;
  const top = index * ROW_HEIGHT;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
}

/** Which rows of a long list are in (or near) the scroll container's view; follows scrolling and resizing. */
export function useRowWindow(container: RefObject<HTMLElement | null>, count: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: 800 });
  const hasRows = count > 0;
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const read = (): void =>
      setView((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight },
      );
    read();
    element.addEventListener('scroll', read, { passive: true });
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      observer.disconnect();
    };
    // Again once there are rows: the list element exists only then.
  }, [container, hasRows]);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  return { first, end };
}
