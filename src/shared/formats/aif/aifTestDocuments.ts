import type { ArgumentMap, Relation } from '../../model/argumentMap';
import { expect } from 'vitest';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import type { ConversionReport, ImportOutcome } from '../interop';
import { importAif } from './importAif';

/** Small AIF documents for the tests, written the way AIFdb writes them. */

type Id = string | number;
export type NodeSpec = [id: Id, type: string, text?: string | null];

/** An AIFdb nodeset from [id, type, text] triples and [from, to] pairs. */
export function nodeset(nodes: NodeSpec[], edges: [Id, Id][], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    // S nodes are named by their type, as the Araucaria corpus names a scheme-less RA "RA".
    nodes: nodes.map(([nodeID, type, text]) => ({ nodeID, type, text: text === undefined ? type : text })),
    edges: edges.map(([fromID, toID], i) => ({ edgeID: i + 1, fromID, toID, formEdgeID: null })),
    locutions: [],
    ...extra,
  });
}

/**
 * An OVA3 save of the same triples and pairs that places every I node (in a grid), so importing it
 * never runs the automatic layout: for tests of big graphs, whose layout is not what they test.
 */
export function placedOvaSave(nodes: NodeSpec[], edges: [Id, Id][]): string {
  const statements = nodes.filter(([, type]) => type === 'I');
  const placed = statements.map(([nodeID], i) => ({
    nodeID,
    visible: true,
    x: (i % 100) * 300,
    y: Math.floor(i / 100) * 200,
  }));
  return JSON.stringify({ AIF: JSON.parse(nodeset(nodes, edges)), OVA: { nodes: placed }, text: '' });
}

/** The statement whose text is `text`; fails loudly when there is none. */
export function statementWithText(map: ArgumentMap, text: string) {
  const node = Object.values(map.nodes).find((n) => n.text === text);
  if (!node) throw new Error(`No statement "${text}"`);
  return node;
}

/** The relations as readable lines: "support a+b → c", "undercut d → [support a → c]". */
export function readableRelations(map: ArgumentMap): string[] {
  const textOf = (id: string): string => map.nodes[id as keyof typeof map.nodes].text;
  const line = (r: Relation): string => {
    const to = 'node' in r.to ? textOf(r.to.node) : `[${line(map.relations[r.to.relation])}]`;
    return `${r.kind}${r.original ? `(${r.original})` : ''} ${r.from.map(textOf).sort().join('+')} → ${to}`;
  };
  return Object.values(map.relations).map(line).sort();
}

export const messages = (report: ConversionReport): string[] => report.map((l) => `${l.severity}: ${l.message}`);

/** Imports text that must import, checking the map against the schema on the way. */
export function importedOk(text: string): Extract<ImportOutcome, { ok: true }> {
  const outcome = importAif(text);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(checkArgumentMap(outcome.map).ok).toBe(true);
  return outcome;
}
