import { current } from 'immer';
import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { parentRelationOf, primaryParents, treeChildren } from '../model/graph';
import { concludes } from '../model/premiseOrder';
import type { Command } from './command';

export interface MoveAmongSiblingsArgs {
  node: NodeId;
  /** −1 one place to the left (earlier), +1 one place to the right (later). */
  by: -1 | 1;
  /** Where the cards go now (the branch redrawn in its new order), in the same step. */
  moves?: ReadonlyMap<NodeId, Position>;
}

/**
 * The siblings of a node in the order the layout draws them, in units that move as one: the
 * premises of a linked argument stay together, the rest are single.
 */
export function siblingUnits(map: ArgumentMap, node: NodeId): NodeId[][] | undefined {
  const parent = primaryParents(map).get(node);
  if (parent === undefined) return undefined;
  const siblings = treeChildren(map).get(parent) ?? [];
  const units: NodeId[][] = [];
  const unitOf = new Map<string, NodeId[]>();
  for (const sibling of siblings) {
    const relation = parentRelationOf(map, sibling);
    const linked = relation && relation.from.length > 1 && !concludes(map, relation);
    const unit = linked ? unitOf.get(relation.id) : undefined;
    if (unit) unit.push(sibling);
    else {
      const fresh = [sibling];
      if (linked) unitOf.set(relation.id, fresh);
      units.push(fresh);
    }
  }
  return units;
}

/**
 * Moves a node one place among its siblings (the premises of the node it hangs under): within its
 * linked argument, or past the neighbouring premise (a linked argument moves as one). The order is
 * stored (`order`, premiseOrder.ts), so the layout, the outline and the exports follow it. Nothing
 * changes at either end of the row.
 */
export const moveAmongSiblings: Command<MoveAmongSiblingsArgs> = {
  name: 'moveAmongSiblings',
  label: ({ by }) => (by < 0 ? 'Move left among siblings' : 'Move right among siblings'),
  perform: (draft, { node, by, moves }) => {
    const map = current(draft);
    const units = siblingUnits(map, node);
    if (!units) return;
    const at = units.findIndex((unit) => unit.includes(node));
    const unit = units[at];
    const within = unit.indexOf(node) + by;
    if (unit.length > 1 && within >= 0 && within < unit.length) {
      [unit[within - by], unit[within]] = [unit[within], unit[within - by]];
    } else if (units[at + by]) {
      [units[at], units[at + by]] = [units[at + by], units[at]];
    } else return;
    units.flat().forEach((id, order) => {
      if (draft.nodes[id].order !== order) draft.nodes[id].order = order;
    });
    for (const [id, { x, y }] of moves ?? []) {
      const card = draft.nodes[id];
      if (card && (card.position.x !== x || card.position.y !== y)) card.position = { x, y };
    }
  },
};
