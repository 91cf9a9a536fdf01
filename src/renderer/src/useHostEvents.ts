import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { EditorStore } from './store/editorStore';
import { host } from './host/argmapHost';
import { useActualSize, useFitMap } from './canvas/viewport';

const VIEW_ANIMATION = { duration: 200 };

/** Text fields keep their own undo: the menu's Undo must not reach into the map then. */
function isEditingText(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    (active as HTMLElement | null)?.isContentEditable === true
  );
}

/** Opens the first document and wires main's events (menu commands, opened files) to the store. */
export function useHostEvents(store: EditorStore): void {
  const flow = useReactFlow();
  const fitMap = useFitMap();
  const actualSize = useActualSize();

  useEffect(() => {
    void store.openFrom(host().getInitialDocument());
  }, [store]);

  useEffect(() => {
    const run: Record<MenuCommand, () => void> = {
      fitView: () => fitMap(),
      actualSize: () => actualSize(),
      zoomIn: () => void flow.zoomIn(VIEW_ANIMATION),
      zoomOut: () => void flow.zoomOut(VIEW_ANIMATION),
      toggleLegend: () => store.togglePanel('showLegend'),
      toggleMinimap: () => store.togglePanel('showMinimap'),
      undo: () => (isEditingText() ? document.execCommand('undo') : store.undo()),
      redo: () => (isEditingText() ? document.execCommand('redo') : store.redo()),
    };
    const offMenu = host().on('menuCommand', (command) => run[command]());
    // The menu shows Ctrl+Y for Redo; Ctrl+Shift+Z is the other habit on Windows and Linux.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey && event.shiftKey && !event.metaKey && event.key.toLowerCase() === 'z' && !isEditingText()) {
        event.preventDefault();
        run.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const offOpened = host().on('documentOpened', (opened) => {
      store.open(opened);
      if (opened.result.ok) requestAnimationFrame(() => fitMap(0));
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
      offOpened();
    };
  }, [actualSize, fitMap, flow, store]);
}
