import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels';
import { INITIAL_EDIT_STATE, type EditState, type InvokeHandlers } from '../shared/ipc/contract';
import { SHORTCUTS } from '../shared/ipc/shortcuts';
import { sendEvent, targetWindow } from './events';

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

function editMenu(state: EditState): MenuItemConstructorOptions[] {
  const selected = state.hasSelection;
  return [
    item(state.undoLabel ? `Undo ${state.undoLabel}` : 'Undo', 'undo', state.undoLabel !== null),
    item(state.redoLabel ? `Redo ${state.redoLabel}` : 'Redo', 'redo', state.redoLabel !== null),
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
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

/** The application menu: every command with its shortcut, so users can discover them. Rebuilt when undo labels change. */
export function setupMenu(handlers: InvokeHandlers, state: EditState = INITIAL_EDIT_STATE): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { role: 'close', label: 'Close Window' },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { label: '&Edit', submenu: editMenu(state) },
    { label: '&Insert', submenu: insertMenu(state.hasSelection) },
    { label: '&Arrange', submenu: arrangeMenu(state.hasSelection) },
    { label: '&View', submenu: viewMenu() },
    {
      label: '&Help',
      submenu: [
        {
          label: 'Open Sample Map',
          click: async (_item, window) => {
            sendEvent(targetWindow(window), 'documentOpened', await handlers.openSample(undefined));
          },
        },
        { role: 'about', label: 'About Argmap' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
