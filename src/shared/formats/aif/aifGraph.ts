import { plural, type ReportBuilder } from '../interop';
import type { AifInput, AifNodeRecord } from './aifDocument';

/** The AIF nodes by id with their connections, after the file's broken edges are set aside. */
export interface AifGraph {
  /** First occurrence of each id, in file order. */
  nodes: Map<string, AifNodeRecord>;
  /** Where each node's edges come from and go to, each neighbour once, in file order. */
  sources: Map<string, string[]>;
  targets: Map<string, string[]>;
}

export const sourcesOf = (graph: AifGraph, id: string): string[] => graph.sources.get(id) ?? [];
export const targetsOf = (graph: AifGraph, id: string): string[] => graph.targets.get(id) ?? [];
export const typeOf = (graph: AifGraph, id: string): string | undefined => graph.nodes.get(id)?.type;

/** Indexes the nodes and edges; edges that cannot be drawn are counted in the report, not kept. */
export function buildAifGraph(input: AifInput, report: ReportBuilder): AifGraph {
  const nodes = new Map<string, AifNodeRecord>();
  for (const node of input.nodes) {
    if (nodes.has(node.id)) {
      report.dropped('node-twice', (n) => `${plural(n, 'node')} listed a second time under the same id ignored`);
    } else nodes.set(node.id, node);
  }

  const sources = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { from, to } of input.edges) {
    if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) {
      report.dropped(
        'edge-missing',
        (n) => `${plural(n, 'connection')} to ${n === 1 ? 'a node' : 'nodes'} missing from the file ignored`,
      );
      continue;
    }
    if (from === to) {
      report.dropped(
        'edge-self',
        (n) => `${plural(n, 'connection')} from ${n === 1 ? 'a node to itself' : 'nodes to themselves'} ignored`,
      );
      continue;
    }
    // The length prefix keeps the key unambiguous whatever characters the ids hold.
    const key = `${from.length}:${from}${to}`;
    if (seen.has(key)) {
      report.approximated('edge-twice', (n) => `${plural(n, 'repeated connection')} merged`);
      continue;
    }
    seen.add(key);
    appendTo(targets, from, to);
    appendTo(sources, to, from);
  }
  return { nodes, sources, targets };
}

/** Adds a value to the list under a key, in place: building a list by copying it each time is quadratic. */
export function appendTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
