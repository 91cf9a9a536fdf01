import { app, Menu } from 'electron';
import { INITIAL_EDIT_STATE } from '../shared/ipc/contract';
import type { MainActionId } from '../shared/actions/actions';
import { sendEvent, targetWindow } from './events';
import { menuTemplate, type MenuState } from './menuTemplate';

export type { MenuState } from './menuTemplate';

/** What the File menu's items do: main runs file commands itself. */
export interface FileMenuActions {
  run(command: MainActionId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

export const INITIAL_MENU_STATE: MenuState = { edit: INITIAL_EDIT_STATE, recent: [], canRevert: false };

/**
 * Sets the application menu (menuTemplate.ts builds it from the action table). Rebuilt when undo
 * labels, the selection, the unsaved state or the recent files change.
 */
export function setupMenu(actions: FileMenuActions, state: MenuState = INITIAL_MENU_STATE): void {
  const template = menuTemplate(
    { ...actions, send: (command, window) => sendEvent(targetWindow(window), 'menuCommand', command) },
    state,
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
