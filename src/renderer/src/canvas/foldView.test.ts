import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NodeId } from '../../../shared/model/ids';
import { ancestorsOf, descendantsOf } from '../../../shared/model/graph';
import { chainMap, tangledMap } from '../../../shared/testing/chainMaps';
import { foldView } from './canvasView';

describe('foldView', () => {
  it('hides and counts what a walk down from each fold finds, as it did', () => {
    const setup = fc.tuple(
      fc.integer({ min: 1, max: 50 }),
      fc.integer({ min: 0, max: 100 }),
      fc.nat(),
      fc.double({ min: 0, max: 1 }),
    );
    fc.assert(
      fc.property(setup, ([nodes, relations, seed, share]) => {
        const map = tangledMap(nodes, relations, seed);
        const ids = Object.keys(map.nodes) as NodeId[];
        const collapsed = new Set([...ids.filter((_, i) => (i * 7919) % 100 < share * 100), 'gone' as NodeId]);
        const hidden = new Set<NodeId>();
        const hiddenCount = new Map<NodeId, number>();
        for (const id of collapsed) {
          if (!map.nodes[id]) continue;
          const below = descendantsOf(map, [id]);
          hiddenCount.set(id, below.size);
          for (const node of below) hidden.add(node);
        }
        const view = foldView(map, collapsed);
        expect(view.hidden).toEqual(hidden);
        expect([...view.hiddenCount]).toEqual([...hiddenCount]);
        // A fold hides a node exactly when it is above it (what revealing a node unfolds).
        for (const id of ids.slice(0, 5)) {
          const above = ancestorsOf(map, id);
          for (const fold of collapsed) expect(above.has(fold)).toBe(descendantsOf(map, [fold]).has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folds every node of a 20,000-long chain in one pass', () => {
    const map = chainMap('support', 20_000);
    const view = foldView(map, new Set(Object.keys(map.nodes) as NodeId[]));
    expect(view.hidden.size).toBe(19_999);
    expect(view.hiddenCount.get('n0' as NodeId)).toBe(19_999);
    expect(view.hiddenCount.get('n19999' as NodeId)).toBe(0);
    expect(ancestorsOf(map, 'n19999' as NodeId).size).toBe(19_999);
  }, 120_000);
});
