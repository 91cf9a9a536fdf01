import type { Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { Command } from './command';

export interface MoveNodesArgs {
  moves: ReadonlyArray<{ id: NodeId; position: Position }>;
  /** What the Edit menu calls the step when it is not a drag, e.g. "Auto layout" or "Nudge". */
  label?: string;
}

/** Moves nodes to new positions: a whole drag, however many nodes, is one step. */
export const moveNodes: Command<MoveNodesArgs> = {
  name: 'moveNodes',
  label: ({ moves, label }) => label ?? (moves.length === 1 ? 'Move node' : `Move ${moves.length} nodes`),
  perform: (draft, { moves }) => {
    for (const { id, position } of moves) {
      const node = draft.nodes[id];
      if (!node) continue;
      const x = Math.round(position.x);
      const y = Math.round(position.y);
      // Writing equal values would still produce patches and an empty-looking undo step.
      if (node.position.x !== x || node.position.y !== y) node.position = { x, y };
    }
  },
};
