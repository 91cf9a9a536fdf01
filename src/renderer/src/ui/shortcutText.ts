import { actionOf, type ActionId } from '../../../shared/actions/actions';
import { shortcutLabel } from '../../../shared/actions/shortcuts';

/** Whether the page runs on macOS, where CmdOrCtrl is Cmd. */
export const isMac = (): boolean => navigator.platform.toLowerCase().startsWith('mac');

/** An action's shortcut as the user reads it on this machine ("Ctrl+Shift+P"), if it has one. */
export function shortcutText(id: ActionId): string | undefined {
  const { shortcut } = actionOf(id);
  return shortcut && shortcutLabel(shortcut, isMac());
}
