import { current, type Draft } from 'immer';
import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { primaryParents, treeChildren } from '../model/graph';
import { estimateNodeSize } from '../layout/nodeSize';
import type { Command } from './command';

export interface MoveNodesArgs {
  moves: ReadonlyArray<{ id: NodeId; position: Position }>;
  /** What the Edit menu calls the step when it is not a drag, e.g. "Auto layout" or "Nudge". */
  label?: string;
  /**
   * A drag of the user's: a single card dropped within its siblings' row takes its place among
   * them where it was dropped (its stored order changes with it).
   */
  drag?: boolean;
}

/** Moves nodes to new positions: a whole drag, however many nodes, is one step. */
export const moveNodes: Command<MoveNodesArgs> = {
  name: 'moveNodes',
  label: ({ moves, label }) => label ?? (moves.length === 1 ? 'Move node' : `Move ${moves.length} nodes`),
  perform: (draft, { moves, drag }) => {
    for (const { id, position } of moves) {
      const node = draft.nodes[id];
      if (!node) continue;
      const x = Math.round(position.x);
      const y = Math.round(position.y);
      // Writing equal values would still produce patches and an empty-looking undo step.
      if (node.position.x !== x || node.position.y !== y) node.position = { x, y };
    }
    if (drag && moves.length === 1) reorderByDrop(draft, moves[0].id);
  },
};

/**
 * A card dropped in its siblings' row (its top within half a card of theirs) goes where it was
 * dropped among them: the siblings are numbered left to right, the others keeping their order.
 */
function reorderByDrop(draft: Draft<ArgumentMap>, id: NodeId): void {
  const map = current(draft);
  const parent = primaryParents(map).get(id);
  const siblings = parent === undefined ? [] : (treeChildren(map).get(parent) ?? []);
  const others = siblings.filter((sibling) => sibling !== id);
  if (others.length === 0) return;
  const dropped = map.nodes[id].position;
  const rowTop = map.nodes[others[0]].position.y;
  if (Math.abs(dropped.y - rowTop) > estimateNodeSize(map.nodes[id]).height / 2) return;
  const centre = (n: NodeId): number => map.nodes[n].position.x + estimateNodeSize(map.nodes[n]).width / 2;
  const at = others.filter((sibling) => centre(sibling) < centre(id)).length;
  const order = [...others.slice(0, at), id, ...others.slice(at)];
  if (order.every((sibling, i) => sibling === siblings[i])) return;
  order.forEach((sibling, i) => {
    if (draft.nodes[sibling].order !== i) draft.nodes[sibling].order = i;
  });
}
