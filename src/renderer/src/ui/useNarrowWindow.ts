import { useSyncExternalStore } from 'react';

/** Below this width the side panels fold to a rail of icons, leaving the map room. */
export const NARROW_WINDOW = 1280;
const QUERY = `(max-width: ${NARROW_WINDOW - 0.02}px)`;

const subscribe = (listener: () => void): (() => void) => {
  const query = matchMedia(QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
};

/** Whether the window is narrower than NARROW_WINDOW, following it as it is resized. */
export const useNarrowWindow = (): boolean => useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches);
