import { useEffect } from 'react';
import { actionOf, type ActionId, type MainActionId } from '../../../shared/actions/actions';
import { actionForKey } from '../../../shared/actions/keyBindings';
import { host } from '../host/argmapHost';
import { isMac } from '../ui/shortcutText';

const runsInMain = (id: ActionId): id is MainActionId => actionOf(id).runsIn === 'main';

/**
 * Ctrl+S, Ctrl+O, Ctrl+N, Ctrl+Shift+S and Ctrl+W ask main to run the File command. They listen
 * before anything else (capture phase): they must work while typing in a card, whose field keeps
 * its keys from the map's own shortcuts.
 */
export function useFileShortcuts(): void {
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing || event.repeat) return;
      const action = actionForKey(event, mac, runsInMain);
      if (!action || !runsInMain(action)) return;
      event.preventDefault();
      event.stopPropagation();
      void host()
        .runFileCommand(action)
        .catch(() => undefined);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
