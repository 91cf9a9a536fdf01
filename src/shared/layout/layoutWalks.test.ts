import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { primaryParents, treeLinksOf } from '../model/graph';
import { joinBeside, type Item } from './layoutForest';
import { autoLayout } from './autoLayout';
import { CHAIN_SHAPES, chainMap, tangledMap } from '../testing/chainMaps';

// The walks that went as deep as a chain is long, or once per node over what another node had
// walked, are held here to the code they replaced (kept below as it was), on maps of every shape.

/** primaryParents as it was: a walk up from the parent for every link, to see whether it closes a cycle. */
function parentsByWalkingUp(map: ArgumentMap): Map<NodeId, NodeId> {
  const parents = new Map<NodeId, NodeId>();
  const createsCycle = (child: NodeId, parent: NodeId): boolean => {
    for (let at: NodeId | undefined = parent; at; at = parents.get(at)) if (at === child) return true;
    return false;
  };
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      if (!parents.has(child) && child !== parent && !createsCycle(child, parent)) parents.set(child, parent);
    }
  }
  return parents;
}

/** joinBeside as it was: every waiting node checked again in every round. */
function joinBesideByRescanning(
  besideOf: ReadonlyMap<NodeId, NodeId>,
  parentOf: ReadonlyMap<NodeId, NodeId>,
  itemsOf: Map<NodeId, Item[]>,
  itemOfNode: Map<NodeId, Item>,
): void {
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
}

const tangled = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 120 }), fc.nat())
  .map(([nodes, relations, seed]) => tangledMap(nodes, relations, seed));

describe('the walks over a map give what the walks they replaced gave', () => {
  it('primary parents: the same tree, whatever cycles and undercuts the map has', () => {
    fc.assert(
      fc.property(tangled, (map) => {
        expect([...primaryParents(map)]).toEqual([...parentsByWalkingUp(map)]);
      }),
      { numRuns: 400 },
    );
  });

  it('undercutters join the items beside them in the same rounds and order', () => {
    // Random nodes placed beside others, some of which have items already; chains and cycles of them.
    const setup = fc.tuple(
      fc.integer({ min: 1, max: 30 }),
      fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 40 }),
    );
    fc.assert(
      fc.property(setup, ([itemed, links]) => {
        const run = (join: typeof joinBeside) => {
          const id = (n: number) => `n${n}` as NodeId;
          const besideOf = new Map(links.filter(([a]) => a >= itemed).map(([a, b]) => [id(a), id(b)]));
          const parentOf = new Map([...besideOf.keys()].map((node) => [node, id(0)]));
          const itemOfNode = new Map(Array.from({ length: itemed }, (_, n) => [id(n), [id(n)]]));
          const itemsOf = new Map([[id(0), [...itemOfNode.values()]]]);
          join(besideOf, parentOf, itemsOf, itemOfNode);
          return { itemsOf: [...itemsOf], itemOfNode: [...itemOfNode] };
        };
        expect(run(joinBeside)).toEqual(run(joinBesideByRescanning));
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(CHAIN_SHAPES)('a %s of 20,000 nodes', (shape) => {
  // Listed from the far end too: the order in which a memoised recursion still went 20,000 deep.
  it.each([false, true])(
    'is laid out without recursion or quadratic walks (leaf first: %s)',
    (leafFirst) => {
      const map = chainMap(shape, 20_000, { leafFirst });
      const positions = autoLayout(map);
      expect(positions.size).toBe(20_000);
      if (shape === 'support' || shape === 'attack') {
        // Each point hangs below the one it bears on.
        for (let i = 1; i < 20_000; i++) {
          expect(positions.get(`n${i}` as NodeId)!.y).toBeGreaterThan(positions.get(`n${i - 1}` as NodeId)!.y);
        }
      }
    },
    240_000,
  );
});
