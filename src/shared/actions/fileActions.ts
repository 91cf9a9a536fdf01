import { withNodes } from './actionState';
import type { ActionDescriptor } from './actionDescriptor';

/** The File and Help menus: main runs them, except Export…, whose dialog the page shows. */
export const FILE_ACTIONS = {
  newMap: { label: 'New Map', runsIn: 'main', menu: 'file/open', shortcut: 'CmdOrCtrl+N', keysWhileTyping: true },
  openFile: { label: 'Open…', runsIn: 'main', menu: 'file/open', shortcut: 'CmdOrCtrl+O', keysWhileTyping: true },
  importFile: {
    label: 'Import…',
    runsIn: 'main',
    menu: 'file/open',
    shortcut: 'CmdOrCtrl+I',
    keysWhileTyping: true,
  },
  save: { label: 'Save', runsIn: 'main', menu: 'file/save', shortcut: 'CmdOrCtrl+S', keysWhileTyping: true },
  saveAs: {
    label: 'Save As…',
    runsIn: 'main',
    menu: 'file/save',
    shortcut: 'CmdOrCtrl+Shift+S',
    keysWhileTyping: true,
  },
  revert: {
    label: 'Revert to Saved',
    runsIn: 'main',
    menu: 'file/save',
    enabled: (state) => state.canRevert && state.dirty,
  },
  // The page opens the export dialog: it holds the map, the selection and the preview.
  exportMap: {
    label: 'Export…',
    runsIn: 'page',
    menu: 'file/export',
    shortcut: 'CmdOrCtrl+Shift+E',
    enabled: withNodes,
  },
  closeWindow: {
    label: 'Close Window',
    runsIn: 'main',
    menu: 'file/close',
    shortcut: 'CmdOrCtrl+W',
    keysWhileTyping: true,
  },
  openSample: { label: 'Open Sample Map', buttonLabel: 'Open the sample map', runsIn: 'main', menu: 'help/help' },
} as const satisfies Record<string, ActionDescriptor>;
