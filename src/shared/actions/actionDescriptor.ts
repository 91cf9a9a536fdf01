import type { NodeKind } from '../model/kinds';
import type { ActionState, PanelName } from './actionState';
import type { MenuPlace } from './menuPlaces';

/**
 * One user action, described once: main's menu, the top bar, the context menus, the keymap and the
 * command palette are all built from these (excalidraw's actions, without the React).
 */
export interface ActionDescriptor {
  /** Its name in the menu and the command palette, in title case: "Add Rebuttal". */
  label: string;
  /** The name as things stand, where that says more: "Undo Add objection", "Copy Selection as SVG". */
  labelNow?: (state: ActionState) => string;
  /** A toolbar button's name where it differs from the menu's ("Show outline" for a pressed toggle). */
  buttonLabel?: string;
  /** Main runs the file commands (it owns the disk and the dialogs); the page runs the rest. */
  runsIn: 'main' | 'page';
  /** Where the application menu shows it; absent: the palette and buttons only. */
  menu?: MenuPlace;
  /**
   * Its key, in Electron's accelerator notation ("CmdOrCtrl+Shift+P", "Tab", "F3"): the menu shows it
   * as it is, the page's keymap matches key presses against it, buttons and the palette show it.
   */
  shortcut?: string;
  /** Further keys that run it without being shown: habits from other editors (Backspace, Ctrl+Shift+Z). */
  alsoKeys?: readonly string[];
  /** Whether it can run now; always, when absent. */
  enabled?: (state: ActionState) => boolean;
  /** Its keys work while typing in a text field too (Save must; Tab or Delete must not). */
  keysWhileTyping?: boolean;
  /** Left out of the command palette (the palette itself). */
  hiddenFromPalette?: boolean;
  /** The kind of node it adds beneath the selected one. */
  addsKind?: NodeKind;
  /** The panel it shows or hides. */
  togglesPanel?: PanelName;
  /** A tick beside it in the menu and the palette: a setting turned on, or the chosen one of a group. */
  tick?: { style: 'checkbox' | 'radio'; on: (state: ActionState) => boolean };
  /** The menu shows it in a submenu of its group, under a shorter name: View › Theme › Dark. */
  submenu?: { title: string; label: string };
}
