import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { isDirty, type EditorStore } from '../store/editorStore';

/** Quiet time after the last edit before the map is copied to the recovery folder. */
export const RECOVERY_DELAY_MS = 1000;

/**
 * While there are unsaved changes, hands the map to `storeCopy` about a second after the last
 * change: a crash loses at most that second, and typing a sentence is one write, not one per key.
 * Returns the function that stops watching.
 */
export function watchForRecoveryCopies(
  store: EditorStore,
  storeCopy: (copy: { map: ArgumentMap; documentId: number }) => void,
  delayMs = RECOVERY_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let { document: lastDocument, savedAt: lastSavedAt } = store.getState();
  const onChange = (): void => {
    const state = store.getState();
    // An edit changes the document; "Keep My Version" changes only which step the file matches,
    // yet leaves a map no file holds: both need a copy. Selection and panels need none.
    if (state.document === lastDocument && state.savedAt === lastSavedAt) return;
    lastDocument = state.document;
    lastSavedAt = state.savedAt;
    clearTimeout(timer);
    if (!isDirty(state)) return;
    timer = setTimeout(() => {
      const now = store.getState();
      // Saved meanwhile: the file is the copy.
      if (!now.document || now.documentId === null || !isDirty(now)) return;
      storeCopy({ map: now.document, documentId: now.documentId });
    }, delayMs);
  };
  const unsubscribe = store.subscribe(onChange);
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
