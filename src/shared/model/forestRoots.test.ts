import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ForestRoots } from './forestRoots';

/** The root by walking up, as the code it replaced did. */
function walkUp(parents: ReadonlyMap<number, number>, node: number): number {
  let at = node;
  for (let parent = parents.get(at); parent !== undefined; parent = parents.get(at)) at = parent;
  return at;
}

describe('ForestRoots', () => {
  it('names the same root as walking up, while trees are hung under one another in any order', () => {
    // Each step hangs a node that has no parent yet under a node of another tree.
    const steps = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 80 });
    fc.assert(
      fc.property(steps, fc.array(fc.nat(40), { maxLength: 20 }), (links, questions) => {
        const parents = new Map<number, number>();
        const roots = new ForestRoots<number>();
        for (const [child, parent] of links) {
          if (parents.has(child) || walkUp(parents, parent) === child) continue;
          parents.set(child, parent);
          roots.attach(child, parent);
          for (const node of questions) expect(roots.root(node)).toBe(walkUp(parents, node));
        }
        for (let node = 0; node <= 40; node++) expect(roots.root(node)).toBe(walkUp(parents, node));
      }),
      { numRuns: 300 },
    );
  });

  it('builds from links in any order, and answers for a chain of 100,000 without walking it', () => {
    const links: [number, number][] = Array.from({ length: 100_000 }, (_, i) => [i + 1, i]);
    const roots = ForestRoots.of(links.reverse());
    expect(roots.root(100_000)).toBe(0);
    expect(roots.root(50_000)).toBe(0);
    expect(roots.root(-1)).toBe(-1);
  });
});
