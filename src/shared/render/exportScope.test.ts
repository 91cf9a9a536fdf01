import { describe, expect, it } from 'vitest';
import { asNodeId } from '../model/ids';
import { tinyMap } from '../testing/tinyMap';
import { ExportError, scopedMap } from './exportScope';

const [t, r, o, u] = ['n-t', 'n-r', 'n-o', 'n-u'].map(asNodeId);

describe('scopedMap', () => {
  it('returns the whole map unchanged for the whole-map scope', () => {
    const map = tinyMap();
    expect(scopedMap(map, { kind: 'map' })).toBe(map);
  });

  it('keeps a node and everything below it for a subtree, with the relations among them', () => {
    const part = scopedMap(tinyMap(), { kind: 'subtree', nodeId: o });
    expect(Object.keys(part.nodes).sort()).toEqual([o, u].sort());
    // The undercut hits the objection's attack on the thesis, which is outside: it cannot be drawn.
    expect(Object.keys(part.relations)).toEqual([]);
  });

  it('keeps an undercut when the relation it hits is inside', () => {
    const part = scopedMap(tinyMap(), { kind: 'selection', nodeIds: [t, o, u] });
    expect(Object.keys(part.nodes).sort()).toEqual([t, o, u].sort());
    expect(
      Object.values(part.relations)
        .map((x) => x.kind)
        .sort(),
    ).toEqual(['attack', 'undercut']);
  });

  it('draws only the selected nodes, ignoring ids the map lacks', () => {
    const part = scopedMap(tinyMap(), { kind: 'selection', nodeIds: [t, r, 'n-gone'] });
    expect(Object.keys(part.nodes).sort()).toEqual([r, t].sort());
    expect(Object.values(part.relations).map((x) => x.kind)).toEqual(['support']);
  });

  it('says which node is missing, or that nothing selected is in the map', () => {
    expect(() => scopedMap(tinyMap(), { kind: 'subtree', nodeId: 'n-nope' })).toThrow(
      new ExportError('This map has no node with the id “n-nope”.'),
    );
    expect(() => scopedMap(tinyMap(), { kind: 'selection', nodeIds: ['n-nope'] })).toThrow(ExportError);
  });
});
