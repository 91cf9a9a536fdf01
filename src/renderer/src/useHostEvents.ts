import { useEffect } from 'react';
import type { EditorStore } from './store/editorStore';
import { host } from './host/argmapHost';
import { useEditorCommands } from './useEditorCommands';
import { useKeymap } from './useKeymap';

/**
 * Wires main's menu commands and the keyboard to the map on screen. They need the canvas (zoom,
 * fit, where to add a node), unlike the file wiring, which App keeps outside the crash screen.
 */
export function useHostEvents(store: EditorStore): void {
  const runCommand = useEditorCommands(store);
  useKeymap(store, runCommand);

  useEffect(() => host().on('menuCommand', runCommand), [runCommand]);
}
