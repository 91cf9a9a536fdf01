import type { FileCommand, MenuCommand } from './channels';

/**
 * Keyboard shortcuts as Electron accelerators. The menu shows them; the renderer's
 * keymap runs them (the menu does not register them, so typing in a text field is
 * never swallowed by a one-key shortcut like Tab or Delete).
 */
export const SHORTCUTS: Partial<Record<MenuCommand, string>> = {
  fitView: 'CmdOrCtrl+0',
  actualSize: 'CmdOrCtrl+1',
  zoomIn: 'CmdOrCtrl+=',
  zoomOut: 'CmdOrCtrl+-',
  toggleLegend: 'CmdOrCtrl+Shift+L',
  toggleMinimap: 'CmdOrCtrl+Shift+M',
  toggleOutline: 'CmdOrCtrl+Shift+O',
  toggleInspector: 'CmdOrCtrl+Shift+I',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Y',
  addReason: 'Tab',
  addObjection: 'O',
  addRebuttal: 'B',
  addEvidence: 'E',
  addRecommendation: 'M',
  addClaim: 'C',
  addSibling: 'Enter',
  addFreeNode: 'CmdOrCtrl+Shift+N',
  editText: 'F2',
  deleteSelection: 'Delete',
  selectAll: 'CmdOrCtrl+A',
  duplicate: 'CmdOrCtrl+D',
  connectTo: 'CmdOrCtrl+K',
  linkPremises: 'CmdOrCtrl+G',
  unlinkPremises: 'CmdOrCtrl+Shift+G',
  toggleCollapse: 'CmdOrCtrl+.',
  expandAll: 'CmdOrCtrl+Shift+.',
  layoutMap: 'CmdOrCtrl+L',
  find: 'CmdOrCtrl+F',
  findNext: 'F3',
  findPrevious: 'Shift+F3',
  exportMap: 'CmdOrCtrl+Shift+E',
};

/** Shortcuts of the File menu; main runs these commands, the renderer's keymap asks for them. */
export const FILE_SHORTCUTS: Partial<Record<FileCommand, string>> = {
  newMap: 'CmdOrCtrl+N',
  openFile: 'CmdOrCtrl+O',
  importFile: 'CmdOrCtrl+I',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  closeWindow: 'CmdOrCtrl+W',
};

/** Keys that also run a command without being shown in the menu: habits from other editors. */
export const EXTRA_SHORTCUTS: ReadonlyArray<[string, MenuCommand]> = [
  ['Backspace', 'deleteSelection'],
  ['CmdOrCtrl+Shift+Z', 'redo'],
  ['R', 'addReason'],
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key press is the accelerator, e.g. `CmdOrCtrl+Shift+G` (Cmd on macOS, Ctrl elsewhere). */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" splits into ["CmdOrCtrl", "="]; a "+" key itself would be spelt "Plus".
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const command = wants.has('CmdOrCtrl') ? (isMac ? press.metaKey : press.ctrlKey) : false;
  const ctrl = isMac ? press.ctrlKey : press.ctrlKey && !wants.has('CmdOrCtrl');
  const meta = isMac ? press.metaKey && !wants.has('CmdOrCtrl') : press.metaKey;
  if (wants.has('CmdOrCtrl') !== command || ctrl || meta) return false;
  if (wants.has('Shift') !== press.shiftKey || wants.has('Alt') !== press.altKey) return false;
  const pressed = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  // With Shift held, "." arrives as ">" on most layouts: accept the unshifted name too.
  const shifted: Record<string, string> = { '>': '.', '+': '=', _: '-', ')': '0', '!': '1' };
  return pressed === key.toUpperCase() || pressed === key || shifted[pressed] === key;
}
