/**
 * Shortcuts are written in Electron's accelerator notation ("CmdOrCtrl+Shift+G"): main's menu shows
 * them as they are; the page matches key presses against them and shows them as text. The menu
 * does not register them, so typing in a text field is never swallowed by a one-key shortcut like
 * Tab or Delete.
 */

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ARROW_NAMES: Record<string, string> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
};

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
  // The DOM names arrow keys "ArrowLeft"; accelerators call them "Left".
  const pressed = press.key.length === 1 ? press.key.toUpperCase() : (ARROW_NAMES[press.key] ?? press.key);
  // With Shift held, "." arrives as ">" on most layouts: accept the unshifted name too.
  const shifted: Record<string, string> = { '>': '.', '+': '=', _: '-', ')': '0', '!': '1' };
  return pressed === key.toUpperCase() || pressed === key || shifted[pressed] === key;
}

/** Shortcut text as the user reads it on this machine: "Ctrl+Shift+P", or "⌘+Shift+P" on macOS. */
export function shortcutLabel(accelerator: string, isMac: boolean): string {
  return accelerator.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl');
}
