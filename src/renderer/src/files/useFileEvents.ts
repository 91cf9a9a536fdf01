import { useEffect } from 'react';
import { host } from '../host/argmapHost';
import { isDirty, type EditorStore } from '../store/editorStore';
import { commitTextBeingTyped } from '../ui/focus';

/**
 * Main's file events: hand over the map to save, mark it saved, show opened maps and file problems.
 * None needs the canvas (the canvas fits an opened map itself), so they keep working on the crash screen.
 */
export function useFileEvents(store: EditorStore): void {
  useEffect(() => {
    const offs = [
      host().on('documentOpened', (opened) => store.open(opened)),
      host().on('documentRequested', ({ requestId }) => {
        commitTextBeingTyped();
        const map = store.handOver(requestId);
        if (!map) return;
        host()
          .provideDocument({ requestId, map, dirty: isDirty(store.getState()) })
          .catch((error: unknown) =>
            store.reportProblem({
              title: 'Could not save the map.',
              message: `The map was refused: ${error instanceof Error ? error.message : String(error)}`,
            }),
          );
      }),
      host().on('documentSaved', ({ requestId, name, title }) => store.saved(requestId, name, title)),
      host().on('fileProblem', (problem) => store.reportProblem(problem)),
      host().on('diskChanged', (change) => store.reportDiskChange(change)),
      host().on('documentUnsaved', ({ documentId }) => store.markUnsaved(documentId)),
    ];
    return () => offs.forEach((off) => off());
  }, [store]);

  // Copies a crash left behind are offered once, at start-up.
  useEffect(() => {
    host()
      .listRecoveries()
      .then((offers) => store.offerRecoveries(offers))
      .catch(() => undefined);
  }, [store]);
}
