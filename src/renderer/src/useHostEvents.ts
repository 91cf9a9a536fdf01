import { useEffect } from 'react';
import type { EditorStore } from './store/editorStore';
import { host } from './host/argmapHost';
import { useFitMap } from './canvas/viewport';
import { useEditorCommands } from './useEditorCommands';
import { useKeymap } from './useKeymap';
import { useMenuState } from './useMenuState';

/** Opens the first document and wires main's events (menu commands, opened files) and the keyboard to the store. */
export function useHostEvents(store: EditorStore): void {
  const fitMap = useFitMap();
  const runCommand = useEditorCommands(store);
  useKeymap(store, runCommand);
  useMenuState(store);

  useEffect(() => {
    void store.openFrom(host().getInitialDocument());
  }, [store]);

  useEffect(() => {
    const offMenu = host().on('menuCommand', runCommand);
    const offOpened = host().on('documentOpened', (opened) => {
      store.open(opened);
      if (opened.result.ok) requestAnimationFrame(() => fitMap(0));
    });
    return () => {
      offMenu();
      offOpened();
    };
  }, [fitMap, runCommand, store]);
}
