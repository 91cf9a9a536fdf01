import { app, Menu } from 'electron';
import { INITIAL_EDIT_STATE } from '../shared/ipc/contract';
import type { MainActionId } from '../shared/actions/actions';
import { sendEvent, targetWindow } from './events';
import { menuTemplate, type MenuActions, type MenuState } from './menuTemplate';

/** What the File menu's items do: main runs file commands itself. */
export interface FileMenuActions {
  run(command: MainActionId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Nothing to undo, nothing selected, no recent files: the menu before anyone reports. */
const INITIAL_MENU_STATE: MenuState = { edit: INITIAL_EDIT_STATE, recent: [], canRevert: false };

/**
 * The application menu, kept up to date: the returned function takes what changed (the page's
 * report, the recent files, whether the map can be reverted) and rebuilds the menu with it, from
 * the action table (menuTemplate.ts).
 */
export function applicationMenu(actions: FileMenuActions): (change: Partial<MenuState>) => void {
  let state = INITIAL_MENU_STATE;
  const send: MenuActions['send'] = (command, window) => sendEvent(targetWindow(window), 'menuCommand', command);
  return (change) => {
    state = { ...state, ...change };
    const platform = { isMac: process.platform === 'darwin', isPackaged: app.isPackaged };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...actions, send }, state, platform)));
  };
}
