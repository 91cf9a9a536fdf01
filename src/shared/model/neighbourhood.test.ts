import { describe, expect, it } from 'vitest';
import { tinyMap } from '../testing/tinyMap';
import { contextAround, pathFromRoot } from './neighbourhood';
import { primaryParents } from './graph';
import type { NodeId } from './ids';

describe('a node’s neighbourhood', () => {
  const map = tinyMap();
  const ids = Object.keys(map.nodes) as NodeId[];
  const parents = primaryParents(map);
  const leaf = ids.find((id) => parents.has(id) && ![...parents.values()].includes(id))!;

  it('grows by one relation per level, the node itself at level 0', () => {
    expect([...contextAround(map, leaf, 0)]).toEqual([leaf]);
    const one = contextAround(map, leaf, 1);
    expect(one.has(parents.get(leaf)!)).toBe(true);
    expect(contextAround(map, leaf, 10).size).toBeGreaterThanOrEqual(one.size);
  });

  it('gives the path from the root down to the node', () => {
    const path = pathFromRoot(map, leaf);
    expect(path.at(-1)).toBe(leaf);
    expect(parents.has(path[0])).toBe(false);
    path.slice(1).forEach((id, i) => expect(parents.get(id)).toBe(path[i]));
  });
});
