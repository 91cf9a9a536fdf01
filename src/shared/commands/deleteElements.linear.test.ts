import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce, type Draft } from 'immer';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { relationSignature } from '../model/graph';
import { chainMap, tangledMap } from '../testing/chainMaps';
import { deleteElements, type DeleteElementsArgs } from './deleteElements';

/** deleteElements as it was: passes over every relation until none falls. */
function deleteByPasses(map: ArgumentMap, { nodes, relations }: DeleteElementsArgs): ArgumentMap {
  return produce(map, (draft: Draft<ArgumentMap>) => {
    const goneNodes = new Set(nodes);
    for (const id of goneNodes) delete draft.nodes[id];
    for (const id of relations) delete draft.relations[id];
    const shrunk = new Set<RelationId>();
    for (const relation of Object.values(draft.relations)) {
      if (!relation.from.some((id) => goneNodes.has(id))) continue;
      relation.from = relation.from.filter((id) => !goneNodes.has(id));
      shrunk.add(relation.id);
    }
    const shrunkLast = (a: { id: RelationId }, b: { id: RelationId }): number =>
      Number(shrunk.has(a.id)) - Number(shrunk.has(b.id));
    for (let changed = true; changed;) {
      changed = false;
      const seen = new Set<string>();
      for (const relation of Object.values(draft.relations).sort(shrunkLast)) {
        const dangling =
          relation.from.length === 0 ||
          ('node' in relation.to ? !draft.nodes[relation.to.node] : !draft.relations[relation.to.relation]);
        const signature = relationSignature(relation);
        if (dangling || seen.has(signature)) {
          delete draft.relations[relation.id];
          changed = true;
        } else seen.add(signature);
      }
    }
  });
}

const run = (map: ArgumentMap, args: DeleteElementsArgs): ArgumentMap =>
  produce(map, (draft) => void deleteElements.perform(draft, args));

describe('deleteElements in one walk', () => {
  it('leaves what the passes left, on maps with duplicates, cycles and chains of undercuts', () => {
    const setup = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 90 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(setup, ([nodeCount, relationCount, seed, pick]) => {
        const map = tangledMap(nodeCount, relationCount, seed);
        const nodes = (Object.keys(map.nodes) as NodeId[]).filter((_, i) => (i + pick) % 4 === 0);
        const relations = (Object.keys(map.relations) as RelationId[]).filter((_, i) => (i + pick) % 7 === 0);
        expect(run(map, { nodes, relations })).toEqual(deleteByPasses(map, { nodes, relations }));
      }),
      { numRuns: 500 },
    );
  });

  it('takes a chain of 20,000 undercuts listed from its far end with the relation they hang on', () => {
    const map = chainMap('undercut', 20_000, { leafFirst: true });
    const after = run(map, { nodes: [], relations: ['r1' as RelationId] });
    expect(Object.keys(after.relations)).toEqual([]);
    expect(Object.keys(after.nodes)).toHaveLength(20_000);
  }, 120_000);
});
