import { useEffect } from 'react';
import type { EditorStore } from './store/editorStore';
import { host } from './host/argmapHost';
import { useFileDrop } from './files/useFileDrop';
import { useFileEvents } from './files/useFileEvents';
import { useFileShortcuts } from './files/useFileShortcuts';
import { useRecoveryCopy } from './files/useRecoveryCopy';
import { useEditorCommands } from './useEditorCommands';
import { useKeymap } from './useKeymap';
import { useMenuState } from './useMenuState';

/** Opens the first document and wires main's events (menu commands, files) and the keyboard to the store. */
export function useHostEvents(store: EditorStore): void {
  const runCommand = useEditorCommands(store);
  useKeymap(store, runCommand);
  useFileShortcuts();
  useMenuState(store);
  useFileEvents(store);
  useRecoveryCopy(store);
  useFileDrop();

  useEffect(() => {
    void store.openFrom(host().getInitialDocument());
  }, [store]);

  useEffect(() => host().on('menuCommand', runCommand), [runCommand]);
}
