import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels';
import type { InvokeHandlers } from '../shared/ipc/contract';
import { sendEvent, targetWindow } from './events';

const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
  label,
  accelerator,
  click: (_item, window) => sendEvent(targetWindow(window), 'menuCommand', command),
});

/** The application menu: every command with its shortcut, so users can discover them. */
export function setupMenu(handlers: InvokeHandlers): void {
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
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'CmdOrCtrl+Z', 'undo'),
        item('Redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Fit Map to Window', 'CmdOrCtrl+0', 'fitView'),
        item('Actual Size (Around Selection)', 'CmdOrCtrl+1', 'actualSize'),
        item('Zoom In', 'CmdOrCtrl+=', 'zoomIn'),
        item('Zoom Out', 'CmdOrCtrl+-', 'zoomOut'),
        { type: 'separator' },
        item('Show/Hide Legend', 'CmdOrCtrl+Shift+L', 'toggleLegend'),
        item('Show/Hide Minimap', 'CmdOrCtrl+Shift+M', 'toggleMinimap'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
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
