import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { primaryParents } from './treeLayout';

/**
 * Sibling cards that stay side by side in one row: a single premise, the premises of a
 * linked argument, or a premise followed by the undercutters of its inference.
 */
export type Item = NodeId[];

/** The tree the automatic layout draws: who hangs under whom, grouped into items. */
export interface LayoutForest {
  /** Nodes with nothing above them, in the map's order. */
  roots: NodeId[];
  /** The items hanging under a node, in the map's order. */
  itemsOf: ReadonlyMap<NodeId, Item[]>;
  /** The node each node hangs under (absent for roots). */
  parentOf: ReadonlyMap<NodeId, NodeId>;
  /** Every node after all of its descendants: the order a bottom-up layout visits them. */
  bottomUp: NodeId[];
}

/** The node a relation points at in a tree drawing: its target, or for an undercut the first premise it undercuts. */
export function relationAnchor(map: ArgumentMap, relation: Relation): NodeId | undefined {
  return 'node' in relation.to ? relation.to.node : map.relations[relation.to.relation]?.from[0];
}

/**
 * Builds the layout forest from the primary parents. An undercutter moves beside the premise
 * whose inference it attacks: its arrow ends on that premise's arrow, and from beneath the
 * premise it would have to run behind the premise's card. A smaller tree that a cross-link
 * enters at its root moves beside the parent of the link's premise (see graftLinkedTrees).
 */
export function layoutForest(map: ArgumentMap): LayoutForest {
  const parents = primaryParents(map);
  // The relation that made each parent: the first one from the node to that parent.
  const via = new Map<NodeId, Relation>();
  for (const relation of Object.values(map.relations)) {
    const anchor = relationAnchor(map, relation);
    for (const premise of relation.from) {
      if (anchor && parents.get(premise) === anchor && !via.has(premise)) via.set(premise, relation);
    }
  }

  const parentOf = new Map<NodeId, NodeId>();
  const besideOf = new Map<NodeId, NodeId>(); // undercutter → the premise it sits beside
  const resolve = (id: NodeId): NodeId | undefined => {
    if (parentOf.has(id)) return parentOf.get(id);
    const parent = parents.get(id);
    if (!parent || !map.nodes[parent]) return undefined;
    const relation = via.get(id);
    // The premise's own layout parent is a proper ancestor, so this recursion ends.
    const beside = relation && 'relation' in relation.to ? resolve(parent) : undefined;
    if (beside) besideOf.set(id, parent);
    parentOf.set(id, beside ?? parent);
    return beside ?? parent;
  };

  const ids = Object.keys(map.nodes) as NodeId[];
  for (const id of ids) resolve(id);
  graftLinkedTrees(map, ids, parentOf, besideOf);
  const children = new Map<NodeId, NodeId[]>();
  const roots: NodeId[] = [];
  for (const id of ids) {
    const parent = parentOf.get(id);
    if (!parent) roots.push(id);
    else if (children.has(parent)) children.get(parent)!.push(id);
    else children.set(parent, [id]);
  }

  const itemsOf = new Map<NodeId, Item[]>();
  const itemOfNode = new Map<NodeId, Item>();
  for (const [parent, kids] of children) {
    const items: Item[] = [];
    for (const kid of kids) {
      if (besideOf.has(kid) || itemOfNode.has(kid)) continue;
      const relation = via.get(kid);
      const linked =
        relation && relation.from.length > 1
          ? relation.from.filter((m) => parentOf.get(m) === parent && via.get(m) === relation && !besideOf.has(m))
          : [kid];
      const item = linked.includes(kid) ? linked : [kid];
      for (const member of item) itemOfNode.set(member, item);
      items.push(item);
    }
    itemsOf.set(parent, items);
  }
  // Nodes placed beside another join that node's item, once that node has found its own.
  let waiting = [...besideOf.keys()];
  while (waiting.length > 0) {
    const ready = waiting.filter((id) => itemOfNode.has(besideOf.get(id)!));
    for (const id of ready.length > 0 ? ready : waiting.slice(0, 1)) {
      const item = itemOfNode.get(besideOf.get(id)!) ?? [];
      if (item.length === 0) itemsOf.get(parentOf.get(id)!)?.push(item);
      item.push(id);
      itemOfNode.set(id, item);
    }
    waiting = waiting.filter((id) => !itemOfNode.has(id));
  }
  return { roots, itemsOf, parentOf, bottomUp: bottomUpOrder(roots, itemsOf) };
}

/**
 * A separate, smaller tree that a cross-link points into at its root hangs beside the parent
 * of the link's premise: the root then sits just above the premise, and the link is short
 * instead of crossing the map to a tree parked at the side.
 */
function graftLinkedTrees(
  map: ArgumentMap,
  ids: NodeId[],
  parentOf: Map<NodeId, NodeId>,
  besideOf: Map<NodeId, NodeId>,
): void {
  const rootOf = (id: NodeId): NodeId => {
    let at = id;
    for (let parent = parentOf.get(at); parent; parent = parentOf.get(at)) at = parent;
    return at;
  };
  const size = new Map<NodeId, number>();
  for (const id of ids) size.set(rootOf(id), (size.get(rootOf(id)) ?? 0) + 1);
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : undefined;
    if (!target || !map.nodes[target] || parentOf.has(target)) continue;
    for (const premise of relation.from) {
      const beside = parentOf.get(premise);
      const parent = beside && parentOf.get(beside);
      const home = rootOf(premise);
      if (!parent || !map.nodes[premise] || home === target || size.get(target)! >= size.get(home)!) continue;
      parentOf.set(target, parent);
      besideOf.set(target, beside);
      size.set(home, size.get(home)! + size.get(target)!);
      break;
    }
  }
}

/** Post-order without recursion: a long chain must not overflow the stack. */
function bottomUpOrder(roots: NodeId[], itemsOf: ReadonlyMap<NodeId, Item[]>): NodeId[] {
  const order: NodeId[] = [];
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    for (const item of itemsOf.get(id) ?? []) stack.push(...item);
  }
  return order.reverse();
}
