import { useEffect } from 'react';
import type { EditorStore } from '../store/editorStore';
import { host } from '../host/argmapHost';
import { useFileDrop } from './useFileDrop';
import { useFileEvents } from './useFileEvents';
import { useFileShortcuts } from './useFileShortcuts';
import { useRecoveryCopy } from './useRecoveryCopy';

/**
 * Everything that keeps the user's map safe on disk: the first open, Save and the other file
 * shortcuts, main's file events and recovery copies. App runs it outside the
 * crash screen's boundary, so a drawing error never takes Save (or main's save request) with it.
 */
export function useDocumentFiles(store: EditorStore): void {
  useFileShortcuts();
  useFileEvents(store);
  useRecoveryCopy(store);
  useFileDrop();

  useEffect(() => {
    void store.openFrom(host().getInitialDocument());
  }, [store]);
}
