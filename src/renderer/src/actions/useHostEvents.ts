import { useEffect } from 'react';
import type { EditorStore } from '../store/editorStore';
import { host } from '../host/argmapHost';
import type { RunAction } from './useActionRunner';
import { useKeymap } from './useKeymap';

/**
 * Wires main's menu commands and the keyboard to the map on screen. They need the canvas (zoom,
 * fit, where to add a node), unlike the file wiring, which App keeps outside the crash screen.
 */
export function useHostEvents(store: EditorStore, runAction: RunAction): void {
  useKeymap(store, runAction);

  useEffect(() => host().on('menuCommand', runAction), [runAction]);
}
