import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { basename, dirname } from 'node:path';
import type { FileCommand, MenuCommand } from '../shared/ipc/channels';
import { INITIAL_EDIT_STATE, type EditState } from '../shared/ipc/contract';
import { FILE_SHORTCUTS, SHORTCUTS } from '../shared/ipc/shortcuts';
import { sendEvent, targetWindow } from './events';

/** What the File menu's items do: main runs file commands itself. */
export interface FileMenuActions {
  run(command: FileCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Everything the menu shows that changes while the app runs. */
export interface MenuState {
  edit: EditState;
  recent: readonly string[];
  /** The open document has a file to go back to. */
  canRevert: boolean;
}

export const INITIAL_MENU_STATE: MenuState = { edit: INITIAL_EDIT_STATE, recent: [], canRevert: false };

/**
 * A menu item that asks the renderer to run a command. The shortcut is shown but
 * not registered: the renderer's keymap runs it, so one-key shortcuts (Tab, Delete,
 * letters) never steal keys from a text field.
 */
const item = (label: string, command: MenuCommand, enabled = true): MenuItemConstructorOptions => ({
  label,
  accelerator: SHORTCUTS[command],
  registerAccelerator: false,
  enabled,
  click: (_item, window) => sendEvent(targetWindow(window), 'menuCommand', command),
});

/** A File menu item, run by main; its shortcut is shown, and the renderer's keymap asks main to run it. */
const fileItem = (
  actions: FileMenuActions,
  label: string,
  command: FileCommand,
  enabled = true,
): MenuItemConstructorOptions => ({
  label,
  accelerator: FILE_SHORTCUTS[command],
  registerAccelerator: false,
  enabled,
  click: () => actions.run(command),
});

function recentMenu(actions: FileMenuActions, recent: readonly string[]): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = recent.map((path) => ({
    // The folder tells apart two maps of the same name.
    label: `${basename(path)} — ${dirname(path)}`,
    click: () => actions.openRecent(path),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Maps', enabled: false });
  return [
    ...items,
    { type: 'separator' },
    { label: 'Clear Menu', enabled: recent.length > 0, click: actions.clearRecent },
  ];
}

function fileMenu(actions: FileMenuActions, state: MenuState, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    fileItem(actions, 'New Map', 'newMap'),
    fileItem(actions, 'Open…', 'openFile'),
    { label: 'Open Recent', submenu: recentMenu(actions, state.recent) },
    fileItem(actions, 'Import…', 'importFile'),
    { type: 'separator' },
    fileItem(actions, 'Save', 'save'),
    fileItem(actions, 'Save As…', 'saveAs'),
    fileItem(actions, 'Revert to Saved', 'revert', state.canRevert && state.edit.dirty),
    { type: 'separator' },
    // The page opens the export dialog: it holds the map, the selection and the preview.
    item('Export…', 'exportMap', state.edit.copyScope !== 'none'),
    { type: 'separator' },
    fileItem(actions, 'Close Window', 'closeWindow'),
    ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
  ];
}

/** Copy as…: the selected nodes if any, else the whole map; the labels say which. */
function copyAsItems(state: EditState): MenuItemConstructorOptions[] {
  const what = state.copyScope === 'selection' ? 'Selection' : 'Map';
  const enabled = state.copyScope !== 'none';
  return [
    item(`Copy ${what} as Image`, 'copyAsImage', enabled),
    item(`Copy ${what} as SVG`, 'copyAsSvg', enabled),
    item(`Copy ${what} as Outline`, 'copyAsOutline', enabled),
  ];
}

function editMenu(state: EditState): MenuItemConstructorOptions[] {
  const selected = state.hasSelection;
  return [
    item(state.undoLabel ? `Undo ${state.undoLabel}` : 'Undo', 'undo', state.undoLabel !== null),
    item(state.redoLabel ? `Redo ${state.redoLabel}` : 'Redo', 'redo', state.redoLabel !== null),
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...copyAsItems(state),
    item('Duplicate', 'duplicate', selected),
    item('Delete', 'deleteSelection', selected),
    { type: 'separator' },
    item('Select All', 'selectAll'),
    item('Edit Text', 'editText', selected),
    { type: 'separator' },
    item('Find…', 'find'),
    item('Find Next', 'findNext'),
    item('Find Previous', 'findPrevious'),
  ];
}

const insertMenu = (selected: boolean): MenuItemConstructorOptions[] => [
  item('Add Reason', 'addReason'),
  item('Add Objection', 'addObjection', selected),
  item('Add Rebuttal', 'addRebuttal', selected),
  item('Add Evidence', 'addEvidence', selected),
  item('Add Recommendation', 'addRecommendation', selected),
  item('Add Claim', 'addClaim', selected),
  { type: 'separator' },
  item('Add Sibling (after typing)', 'addSibling', selected),
  item('Add Free-Standing Node', 'addFreeNode'),
];

const arrangeMenu = (selected: boolean): MenuItemConstructorOptions[] => [
  item('Connect To…', 'connectTo', selected),
  item('Link as Premises', 'linkPremises', selected),
  item('Unlink Premises', 'unlinkPremises', selected),
  { type: 'separator' },
  item('Collapse/Expand', 'toggleCollapse', selected),
  item('Expand All', 'expandAll'),
  { type: 'separator' },
  item('Auto Layout', 'layoutMap'),
  item('Lay Out Selection', 'layoutSelection', selected),
];

const viewMenu = (): MenuItemConstructorOptions[] => [
  item('Fit Map to Window', 'fitView'),
  item('Actual Size (Around Selection)', 'actualSize'),
  item('Zoom In', 'zoomIn'),
  item('Zoom Out', 'zoomOut'),
  { type: 'separator' },
  item('Show/Hide Outline', 'toggleOutline'),
  item('Show/Hide Inspector', 'toggleInspector'),
  item('Show/Hide Legend', 'toggleLegend'),
  item('Show/Hide Minimap', 'toggleMinimap'),
  { type: 'separator' },
  { role: 'togglefullscreen' },
  ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, accelerator: 'F12' }]),
];

/**
 * The application menu: every command with its shortcut, so users can discover them.
 * Rebuilt when undo labels, the unsaved state or the recent files change.
 */
export function setupMenu(actions: FileMenuActions, state: MenuState = INITIAL_MENU_STATE): void {
  const isMac = process.platform === 'darwin';
  const selected = state.edit.hasSelection;
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: fileMenu(actions, state, isMac) },
    { label: '&Edit', submenu: editMenu(state.edit) },
    { label: '&Insert', submenu: insertMenu(selected) },
    { label: '&Arrange', submenu: arrangeMenu(selected) },
    { label: '&View', submenu: viewMenu() },
    {
      label: '&Help',
      submenu: [
        { label: 'Open Sample Map', click: () => actions.run('openSample') },
        { role: 'about', label: 'About Argmap' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
