import { useEffect } from 'react';
import type { FileCommand } from '../../../shared/ipc/channels';
import { FILE_SHORTCUTS, matchesAccelerator } from '../../../shared/ipc/shortcuts';
import { host } from '../host/argmapHost';

const BINDINGS = Object.entries(FILE_SHORTCUTS) as [FileCommand, string][];

/**
 * Ctrl+S, Ctrl+O, Ctrl+N, Ctrl+Shift+S and Ctrl+W ask main to run the File command. They listen
 * before anything else (capture phase): they must work while typing in a card, whose field keeps
 * its keys from the map's own shortcuts.
 */
export function useFileShortcuts(): void {
  useEffect(() => {
    const isMac = navigator.platform.toLowerCase().startsWith('mac');
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing || event.repeat) return;
      const binding = BINDINGS.find(([, accelerator]) => matchesAccelerator(accelerator, event, isMac));
      if (!binding) return;
      event.preventDefault();
      event.stopPropagation();
      void host()
        .runFileCommand(binding[0])
        .catch(() => undefined);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
