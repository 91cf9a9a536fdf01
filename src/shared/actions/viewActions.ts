import type { ActionDescriptor } from './actionDescriptor';
import { withNodes, withSelection } from './actionState';

/** The View menu: the command palette, presenting the storyline, zoom, and the panels beside the map. */
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
  present: {
    label: 'Present',
    buttonLabel: 'Present the storyline',
    runsIn: 'page',
    menu: 'view/present',
    shortcut: 'F5',
    // Presenting needs something to show; a map without a storyline gets one generated first.
    enabled: withNodes,
  },
  generateStoryline: {
    label: 'Generate Storyline',
    runsIn: 'page',
    menu: 'view/present',
    enabled: withNodes,
  },
  addStoryStep: {
    label: 'Add Selection to Storyline',
    runsIn: 'page',
    menu: 'view/present',
    enabled: withSelection,
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
  toggleStoryline: {
    label: 'Show/Hide Storyline',
    buttonLabel: 'Show storyline',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+Y',
    togglesPanel: 'storyline',
  },
  toggleMinimap: {
    label: 'Show/Hide Minimap',
    buttonLabel: 'Show minimap',
    runsIn: 'page',
    menu: 'view/panels',
    shortcut: 'CmdOrCtrl+Shift+M',
    togglesPanel: 'minimap',
  },
} as const satisfies Record<string, ActionDescriptor>;
