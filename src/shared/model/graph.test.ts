import { describe, expect, it } from 'vitest';
import {
  anchorNodeOf,
  childrenOf,
  descendantsOf,
  findDuplicate,
  parentRelationOf,
  primaryParents,
  relationKindForChild,
  treeChildren,
  relationSignature,
} from './graph';
import { asNodeId, asRelationId } from './ids';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const [t, r, o, u] = ['n-t', 'n-r', 'n-o', 'n-u'].map(asNodeId);
const [r1, r2, r3] = ['r-1', 'r-2', 'r-3'].map(asRelationId);

/** tinyMap where the thesis also supports the reason: t → r → t. */
function cyclic() {
  const map = tinyMap();
  const back = asRelationId('r-back');
  map.relations[back] = { id: back, kind: 'support', from: [t], to: { node: r } };
  return map;
}

describe('graph helpers', () => {
  it('anchors a relation at its target node, an undercut at the first premise of the relation it hits', () => {
    const map = tinyMap();
    expect(anchorNodeOf(map, map.relations[r1])).toBe(t);
    expect(anchorNodeOf(map, map.relations[r3])).toBe(o);
  });

  it('childrenOf: premises of relations into a node and undercutters of those', () => {
    const map = tinyMap();
    expect(childrenOf(map, t)).toEqual([r, o]);
    expect(childrenOf(map, o)).toEqual([u]);
    expect(childrenOf(map, u)).toEqual([]);
    const sample = loadSampleMap();
    expect(childrenOf(sample, asNodeId('n-mediation-not-peacemaking')).sort()).toEqual(
      ['n-no-binding-duty', 'n-shared-responsibility', 'n-single-mediator'].sort(),
    );
  });

  it('descendantsOf: everything below, without the start nodes, and safe against cycles', () => {
    expect(descendantsOf(tinyMap(), [t])).toEqual(new Set([r, o, u]));
    expect(descendantsOf(tinyMap(), [o, r])).toEqual(new Set([u]));
    expect(descendantsOf(cyclic(), [t])).toEqual(new Set([r, o, u]));
    // The back-link t → r is a cross-link: folding or deleting r's subtree must not take the thesis.
    expect(descendantsOf(cyclic(), [r])).toEqual(new Set());
    const sample = loadSampleMap();
    const profile = asNodeId('n-profile');
    const below = descendantsOf(sample, [profile]);
    expect(below.has(profile)).toBe(false);
    expect(below.has(asNodeId('n-switzerland-norway'))).toBe(true);
    // The recommendations follow from the mediation claim ("therefore"): they hang in its branch.
    expect(below.has(asNodeId('n-no-over-expansion'))).toBe(true);
    // The recommendation cross-links to the Ukraine/Syria objection, which belongs to another branch.
    const recommendation = descendantsOf(sample, [asNodeId('n-no-over-expansion')]);
    expect(recommendation.has(asNodeId('n-limited-success'))).toBe(false);
    expect(recommendation.has(asNodeId('n-ukraine-syria'))).toBe(false);
  });

  it('parentRelationOf: the first relation a node is a premise of', () => {
    const map = tinyMap();
    expect(parentRelationOf(map, r)?.id).toBe(r1);
    expect(parentRelationOf(map, u)?.id).toBe(r3);
    expect(parentRelationOf(map, t)).toBeUndefined();
    expect(parentRelationOf(cyclic(), t)?.id).toBe('r-back');
  });

  it('findDuplicate ignores premise order and the relation being changed', () => {
    const map = tinyMap();
    map.relations[r1].from = [r, o];
    expect(findDuplicate(map, { kind: 'support', from: [o, r], to: { node: t } })?.id).toBe(r1);
    expect(findDuplicate(map, { kind: 'support', from: [o, r], to: { node: t } }, r1)).toBeUndefined();
    expect(findDuplicate(map, { kind: 'attack', from: [o, r], to: { node: t } })).toBeUndefined();
    expect(relationSignature(map.relations[r2])).not.toBe(
      relationSignature({ ...map.relations[r2], to: { relation: r1 } }),
    );
  });

  it('relationKindForChild: objections and rebuttals attack, the rest support', () => {
    expect(relationKindForChild('objection')).toBe('attack');
    expect(relationKindForChild('rebuttal')).toBe('attack');
    expect(relationKindForChild('evidence')).toBe('support');
    expect(relationKindForChild('reason')).toBe('support');
  });
});

describe('premise order and conclusions', () => {
  it('lists a node’s tree children by their stored order, then in the order they were made', () => {
    const map = tinyMap();
    expect(treeChildren(map).get(t)).toEqual([r, o]);
    // A new map object, as every edit gives: the tree is cached per map.
    const reordered = {
      ...map,
      nodes: { ...map.nodes, [o]: { ...map.nodes[o], order: 0 }, [r]: { ...map.nodes[r], order: 1 } },
    };
    expect(treeChildren(reordered).get(t)).toEqual([o, r]);
  });

  it('hangs a recommendation under the node that supports it: it reads "therefore"', () => {
    const map = tinyMap();
    const m = asNodeId('n-m');
    const rm = asRelationId('r-m');
    map.nodes[m] = { id: m, kind: 'recommendation', text: 'Do it', position: { x: 0, y: 0 }, tags: [] };
    map.relations[rm] = { id: rm, kind: 'support', from: [t], to: { node: m } };
    expect(primaryParents(map).get(m)).toBe(t);
    expect(primaryParents(map).has(t)).toBe(false);
    expect(treeChildren(map).get(t)).toContain(m);
    expect(parentRelationOf(map, m)?.id).toBe(rm);
    expect(parentRelationOf(map, t)).toBeUndefined();
  });
});
