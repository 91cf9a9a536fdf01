import { useEffect } from 'react';
import { host } from '../host/argmapHost';
import type { EditorStore } from '../store/editorStore';
import { watchForRecoveryCopies } from './recoveryCopies';

/** Keeps main's recovery copy of the unsaved map up to date (see watchForRecoveryCopies). */
export function useRecoveryCopy(store: EditorStore): void {
  useEffect(
    () =>
      watchForRecoveryCopies(store, (copy) => {
        // A copy main could not take is reported by main itself; the next change tries again.
        host()
          .storeRecovery(copy)
          .catch(() => undefined);
      }),
    [store],
  );
}
