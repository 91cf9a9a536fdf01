import { useEffect } from 'react';
import type { EditState } from '../../../shared/ipc/contract';
import { INITIAL_EDIT_STATE } from '../../../shared/ipc/contract';
import type { EditorStore } from '../store/editorStore';
import { host } from '../host/argmapHost';
import { subscribeTheme } from '../ui/theme';
import { currentActionState } from './currentActionState';

/**
 * Keeps main's menu naming the step Undo and Redo would take ("Undo Add objection") and ticking the
 * view's settings, and main told of unsaved changes and of the theme.
 */
export function useMenuState(store: EditorStore): void {
  useEffect(() => {
    // Main builds its menu with nothing to undo and nothing selected: no need to say so again at start-up.
    let sent = JSON.stringify(INITIAL_EDIT_STATE);
    const send = (): void => {
      const { undoLabel, redoLabel, hasSelection, copyScope, dirty, compactCards, theme } = currentActionState(
        store.getState(),
      );
      // Same key order as INITIAL_EDIT_STATE: the comparison below is of JSON text.
      const state: EditState = {
        undoLabel,
        redoLabel,
        hasSelection,
        copyScope,
        dirty,
        compactCards,
        theme,
        documentId: store.getState().documentId,
      };
      const key = JSON.stringify(state);
      if (key === sent) return;
      sent = key;
      // A stale menu label is not worth an error screen; main refuses and logs a bad payload itself.
      void host()
        .setEditState(state)
        .catch(() => undefined);
    };
    send();
    const stopTheme = subscribeTheme(send);
    const stopStore = store.subscribe(send);
    return () => {
      stopTheme();
      stopStore();
    };
  }, [store]);
}
