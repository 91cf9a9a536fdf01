import { describe, expect, it } from 'vitest';
import { generatedArgumentTree } from '../../../shared/testing/generatedMaps';
import type { NodeId } from '../../../shared/model/ids';
import { buildOverviewScene, cardAt } from './overviewScene';
import { fitViewport, isInView, mapBounds, minZoomFor } from './mapGeometry';
import { wrapTitle } from './paintOverview';

const places = { measured: new Map(), dragPositions: new Map() };

describe('the overview of a big map', () => {
  const map = generatedArgumentTree(2000, 3);
  const scene = buildOverviewScene(map, places, new Set());

  it('has a block for every node and a line for every premise of every relation', () => {
    expect(scene.ids).toHaveLength(2000);
    const premises = Object.values(map.relations).reduce((sum, relation) => sum + relation.from.length, 0);
    const lines = Object.values(scene.lines).reduce((sum, list) => sum + list.length / 4, 0);
    expect(lines).toBe(premises);
  });

  it('finds the block under a point, and nothing over empty space', () => {
    const node = Object.values(map.nodes)[500];
    const hit = cardAt(scene, node.position.x + 5, node.position.y + 5);
    // The card drawn on top of that point: this one, or one lying over it.
    const { x, y } = map.nodes[hit!].position;
    expect(x <= node.position.x + 5 && y <= node.position.y + 5 && x + 240 >= node.position.x + 5).toBe(true);
    const bounds = mapBounds(map, places)!;
    expect(cardAt(scene, bounds.x - 1000, bounds.y - 1000)).toBeNull();
  });

  it('leaves out what the folds hide', () => {
    const hidden = new Set(Object.keys(map.nodes).slice(0, 10) as NodeId[]);
    expect(buildOverviewScene(map, places, hidden).ids).toHaveLength(1990);
  });

  it('fits every card into the pane, however wide the map, and lets zoom go that far out', () => {
    const pane = { width: 800, height: 600 };
    const bounds = mapBounds(map, places)!;
    const viewport = fitViewport(bounds, pane, { top: 32, right: 32, bottom: 32, left: 32 }, 1);
    for (const node of Object.values(map.nodes)) {
      expect(isInView({ ...node.position, width: 1, height: 1 }, viewport, pane, 31)).toBe(true);
    }
    expect(minZoomFor(bounds, pane)).toBeLessThanOrEqual(viewport.zoom);
  });
});

describe('a block title', () => {
  it('breaks at spaces and ends with an ellipsis where it is cut', () => {
    expect(wrapTitle('Energy exports strengthen the talks', 12, 2)).toEqual(['Energy', 'exports…']);
    expect(wrapTitle('Short', 12, 2)).toEqual(['Short']);
    expect(wrapTitle('anything', 2, 2)).toEqual([]);
  });
});
