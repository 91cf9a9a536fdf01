import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import type { Size } from '../../../shared/layout/nodeSize';
import type { PanelName } from '../../../shared/actions/actionState';
import type { NodeMark } from '../../../shared/model/kinds';

/** The node whose text is being typed, and whether it was just added (its text then joins the add's undo step). */
export interface EditingState {
  id: NodeId;
  isNew: boolean;
  /** History length when editing began: the text may join the add step only if nothing came between. */
  historyLength: number;
}

/** A deletion waiting for the user to choose what happens to the children. */
export interface PendingDelete {
  nodes: NodeId[];
  relations: RelationId[];
  /** Nodes below the deleted ones that the "delete subtree" choice would take too. */
  descendants: NodeId[];
}

export interface FindState {
  open: boolean;
  query: string;
  /** Index of the current match among all matches. */
  current: number;
}

/**
 * What the user is doing right now, never saved and never undone:
 * selection, drags in progress, measured sizes, text being typed, open panels.
 */
export interface SessionState {
  selected: ReadonlySet<NodeId>;
  selectedRelations: ReadonlySet<RelationId>;
  /** Positions of nodes while a drag is in progress; committed as one command on drop. */
  dragPositions: ReadonlyMap<NodeId, Position>;
  /** Sizes React Flow measured; fed back so it need not measure again. */
  measured: ReadonlyMap<NodeId, Size>;
  editing: EditingState | null;
  /** The node whose text was just committed with Enter: a second Enter adds its sibling. */
  justCommitted: NodeId | null;
  /** Nodes whose subtrees are folded away. A view choice: not saved, not undone. */
  collapsed: ReadonlySet<NodeId>;
  pendingDelete: PendingDelete | null;
  /** A short message for the user, e.g. why a connection was refused. `seq` restarts its timer. */
  notice: { text: string; seq: number } | null;
  find: FindState;
  /** The keyboard's way to draw a relation: pick the node the selected one bears on. */
  connectingFrom: NodeId | null;
  /** Asks the canvas to bring a node into view (find, outline). `seq` makes a repeat request count. */
  reveal: { id: NodeId; seq: number } | null;
  /** File › Export… is open. */
  exportOpen: boolean;
  /** Focus mode: one node shown with `levels` relations of context around it, the rest of the map dimmed. */
  focus: { id: NodeId; levels: number } | null;
  /** The command palette (Ctrl+Shift+P) is open. */
  paletteOpen: boolean;
  /** The storyline is being presented, at this step (0 is the first); null when not presenting. */
  presenting: PresentingState | null;
  /** Which panels are shown; they survive opening another map. */
  panels: Panels;
  /** Statuses are shown as if this node were rejected or accepted; the map itself is unchanged. */
  whatIf: WhatIf | null;
}

/** A what-if: a node and the mark it is imagined to have. */
export interface WhatIf {
  node: NodeId;
  mark: NodeMark | null;
}

/** Where a presentation is: the step shown, the one shown before it (its cards do not fade in again), and why it began as it did. */
export interface PresentingState {
  step: number;
  previous: number | null;
  /** Said as the presentation starts, e.g. that a storyline was generated for it. */
  message: string | null;
}

/** The panels a user shows or hides (the actions that do it name them): one flag each, kept together. */
export type Panels = Record<PanelName, boolean>;

export const initialSession: SessionState = {
  selected: new Set(),
  selectedRelations: new Set(),
  dragPositions: new Map(),
  measured: new Map(),
  editing: null,
  justCommitted: null,
  collapsed: new Set(),
  pendingDelete: null,
  notice: null,
  find: { open: false, query: '', current: 0 },
  connectingFrom: null,
  reveal: null,
  exportOpen: false,
  focus: null,
  paletteOpen: false,
  presenting: null,
  // The inspector's map summary shows what each colour and line means; the floating legend is for presenting.
  panels: { legend: false, minimap: true, outline: true, inspector: true, storyline: false, evaluation: false },
  whatIf: null,
};
