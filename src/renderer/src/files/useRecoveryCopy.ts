import { useEffect } from 'react';
import { host } from '../host/argmapHost';
import { isDirty, type EditorStore } from '../store/editorStore';

/** Quiet time after the last edit before the map is copied to the recovery folder. */
export const RECOVERY_DELAY_MS = 1000;

/**
 * While there are unsaved changes, hands the map to main for its recovery copy about a second after
 * the last edit: a crash loses at most that second, and typing a sentence is one write, not one per key.
 */
export function useRecoveryCopy(store: EditorStore): void {
  useEffect(() => {
    let timer: number | undefined;
    let lastDocument = store.getState().document;
    const onChange = (): void => {
      const state = store.getState();
      if (state.document === lastDocument) return;
      lastDocument = state.document;
      window.clearTimeout(timer);
      if (!isDirty(state)) return;
      timer = window.setTimeout(() => {
        const now = store.getState();
        // Saved meanwhile: the file is the copy.
        if (!now.document || now.documentId === null || !isDirty(now)) return;
        host()
          .storeRecovery({ map: now.document, documentId: now.documentId })
          .catch(() => undefined);
      }, RECOVERY_DELAY_MS);
    };
    const unsubscribe = store.subscribe(onChange);
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
