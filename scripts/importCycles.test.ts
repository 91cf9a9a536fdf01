import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCycle, findCycles, importGraph, tangles } from './importCycles';

const SRC = resolve(import.meta.dirname, '..', 'src');

const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);

/**
 * Folders allowed to import each other, each listed with why and whose it is to end: none now. The
 * list must stay true: a listed tangle that no longer exists fails the test too, so it is struck off.
 */
const KNOWN_FOLDER_TANGLES: ReadonlyArray<{ folders: string[]; why: string }> = [];

/**
 * Folders as modules: one folder → another when any file in the first imports a file in the second.
 * Tests are left out: a test is a consumer of what it tests, nothing imports it, and a test of
 * commands may well use the clipboard's fragments while the clipboard's test pastes with a command.
 */
function folderGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    if (isTest(file)) continue;
    const from = dirname(file);
    const targets = folders.get(from) ?? new Set<string>();
    folders.set(from, targets);
    for (const target of imports) if (dirname(target) !== from) targets.add(dirname(target));
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]));
}

/** The part of a graph among some of its nodes, given relative to SRC. */
function subgraph(graph: ReadonlyMap<string, readonly string[]>, relativeNodes: readonly string[]) {
  const nodes = new Set(relativeNodes.map((node) => join(SRC, node)));
  return new Map([...nodes].map((node) => [node, (graph.get(node) ?? []).filter((to) => nodes.has(to))]));
}

describe('import cycles', () => {
  it('finds a cycle of two, of three and a file importing itself, and none in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['a', 'c']],
    ]);
    expect(findCycles(graph).map((cycle) => cycle.join(' '))).toEqual(
      expect.arrayContaining(['a b a', 'c d e c', 'f f']),
    );
    expect(findCycles(graph)).toHaveLength(3);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('walks a chain of 100,000 imports without running out of stack', () => {
    const count = 100_000;
    const graph = new Map(Array.from({ length: count }, (_, i) => [`m${i}`, [`m${(i + 1) % count}`]]));
    const [cycle] = findCycles(graph);
    expect(cycle).toHaveLength(count + 1);
  });

  it('reads import, import type, export from and Vite queries from the source', () => {
    const graph = importGraph(join(SRC, 'main'));
    const index = graph.get(join(SRC, 'main', 'index.ts')) ?? [];
    // `pdfWorker?modulePath` names a file of its own bundle.
    expect(index).toContain(join(SRC, 'main', 'services', 'export', 'pdfWorker.ts'));
    expect(index).toContain(join(SRC, 'main', 'menu.ts'));
  });

  it('has no file in src that imports itself, directly or round about', () => {
    const cycles = findCycles(importGraph(SRC));
    expect(cycles.map((cycle) => describeCycle(cycle, SRC))).toEqual([]);
  });

  it('has no two folders in src that import each other, directly or round about', () => {
    const graph = folderGraph(importGraph(SRC));
    const found = tangles(graph).map((members) => [...members].map((folder) => describeCycle([folder], SRC)).sort());
    const known = KNOWN_FOLDER_TANGLES.map(({ folders }) => [...folders].sort().join(', '));
    const unknown = found.filter((folders) => !known.includes(folders.join(', ')));
    expect(unknown.map((folders) => describeCycle(findCycles(subgraph(graph, folders))[0] ?? [], SRC))).toEqual([]);
    // A tangle that was ended leaves the list.
    expect(known.filter((folders) => !found.some((tangle) => tangle.join(', ') === folders))).toEqual([]);
  });
});
