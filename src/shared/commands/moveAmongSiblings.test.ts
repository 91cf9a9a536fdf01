import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { moveAmongSiblings } from './moveAmongSiblings';
import { moveNodes } from './moveNodes';
import type { ArgumentMap } from '../model/argumentMap';
import { treeChildren } from '../model/graph';
import { asNodeId, asRelationId, type NodeId } from '../model/ids';
import { tinyMap } from '../testing/tinyMap';
import { plainTextOutline } from '../formats/outline';

const [t, r, o] = ['n-t', 'n-r', 'n-o'].map(asNodeId);

/** tinyMap with a third premise of the thesis, linked with the reason. */
function withLinked(): ArgumentMap {
  const map = tinyMap();
  const l = asNodeId('n-l');
  map.nodes[l] = { id: l, kind: 'reason', text: 'It is free.', position: { x: 0, y: 200 }, tags: [] };
  map.relations[asRelationId('r-1')] = { id: asRelationId('r-1'), kind: 'support', from: [r, l], to: { node: t } };
  return map;
}

const move = (map: ArgumentMap, node: NodeId, by: -1 | 1) => execute(map, moveAmongSiblings, { node, by });

describe('moveAmongSiblings', () => {
  it('moves a premise one place, stores the order, and the outline follows', () => {
    const result = move(tinyMap(), o, -1)!;
    expect(treeChildren(result.document).get(t)).toEqual([o, r]);
    expect([result.document.nodes[o].order, result.document.nodes[r].order]).toEqual([0, 1]);
    expect(plainTextOutline(result.document).split('\n')[1]).toContain('It takes too long.');
    expect(result.entry.label).toBe('Move left among siblings');
  });

  it('changes nothing at either end of the row, or for a node without siblings', () => {
    expect(move(tinyMap(), r, -1)).toBeNull();
    expect(move(tinyMap(), o, 1)).toBeNull();
    expect(move(tinyMap(), t, 1)).toBeNull();
  });

  it('moves a linked argument as one past its neighbour, and a premise within it', () => {
    const map = withLinked();
    const l = asNodeId('n-l');
    // The linked premises stand together where the first of them comes.
    expect(treeChildren(map).get(t)).toEqual([r, l, o]);
    // The reason and its linked partner stand together: the objection moves past both.
    const past = move(map, o, -1)!.document;
    expect(treeChildren(past).get(t)).toEqual([o, r, l]);
    const within = move(past, l, -1)!.document;
    expect(treeChildren(within).get(t)).toEqual([o, l, r]);
  });

  it('is undone in one step', () => {
    const map = tinyMap();
    const result = move(map, o, -1)!;
    expect(result.entry.inversePatches.length).toBeGreaterThan(0);
  });
});

describe('dragging a card within its siblings’ row', () => {
  it('puts it where it was dropped among them', () => {
    const map = tinyMap();
    map.nodes[r] = { ...map.nodes[r], position: { x: 0, y: 200 } };
    map.nodes[o] = { ...map.nodes[o], position: { x: 300, y: 200 } };
    const moved = execute(map, moveNodes, { moves: [{ id: r, position: { x: 500, y: 210 } }], drag: true })!;
    expect(treeChildren(moved.document).get(t)).toEqual([o, r]);
    expect(moved.entry.label).toBe('Move node');
  });

  it('leaves the order alone for a drop outside the row, a move that is not a drag, or several cards', () => {
    const map = tinyMap();
    map.nodes[o] = { ...map.nodes[o], position: { x: 300, y: 200 } };
    const away = execute(map, moveNodes, { moves: [{ id: r, position: { x: 500, y: 600 } }], drag: true })!;
    expect(treeChildren(away.document).get(t)).toEqual([r, o]);
    const nudged = execute(map, moveNodes, { moves: [{ id: r, position: { x: 500, y: 200 } }] })!;
    expect(treeChildren(nudged.document).get(t)).toEqual([r, o]);
  });
});
