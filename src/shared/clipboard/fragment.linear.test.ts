import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { chainMap, tangledMap } from '../testing/chainMaps';
import { extractFragment } from './fragment';

/** extractFragment's relations as they were found: passes over the map until none is added. */
function relationsByPasses(map: ArgumentMap, ids: NodeId[]): Relation[] {
  const chosen = new Set(ids.filter((id) => map.nodes[id]));
  const relations = new Map<RelationId, Relation>();
  for (let grew = true; grew;) {
    grew = false;
    for (const relation of Object.values(map.relations)) {
      if (relations.has(relation.id) || !relation.from.every((id) => chosen.has(id))) continue;
      const inside = 'node' in relation.to ? chosen.has(relation.to.node) : relations.has(relation.to.relation);
      if (inside) [grew] = [true, relations.set(relation.id, relation)];
    }
  }
  return [...relations.values()];
}

describe('extractFragment in one walk', () => {
  it('carries the relations the passes carried, in the same order', () => {
    const setup = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 100 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(setup, ([nodes, relationCount, seed, pick]) => {
        const map = tangledMap(nodes, relationCount, seed);
        const ids = (Object.keys(map.nodes) as NodeId[]).filter((_, i) => (i + pick) % 5 !== 0);
        expect(extractFragment(map, ids).relations).toEqual(relationsByPasses(map, ids));
      }),
      { numRuns: 500 },
    );
  });

  it('copies a chain of 20,000 undercuts listed from its far end (a pass per undercut before)', () => {
    const map = chainMap('undercut', 20_000, { leafFirst: true });
    expect(extractFragment(map, Object.keys(map.nodes) as NodeId[]).relations).toHaveLength(19_999);
  }, 120_000);
});
