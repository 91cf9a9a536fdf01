import { withNodes, withSelection, type ActionState } from './actionState';
import type { ActionDescriptor } from './actionDescriptor';

/** Copy as…: the selected nodes if any, else the whole map; the label says which. */
const copyLabel = (as: string) => (state: ActionState) =>
  `Copy ${state.copyScope === 'selection' ? 'Selection' : 'Map'} as ${as}`;

/** The Edit menu: undo, copying, selecting and finding. */
export const EDIT_ACTIONS = {
  undo: {
    label: 'Undo',
    labelNow: (state) => (state.undoLabel ? `Undo ${state.undoLabel}` : 'Undo'),
    runsIn: 'page',
    menu: 'edit/history',
    shortcut: 'CmdOrCtrl+Z',
    enabled: (state) => state.undoLabel !== null,
  },
  redo: {
    label: 'Redo',
    labelNow: (state) => (state.redoLabel ? `Redo ${state.redoLabel}` : 'Redo'),
    runsIn: 'page',
    menu: 'edit/history',
    shortcut: 'CmdOrCtrl+Y',
    alsoKeys: ['CmdOrCtrl+Shift+Z'],
    enabled: (state) => state.redoLabel !== null,
  },
  copyAsImage: {
    label: 'Copy as Image',
    labelNow: copyLabel('Image'),
    runsIn: 'page',
    menu: 'edit/clipboard',
    enabled: withNodes,
  },
  copyAsSvg: {
    label: 'Copy as SVG',
    labelNow: copyLabel('SVG'),
    runsIn: 'page',
    menu: 'edit/clipboard',
    enabled: withNodes,
  },
  copyAsOutline: {
    label: 'Copy as Outline',
    labelNow: copyLabel('Outline'),
    runsIn: 'page',
    menu: 'edit/clipboard',
    enabled: withNodes,
  },
  duplicate: {
    label: 'Duplicate',
    runsIn: 'page',
    menu: 'edit/clipboard',
    shortcut: 'CmdOrCtrl+D',
    enabled: withSelection,
  },
  deleteSelection: {
    label: 'Delete',
    runsIn: 'page',
    menu: 'edit/clipboard',
    shortcut: 'Delete',
    alsoKeys: ['Backspace'],
    enabled: withSelection,
  },
  selectAll: { label: 'Select All', runsIn: 'page', menu: 'edit/select', shortcut: 'CmdOrCtrl+A' },
  editText: { label: 'Edit Text', runsIn: 'page', menu: 'edit/select', shortcut: 'F2', enabled: withSelection },
  find: { label: 'Find…', buttonLabel: 'Find', runsIn: 'page', menu: 'edit/find', shortcut: 'CmdOrCtrl+F' },
  findNext: { label: 'Find Next', runsIn: 'page', menu: 'edit/find', shortcut: 'F3' },
  findPrevious: { label: 'Find Previous', runsIn: 'page', menu: 'edit/find', shortcut: 'Shift+F3' },
} as const satisfies Record<string, ActionDescriptor>;
