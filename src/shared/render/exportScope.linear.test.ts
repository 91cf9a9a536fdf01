import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArgumentMap } from '../model/argumentMap';
import { chainMap, tangledMap } from '../testing/chainMaps';
import type { ExportScope } from './exportOptions';
import { nodesInScope, scopedMap } from './exportScope';

/** scopedMap's relations as they were found: passes over the map until none is added. */
function relationsByPasses(map: ArgumentMap, scope: ExportScope): ArgumentMap['relations'] {
  const ids = nodesInScope(map, scope);
  const relations: ArgumentMap['relations'] = {};
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of Object.values(map.relations)) {
      if (relations[relation.id]) continue;
      const from = relation.from.filter((id) => ids.has(id));
      const targetKept = 'node' in relation.to ? ids.has(relation.to.node) : Boolean(relations[relation.to.relation]);
      if (from.length === 0 || !targetKept) continue;
      relations[relation.id] = from.length === relation.from.length ? relation : { ...relation, from };
      changed = true;
    }
  }
  return relations;
}

describe('scopedMap in one pass', () => {
  it('keeps the relations the passes kept, in the same order', () => {
    const setup = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 100 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(setup, ([nodes, relationCount, seed, pick]) => {
        const map = tangledMap(nodes, relationCount, seed);
        const ids = Object.keys(map.nodes);
        const scopes: ExportScope[] = [
          { kind: 'subtree', nodeId: ids[pick % ids.length] },
          { kind: 'selection', nodeIds: ids.filter((_, i) => (i + pick) % 3 !== 0).concat(ids[0]) },
        ];
        for (const scope of scopes) {
          expect(Object.entries(scopedMap(map, scope).relations)).toEqual(
            Object.entries(relationsByPasses(map, scope)),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a chain of 20,000 undercuts listed from its far end (a pass per undercut before)', () => {
    const map = chainMap('undercut', 20_000, { leafFirst: true });
    const part = scopedMap(map, { kind: 'subtree', nodeId: 'n0' });
    expect(Object.keys(part.relations)).toHaveLength(19_999);
    // Each undercut after the one it undercuts, as the passes put them.
    expect(Object.keys(part.relations).slice(0, 3)).toEqual(['r1', 'r2', 'r3']);
  }, 120_000);
});
