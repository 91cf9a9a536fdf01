import { describe, expect, it } from 'vitest';
import type { Position } from '../../model/argumentMap';
import { asNodeId, type NodeId } from '../../model/ids';
import type { Size } from '../../layout/nodeSize';
import { IdAllocator } from './aifIds';
import { importedOk, placedOvaSave, type NodeSpec } from './aifTestDocuments';
import { spreadFactor } from './importPositions';

/**
 * The shortcuts that keep a big import linear (the spread factor by grid cells, id suffixes remembered,
 * undercuts in dependency order) give the same results as the plain ways they replaced.
 */

/** The spread factor by comparing every pair, as it was defined. */
function everyPairFactor(ova: ReadonlyMap<NodeId, Position>, sizeOf: (id: NodeId) => Size): number {
  const [GAP, MAX] = [16, 4];
  const entries = [...ova];
  let factor = 1;
  entries.forEach(([idA, a], i) =>
    entries.slice(i + 1).forEach(([idB, b]) => {
      const across = Math.abs(b.x - a.x);
      const down = Math.abs(b.y - a.y);
      const halfWidths = (sizeOf(idA).width + sizeOf(idB).width) / 2 + GAP;
      const upperHeight = (a.y <= b.y ? sizeOf(idA) : sizeOf(idB)).height + GAP;
      const needed = Math.min(across > 0 ? halfWidths / across : Infinity, down > 0 ? upperHeight / down : Infinity);
      if (needed <= MAX) factor = Math.max(factor, needed);
    }),
  );
  return factor;
}

describe('a big import stays linear and gives the same results', () => {
  it('spreads OVA layouts by the same factor as comparing every pair: columns, rows and scatters', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round += 1) {
      const span = [60, 300, 900, 3000][round % 4];
      const ova = new Map<NodeId, Position>();
      const heights = new Map<NodeId, number>();
      for (let i = 0; i < 2 + (round % 40); i += 1) {
        const id = asNodeId(`n${i}`);
        // A fifth share a column or a row, as OVA users line cards up.
        const x = random() < 0.2 ? 100 : Math.round(random() * span - span / 3);
        const y = random() < 0.2 ? 40 : Math.round(random() * span - span / 3);
        ova.set(id, { x, y });
        heights.set(id, 64 + 20 * Math.floor(random() * 5));
      }
      const sizeOf = (id: NodeId): Size => ({ width: 240, height: heights.get(id)! });
      expect(spreadFactor(ova, sizeOf), `round ${round}`).toBeCloseTo(everyPairFactor(ova, sizeOf), 12);
    }
  });

  it('hands out the same ids as trying every suffix from 2', () => {
    const ids = new IdAllocator();
    const taken = ['a', 'a', 'a-3', 'a', 'a', 'b', '__proto__', '__proto__'].map((wanted) => ids.take(wanted));
    expect(taken).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-5', 'b', 'x__proto__', '__proto__-2']);
  });

  it('resolves a chain of 2,000 undercuts listed last first, each on the one before', () => {
    const nodes: NodeSpec[] = [
      ['a', 'I', 'a'],
      ['b', 'I', 'b'],
      ['r', 'RA'],
    ];
    const edges: [string, string][] = [
      ['a', 'r'],
      ['r', 'b'],
    ];
    const conflicts: NodeSpec[] = [];
    for (let i = 1; i <= 2_000; i += 1) {
      nodes.push([`u${i}`, 'I', `u${i}`]);
      conflicts.unshift([`c${i}`, 'CA']);
      edges.push([`u${i}`, `c${i}`], [`c${i}`, i === 1 ? 'r' : `c${i - 1}`]);
    }
    const { map, report } = importedOk(placedOvaSave([...nodes, ...conflicts], edges));
    expect(Object.keys(map.relations)).toHaveLength(2_001);
    const relation = (id: string) => map.relations[id as keyof typeof map.relations];
    expect(relation('ca-c1')).toMatchObject({ kind: 'undercut', from: ['i-u1'], to: { relation: 'ra-r' } });
    for (const i of [2, 1_000, 2_000]) expect(relation(`ca-c${i}`).to).toEqual({ relation: `ca-c${i - 1}` });
    expect(report).toEqual([]);
  });
});
