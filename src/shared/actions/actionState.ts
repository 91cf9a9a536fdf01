/**
 * What decides whether an action can run now and how its menu item is named: a small, serialisable
 * summary of the editor, which the page works out and main's menu is told of (over the contract).
 */
export interface ActionState {
  /** The step Undo would take back ("Add objection"), or null with nothing to undo. */
  undoLabel: string | null;
  /** The step Redo would take again, or null. */
  redoLabel: string | null;
  /** Nodes or relations are selected. */
  hasSelection: boolean;
  /** What Copy as… and Export… would take: nothing (an empty map), the whole map, or the selected nodes. */
  copyScope: 'none' | 'map' | 'selection';
  /** The map differs from its file (or was never saved). */
  dirty: boolean;
  /** The map came from a file it can go back to. Only main knows; the page assumes so (main ignores a Revert without one). */
  canRevert: boolean;
  /** A what-if is shown: statuses as if a node were rejected or accepted. */
  whatIf?: boolean;
  /** The map shows compact cards (View › Compact Cards is ticked). */
  compactCards: boolean;
  /** The colours the user chose (View › Theme): the system's, or always light or dark. */
  theme: ThemeChoice;
}

/** View › Theme's choices: follow the system's dark mode, or override it. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Nothing to undo, nothing selected, no map: the state before the page first reports. */
export const INITIAL_ACTION_STATE: ActionState = {
  undoLabel: null,
  redoLabel: null,
  hasSelection: false,
  copyScope: 'none',
  dirty: false,
  canRevert: false,
  compactCards: false,
  theme: 'system',
};

/** The panels an action shows or hides, each a flag of the page's session. */
export const PANEL_NAMES = ['legend', 'minimap', 'outline', 'inspector', 'storyline', 'evaluation'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

/** Enabled with something selected: most edits act on the selection. */
export const withSelection = (state: ActionState): boolean => state.hasSelection;

/** Enabled with something to export or copy: a map with at least one node. */
export const withNodes = (state: ActionState): boolean => state.copyScope !== 'none';

/** Enabled while a what-if is shown. */
export const inWhatIf = (state: ActionState): boolean => state.whatIf === true;
