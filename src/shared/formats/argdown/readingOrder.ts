import type { ArgumentMap } from '../../model/argumentMap';
import { treeLinksOf } from '../../model/graph';
import type { NodeId } from '../../model/ids';
import { pushTo } from '../lists';

/**
 * The order nodes are written in, so the document reads top-down: each node that bears on
 * nothing (the thesis first), then depth-first what bears on it, in the premises' stored order
 * (premiseOrder.ts: the order the user gave them, as the layout and the outline show it); a
 * recommendation after what it follows from. Nodes only reachable through a cycle follow in map
 * order. An import makes the nodes in the document's order, so the order survives a round trip.
 */
export function readingOrder(map: ArgumentMap): NodeId[] {
  const bearers = new Map<NodeId, NodeId[]>();
  const bearsOnSomething = new Set<NodeId>();
  /** Recommendations, listed after the premises of what they follow from. */
  const follows = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      bearsOnSomething.add(child);
      pushTo(bearers, parent, child);
      if (!relation.from.includes(child)) follows.add(child);
    }
    for (const premise of relation.from) if (treeLinksOf(map, relation).length === 0) bearsOnSomething.add(premise);
  }
  // Stored order first; premises without one keep the relations' order (a stable sort), which is
  // what an Argdown import's relations come back in, so a map fresh from a document round-trips.
  const orderOf = (id: NodeId): number => map.nodes[id]?.order ?? Infinity;
  const after = (id: NodeId): number => (follows.has(id) ? 1 : 0);
  for (const list of bearers.values()) {
    if (list.length > 1) list.sort((a, b) => orderOf(a) - orderOf(b) || after(a) - after(b));
  }
  const nodes = Object.values(map.nodes);
  const roots = [
    ...nodes.filter((node) => !bearsOnSomething.has(node.id) && node.kind === 'thesis'),
    ...nodes.filter((node) => !bearsOnSomething.has(node.id) && node.kind !== 'thesis'),
  ];
  const order: NodeId[] = [];
  const seen = new Set<NodeId>();
  const visit = (start: NodeId): void => {
    // An explicit stack: a long chain of reasons must not overflow the call stack.
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      // Pushed last to first, one by one: spreading 200,000 bearers as arguments overflows the stack too.
      const next = bearers.get(id) ?? [];
      for (let i = next.length - 1; i >= 0; i -= 1) if (!seen.has(next[i])) stack.push(next[i]);
    }
  };
  for (const node of [...roots, ...nodes]) visit(node.id);
  return order;
}
