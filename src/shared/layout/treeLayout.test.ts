import { describe, expect, it } from 'vitest';
import { primaryParents, treeLayout } from './treeLayout';
import { estimateNodeSize } from './nodeSize';
import { asNodeId, asRelationId } from '../model/ids';
import { loadSampleMap } from '../../../scripts/sampleFiles';
import { tinyMap } from '../testing/tinyMap';

const sample = loadSampleMap;

describe('treeLayout', () => {
  it('puts what bears on a node beneath it', () => {
    const map = tinyMap();
    const positions = treeLayout(map);
    const y = (id: string) => positions.get(asNodeId(id))!.y;
    expect(y('n-r')).toBeGreaterThan(y('n-t'));
    expect(y('n-o')).toBeGreaterThan(y('n-t'));
    expect(y('n-u')).toBeGreaterThan(y('n-o'));
  });

  it('lays out the sample with no two cards overlapping', () => {
    const map = sample();
    const positions = treeLayout(map);
    const boxes = [...positions].map(([id, p]) => ({ id, ...p, ...estimateNodeSize(map.nodes[id]) }));
    expect(boxes).toHaveLength(Object.keys(map.nodes).length);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('survives cycles: every node still gets a position', () => {
    const map = tinyMap();
    const back = asRelationId('r-back');
    map.relations[back] = { id: back, kind: 'support', from: [asNodeId('n-t')], to: { node: asNodeId('n-r') } };
    expect(primaryParents(map).size).toBeLessThan(Object.keys(map.nodes).length);
    expect(treeLayout(map).size).toBe(Object.keys(map.nodes).length);
  });
});

describe('treeLayout with separate trees', () => {
  it('wraps unrelated trees below, but keeps a cross-linked tree beside its partner', () => {
    const map = sample();
    const positions = treeLayout(map);
    const y = (id: string) => positions.get(asNodeId(id))!.y;
    // The recommendations form their own tree, linked to the main one by the limited-success cross-link.
    expect(y('n-no-over-expansion')).toBe(y('n-profile'));

    // Three unlinked single nodes after a wide tree wrap to a new row.
    const loose = tinyMap();
    for (const id of ['n-a', 'n-b', 'n-c'].map(asNodeId)) {
      loose.nodes[id] = { id, kind: 'note', text: 'A loose note', position: { x: 0, y: 0 }, tags: [] };
    }
    const placed = treeLayout(loose);
    expect(placed.get(asNodeId('n-b'))!.y).toBeGreaterThan(placed.get(asNodeId('n-u'))!.y);
  });
});
