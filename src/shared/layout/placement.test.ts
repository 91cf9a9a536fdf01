import { describe, expect, it } from 'vitest';
import { addNode, type AddNodeArgs } from '../commands/addNode';
import { execute } from '../commands/command';
import { emptyMap, type ArgumentMap } from '../model/argumentMap';
import { treeChildren } from '../model/graph';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import type { NodeKind, RelationKind } from '../model/kinds';
import { cardBoxes, overlappingPairs } from './layoutMetrics';
import { estimateNodeSize, NODE_WIDTH } from './nodeSize';
import { placeNew } from './placement';
import { outlineEntries } from '../formats/outline';

/** Adds a node as the editor does: placed where Ctrl+L would put it, the cards in the way stepping aside. */
function add(map: ArgumentMap, id: string, kind: NodeKind, text: string, to?: string, how?: RelationKind) {
  const node = { id: asNodeId(id), kind, text, position: { x: 0, y: 0 } };
  const relation = to
    ? {
        id: asRelationId(`r-${id}`),
        kind:
          how ??
          (to.startsWith('r-') ? 'undercut' : kind === 'objection' || kind === 'rebuttal' ? 'attack' : 'support'),
        to: to.startsWith('r-') ? { relation: asRelationId(to) } : { node: asNodeId(to) },
        follows: kind === 'recommendation',
      }
    : undefined;
  const args: AddNodeArgs = { node, relation };
  const trial = execute(map, addNode, args)!.document;
  const { position, moves } = placeNew(trial, node.id);
  return execute(map, addNode, { ...args, node: { ...node, position }, moves })!.document;
}

const sizeOf = (map: ArgumentMap) => (id: NodeId) => estimateNodeSize(map.nodes[id]);

/** The 17 points of "Should our city ban private cars from the downtown core?", typed one after another. */
const STEPS: [string, NodeKind, string, string?, RelationKind?][] = [
  ['t', 'thesis', 'Our city should ban private cars from the downtown core.'],
  ['air', 'reason', 'Cars are the main source of downtown air pollution.', 't'],
  ['safety', 'reason', 'Fewer cars means fewer pedestrians hurt.', 't'],
  ['shops', 'objection', 'Downtown shops depend on customers who drive.', 't'],
  ['air-data', 'evidence', 'Sensors show NO2 twice the limit at rush hour.', 'air'],
  ['air-obj', 'objection', 'Buses and deliveries pollute too.', 'air'],
  ['air-reb', 'rebuttal', 'Buses are being electrified by 2027.', 'air-obj'],
  ['oslo', 'evidence', 'Oslo’s car-free centre saw footfall rise.', 'shops', 'attack'],
  ['safety-data', 'evidence', 'Half of pedestrian injuries happen downtown.', 'safety'],
  ['undercut', 'objection', 'Those injuries were mostly from bicycles.', 'r-safety-data'],
  ['access', 'objection', 'Disabled residents need car access.', 't'],
  ['permits', 'rebuttal', 'Permits can exempt disabled drivers.', 'access'],
  ['transit', 'reason', 'Transit already carries most commuters.', 't'],
  ['transit-data', 'evidence', 'Two thirds of commuters arrive by train.', 'transit'],
  ['noise', 'reason', 'Traffic noise harms residents’ sleep.', 'air'],
  ['phase', 'recommendation', 'Phase the ban in over two years.', 't'],
  ['pilot', 'recommendation', 'Start with a one-year pilot.', 'phase', 'support'],
];

