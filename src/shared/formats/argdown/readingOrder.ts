import type { ArgumentMap } from '../../model/argumentMap';
import { anchorNodeOf } from '../../model/graph';
import type { NodeId } from '../../model/ids';
import { pushTo } from '../lists';

/**
 * The order nodes are written in, so the document reads top-down: each node that bears on
 * nothing (the thesis first), then depth-first what bears on it, in the order of the relations.
 * Nodes only reachable through a cycle follow in map order.
 *
 * Not the outline's order (outlineEntries): that one sorts by position on the canvas, which
 * Argdown does not carry. An import lays the map out anew, so a document written in canvas order
 * would come back from a round trip in another order; relation order survives the round trip.
 */
export function readingOrder(map: ArgumentMap): NodeId[] {
  const bearers = new Map<NodeId, NodeId[]>();
  const bearsOnSomething = new Set<NodeId>();
  for (const relation of Object.values(map.relations)) {
    const target = anchorNodeOf(map, relation);
    for (const premise of relation.from) {
      bearsOnSomething.add(premise);
      if (target) pushTo(bearers, target, premise);
    }
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
