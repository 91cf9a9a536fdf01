/**
 * Finds import cycles among the TypeScript files under a folder. A cycle makes two modules one in
 * all but name (neither can be understood, tested or moved alone) and, with side effects at load,
 * makes the order modules run in depend on which one was imported first.
 *
 * Every edge counts, `import type` and `export … from` included: a type-only cycle still ties two
 * modules together for the reader and the compiler, so it is ended like any other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

/** A file's relative imports, resolved to files that exist under the same root. */
function importsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const found: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    // Vite's `?modulePath` and `?raw` name a file too: the query is no part of the path.
    const target = resolve(dirname(file), fileName.replace(/\?.*$/, ''));
    const match = [target, ...EXTENSIONS.map((ending) => target + ending)].find((path) => known.has(path));
    if (match) found.push(match);
  }
  return found;
}

function listSources(dir: string, skip: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (skip(path)) return [];
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listSources(path, skip);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of every source file under `root`: file → the files it imports. */
export function importGraph(root: string, skip: (path: string) => boolean = () => false): Map<string, string[]> {
  const files = listSources(resolve(root), skip);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'), known)]));
}

/**
 * The cycles of a graph: each strongly connected component of more than one file (or a file that
 * imports itself), as one path around it that starts and ends at the same file.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  return tangles(graph).map((members) => cycleThrough(graph, members));
}

/**
 * The strongly connected components that hold a cycle: more than one file, or a file that imports
 * itself. Tarjan's algorithm, with an explicit stack so a long chain of imports cannot overflow the
 * call stack.
 */
export function tangles(graph: ReadonlyMap<string, readonly string[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) components.push(new Set(component));
    }
  }
  return components;
}

/** One path around a component, found breadth-first from its first file (sorted, so reports are stable). */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) {
          path.splice(1, 0, at);
        }
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** A cycle as a reader follows it: `a.ts → b.ts → a.ts`, paths relative to `root`. */
export function describeCycle(cycle: readonly string[], root: string): string {
  return cycle.map((file) => relative(root, file).split(sep).join('/')).join(' → ');
}