describe('incremental placement', () => {
  it('builds the 17-node map without Ctrl+L: no overlaps, siblings in one row in their order, nothing unrelated jumps', () => {
    let map = emptyMap('Should our city ban private cars from the downtown core?');
    for (const [id, kind, text, to, how] of STEPS) {
      const before = map;
      map = add(map, id, kind, text, to, how);
      const boxes = cardBoxes(new Map(Object.values(map.nodes).map((n) => [n.id, n.position])), sizeOf(map));
      expect(overlappingPairs(boxes), `after adding ${id}`).toEqual([]);
      for (const node of Object.values(before.nodes)) {
        const now = map.nodes[node.id].position;
        expect(Math.abs(now.x - node.position.x), `${node.id} moved when ${id} came`).toBeLessThanOrEqual(NODE_WIDTH);
        expect(now.y, `${node.id} moved up or down when ${id} came`).toBe(node.position.y);
      }
      // Cousins never interleave: each row reads left to right in the outline's order.
      const reading = new Map(outlineEntries(map).map((entry, i) => [entry.node.id, i]));
      const rows = new Map<number, NodeId[]>();
      for (const node of Object.values(map.nodes))
        rows.set(node.position.y, [...(rows.get(node.position.y) ?? []), node.id]);
      for (const row of rows.values()) {
        const byX = [...row].sort((a, b) => map.nodes[a].position.x - map.nodes[b].position.x);
        expect(byX, `row order after ${id}`).toEqual([...row].sort((a, b) => reading.get(a)! - reading.get(b)!));
      }
      for (const [parent, kids] of treeChildren(map)) {
        const placed = kids.filter((kid) => map.nodes[parent].position.y < map.nodes[kid].position.y);
        const xs = placed.map((kid) => map.nodes[kid].position.x);
        expect(xs, `premises of ${parent} after ${id}`).toEqual([...xs].sort((a, b) => a - b));
        expect(new Set(placed.map((kid) => map.nodes[kid].position.y)).size, `row of ${parent}`).toBeLessThanOrEqual(1);
      }
    }
    expect(Object.keys(map.nodes)).toHaveLength(17);
  });

  it('puts a first premise centred beneath its parent, and the next one beside it', () => {
    let map = add(emptyMap(), 't', 'thesis', 'T');
    map = add(map, 'a', 'reason', 'A', 't');
    const [t, a] = [map.nodes[asNodeId('t')], map.nodes[asNodeId('a')]];
    expect(a.position.x + NODE_WIDTH / 2).toBe(t.position.x + NODE_WIDTH / 2);
    expect(a.position.y).toBeGreaterThan(t.position.y);
    map = add(map, 'b', 'reason', 'B', 't');
    const b = map.nodes[asNodeId('b')];
    expect(b.position.y).toBe(map.nodes[asNodeId('a')].position.y);
    expect(b.position.x).toBeGreaterThan(map.nodes[asNodeId('a')].position.x);
  });

  it('puts an undercutter beside the premise it undercuts, not beneath it', () => {
    let map = add(emptyMap(), 't', 'thesis', 'T');
    map = add(map, 'a', 'reason', 'A', 't');
    map = add(map, 'u', 'objection', 'U', 'r-a');
    const [a, u] = [map.nodes[asNodeId('a')], map.nodes[asNodeId('u')]];
    expect(u.position.y).toBe(a.position.y);
    expect(u.position.x).toBeGreaterThan(a.position.x);
  });

  it('puts evidence for a recommendation a row above it, beside the recommendation’s parent', () => {
    let map = add(emptyMap(), 't', 'thesis', 'T');
    map = add(map, 'm', 'recommendation', 'M', 't');
    map = add(map, 'e', 'evidence', 'E', 'm');
    const [t, m, e] = ['t', 'm', 'e'].map((id) => map.nodes[asNodeId(id)].position);
    expect(e.y).toBe(t.y);
    expect(e.x).toBeGreaterThan(t.x);
    expect(m.y).toBeGreaterThan(e.y);
  });

  it('puts a recommendation below what it follows from', () => {
    let map = add(emptyMap(), 't', 'thesis', 'T');
    map = add(map, 'm', 'recommendation', 'M', 't');
    expect(map.relations[asRelationId('r-m')]).toMatchObject({ from: ['t'], to: { node: 'm' } });
    expect(map.nodes[asNodeId('m')].position.y).toBeGreaterThan(map.nodes[asNodeId('t')].position.y);
  });
});
