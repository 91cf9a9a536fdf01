import type { ArgumentMap } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import type { ExportPlan } from './exportPlan';
import { KindInference } from './nodeKinds';

/**
 * Nodes whose kind the import would infer otherwise: their kind is written as data. In rounds:
 * every node the import would get wrong has its kind written, which can change what the import
 * infers for the nodes attacking it, and only those are asked again in the next round. A written
 * kind never changes another's inference for the worse, so each node is written at most once.
 */
export function kindsToWrite(map: ArgumentMap, plan: ExportPlan): Set<NodeId> {
  const inference = new KindInference({
    relations: map.relations,
    roles: plan.roles,
    conclusionOf: plan.conclusionOf,
    given: new Map(),
  });
  const written = new Set<NodeId>();
  let round: Iterable<NodeId> = plan.roles.keys();
  for (;;) {
    // The whole round is judged before any kind is written, as the import would read it then.
    const differing = [...round].filter((id) => !written.has(id) && inference.kindOf(id) !== map.nodes[id].kind);
    if (differing.length === 0) return written;
    const next = new Set<NodeId>();
    for (const id of differing) {
      written.add(id);
      for (const asker of inference.give(id, map.nodes[id].kind)) next.add(asker);
    }
    round = next;
  }
}
