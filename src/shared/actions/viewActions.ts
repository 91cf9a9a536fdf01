import { withSelection } from './actionState';
import type { ActionDescriptor } from './actionDescriptor';
import type { ActionState, ThemeChoice } from './actionState';

/** View › Theme › System, Light or Dark: one of three, ticked as the user chose. */
const themeAction = (theme: ThemeChoice, label: string) =>
  ({
    label: `Theme: ${label}`,
    runsIn: 'page',
    menu: 'view/appearance',
    submenu: { title: 'Theme', label },
    tick: { style: 'radio', on: (state: ActionState) => state.theme === theme },
  }) as const satisfies ActionDescriptor;

/** The View menu: the command palette, zoom, and the panels beside the map. */
export const VIEW_ACTIONS = {
  commandPalette: {
    label: 'Command Palette…',
    runsIn: 'page',
    menu: 'view/palette',
    shortcut: 'CmdOrCtrl+Shift+P',
    // As in VS Code: it opens from a text field too, where the other map keys are the field's own.
    keysWhileTyping: true,
    hiddenFromPalette: true,
  },
  fitView: {
    label: 'Fit Map to Window',
    buttonLabel: 'Fit map to window',
    runsIn: 'page',
    menu: 'view/zoom',
    shortcut: 'CmdOrCtrl+0',
  },
  actualSize: { label: 'Actual Size (Around Selection)', runsIn: 'page', menu: 'view/zoom', shortcut: 'CmdOrCtrl+1' },
  zoomIn: { label: 'Zoom In', runsIn: 'page', menu: 'view/zoom', shortcut: 'CmdOrCtrl+=' },
  zoomOut: { label: 'Zoom Out', runsIn: 'page', menu: 'view/zoom', shortcut: 'CmdOrCtrl+-' },
  // Alt+arrows walk the map and Shift+Alt+arrows grow the selection: back and forward take brackets, as in editors.
  goBack: { label: 'Go Back', runsIn: 'page', menu: 'view/navigate', shortcut: 'Alt+[' },
  goForward: { label: 'Go Forward', runsIn: 'page', menu: 'view/navigate', shortcut: 'Alt+]' },
  focusSelection: {
    label: 'Focus on Selection',
    runsIn: 'page',
    menu: 'view/navigate',
    shortcut: 'F',
    enabled: withSelection,
  },
  toggleOutline: {
    label: 'Show/Hide Outline',
    buttonLabel: 'Show outline',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+O',
    togglesPanel: 'outline',
  },
  toggleInspector: {
    label: 'Show/Hide Inspector',
    buttonLabel: 'Show inspector',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+I',
    togglesPanel: 'inspector',
  },
  toggleLegend: {
    label: 'Show/Hide Legend',
    buttonLabel: 'Show legend',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+L',
    togglesPanel: 'legend',
  },
  toggleMinimap: {
    label: 'Show/Hide Minimap',
    buttonLabel: 'Show minimap',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+M',
    togglesPanel: 'minimap',
  },
  toggleCompactCards: {
    label: 'Compact Cards',
    runsIn: 'page',
    menu: 'view/appearance',
    // Saved with the map, and undone like any edit of it.
    tick: { style: 'checkbox', on: (state) => state.compactCards },
  },
  themeSystem: themeAction('system', 'System'),
  themeLight: themeAction('light', 'Light'),
  themeDark: themeAction('dark', 'Dark'),
} as const satisfies Record<string, ActionDescriptor>;
