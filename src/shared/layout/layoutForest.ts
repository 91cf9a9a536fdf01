import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { ForestRoots } from '../model/forestRoots';
import { primaryParents, treeLinksOf } from '../model/graph';
import { concludes, inPremiseOrder } from '../model/premiseOrder';

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
    for (const [child, parent] of treeLinksOf(map, relation)) {
      if (parents.get(child) === parent && !via.has(child)) via.set(child, relation);
    }
  }

  const parentOf = new Map<NodeId, NodeId>();
  const besideOf = new Map<NodeId, NodeId>(); // undercutter → the premise it sits beside
  /**
   * Settles a node's layout parent: its primary parent, or for an undercutter that parent's own
   * layout parent. A chain of undercuts is a chain of such needs: followed up with a list, then
   * settled from the top down, where recursion would go as deep as the chain is long.
   */
  const resolve = (id: NodeId): void => {
    const chain: NodeId[] = [];
    for (let at = id; !parentOf.has(at);) {
      const parent = parents.get(at);
      if (!parent || !map.nodes[parent]) break;
      chain.push(at);
      const relation = via.get(at);
      if (!relation || !('relation' in relation.to)) break;
      at = parent; // the premise's own layout parent is a proper ancestor, so this ends
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i];
      const parent = parents.get(at)!;
      const relation = via.get(at);
      const beside = relation && 'relation' in relation.to ? parentOf.get(parent) : undefined;
      if (beside) besideOf.set(at, parent);
      parentOf.set(at, beside ?? parent);
    }
  };

  // Siblings, and separate trees, in the map's premise order: the order the user gave them.
  const ids = inPremiseOrder(map, Object.keys(map.nodes) as NodeId[]);
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
        relation && relation.from.length > 1 && !concludes(map, relation)
          ? inPremiseOrder(
              map,
              relation.from.filter((m) => parentOf.get(m) === parent && via.get(m) === relation && !besideOf.has(m)),
            )
          : [kid];
      const item = linked.includes(kid) ? linked : [kid];
      for (const member of item) itemOfNode.set(member, item);
      items.push(item);
    }
    itemsOf.set(parent, items);
  }
  joinBeside(besideOf, parentOf, itemsOf, itemOfNode);
  return { roots, itemsOf, parentOf, bottomUp: bottomUpOrder(roots, itemsOf) };
}

/**
 * Nodes placed beside another join that node's item, once that node has found its own: in rounds,
 * each in the map's order, the first round for nodes beside one that has an item, each later one
 * for nodes beside one the round before placed. When no node is ready, the first waiting one
 * starts an item of its own. Each node is handled once (rescanning every waiting node each round
 * made a chain of undercuts quadratic).
 */
export function joinBeside(
  besideOf: ReadonlyMap<NodeId, NodeId>,
  parentOf: ReadonlyMap<NodeId, NodeId>,
  itemsOf: Map<NodeId, Item[]>,
  itemOfNode: Map<NodeId, Item>,
): void {
  const waiting = [...besideOf.keys()];
  const dependents = new Map<NodeId, number[]>();
  let round: number[] = [];
  waiting.forEach((id, i) => {
    const beside = besideOf.get(id)!;
    if (itemOfNode.has(beside)) round.push(i);
    else if (dependents.has(beside)) dependents.get(beside)!.push(i);
    else dependents.set(beside, [i]);
  });
  const done = new Uint8Array(waiting.length);
  let [left, first] = [waiting.length, 0];
  while (left > 0) {
    if (round.length === 0) {
      while (done[first]) first++;
      round = [first];
    }
    const next: number[] = [];
    for (const i of round) {
      if (done[i]) continue;
      const id = waiting[i];
      const item = itemOfNode.get(besideOf.get(id)!) ?? [];
      if (item.length === 0) itemsOf.get(parentOf.get(id)!)?.push(item);
      item.push(id);
      itemOfNode.set(id, item);
      [done[i], left] = [1, left - 1];
      for (const j of dependents.get(id) ?? []) next.push(j);
    }
    round = next.sort((a, b) => a - b);
  }
}

/**
 * A separate, smaller tree that a cross-link points into at its root hangs beside the parent
 * of the link's premise: the root then sits just above the premise, and the link is short
 * instead of crossing the map to a tree parked at the side. Likewise a smaller tree whose root
 * a recommendation follows from hangs beside the recommendation's parent, a row above it.
 */
function graftLinkedTrees(
  map: ArgumentMap,
  ids: NodeId[],
  parentOf: Map<NodeId, NodeId>,
  besideOf: Map<NodeId, NodeId>,
): void {
  // Roots asked of a forest that grows as trees are grafted: walking up from each node was quadratic on a chain.
  const trees = ForestRoots.of(parentOf);
  const rootOf = (id: NodeId): NodeId => trees.root(id);
  const size = new Map<NodeId, number>();
  for (const id of ids) size.set(rootOf(id), (size.get(rootOf(id)) ?? 0) + 1);
  for (const relation of Object.values(map.relations)) {
    const target = 'node' in relation.to ? relation.to.node : undefined;
    if (!target || !map.nodes[target]) continue;
    // The card that belongs a row above the other: the target, or for a "therefore" each premise.
    const pairs: [NodeId, NodeId][] = concludes(map, relation)
      ? relation.from.map((premise) => [premise, target])
      : relation.from.map((premise) => [target, premise]);
    for (const [upper, lower] of pairs) {
      if (parentOf.has(upper) || !map.nodes[upper] || !map.nodes[lower]) continue;
      const beside = parentOf.get(lower);
      const parent = beside && parentOf.get(beside);
      const home = rootOf(lower);
      if (!parent || home === upper || size.get(upper)! >= size.get(home)!) continue;
      parentOf.set(upper, parent);
      besideOf.set(upper, beside);
      trees.attach(upper, parent);
      size.set(home, size.get(home)! + size.get(upper)!);
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
    for (const item of itemsOf.get(id) ?? []) for (const member of item) stack.push(member);
  }
  return order.reverse();
}
