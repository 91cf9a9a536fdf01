import type { Relation } from './argumentMap';
import type { RelationId } from './ids';

/**
 * The relations a part of a map keeps, in the order repeated passes over the map keep them: each
 * pass adds, in map order, every admitted relation whose target is kept (a node the test keeps,
 * or a relation kept already, this pass included), until a pass adds none. Returned as indexes
 * into `all`, settled in one walk instead: a relation to a node is kept in the first pass, an
 * undercut in its target's pass if it comes after it in the map, else in the next. Passes took
 * one per undercut of a chain listed from its far end (20,000: minutes).
 */
export function relationsInPasses(
  all: readonly Relation[],
  admitted: (relation: Relation, index: number) => boolean,
  keepsNode: (id: string) => boolean,
): number[] {
  const pass = new Map<RelationId, number>();
  const index = new Map<RelationId, number>();
  const undercuts = new Map<RelationId, number[]>();
  const settled: number[] = [];
  all.forEach((relation, i) => {
    index.set(relation.id, i);
    if (!admitted(relation, i)) return;
    if ('node' in relation.to) {
      if (!keepsNode(relation.to.node)) return;
      pass.set(relation.id, 1);
      settled.push(i);
    } else if (undercuts.has(relation.to.relation)) undercuts.get(relation.to.relation)!.push(i);
    else undercuts.set(relation.to.relation, [i]);
  });
  for (let k = 0; k < settled.length; k++) {
    const target = all[settled[k]];
    for (const i of undercuts.get(target.id) ?? []) {
      if (pass.has(all[i].id)) continue;
      pass.set(all[i].id, pass.get(target.id)! + (i < index.get(target.id)! ? 1 : 0));
      settled.push(i);
    }
  }
  return settled.sort((a, b) => pass.get(all[a].id)! - pass.get(all[b].id)! || a - b);
}
