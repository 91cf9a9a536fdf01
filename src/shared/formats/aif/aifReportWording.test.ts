import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { emptyMap } from '../../model/argumentMap';
import { asNodeId } from '../../model/ids';
import { messages, nodeset, type NodeSpec } from './aifTestDocuments';
import { exportAif } from './exportAif';
import { importAif } from './importAif';

type Id = string | number;

/** The report lines of an import, without the severity. */
function reportOf(text: string): string[] {
  const outcome = importAif(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return messages(outcome.report).map((line) => line.replace(/^\w+: /, ''));
}

const statements = (...texts: string[]): NodeSpec[] => texts.map((text) => [text, 'I', text]);
/** An S node of `type` from premise to conclusion, with an id of its own (and named by its type, unless told). */
const sNode = (id: string, type: string, from: Id, to: Id, text = type): { node: NodeSpec; edges: [Id, Id][] } => ({
  node: [id, type, text],
  edges: [
    [from, id],
    [id, to],
  ],
});
const document = (nodes: NodeSpec[], parts: ReturnType<typeof sNode>[], edges: [Id, Id][] = []): string =>
  nodeset([...nodes, ...parts.map((p) => p.node)], [...edges, ...parts.flatMap((p) => p.edges)]);

/** Statement a supports b0, b1, … through RAs named by the given schemes, as AIFdb names them. */
const withSchemes = (...schemes: string[]): string =>
  document(
    statements('a', ...schemes.map((_, k) => `b${k}`)),
    schemes.map((scheme, k) => sNode(`r${k}`, 'RA', 'a', `b${k}`, scheme)),
  );

const locutions = (count: number): string =>
  JSON.stringify({
    nodes: [
      { nodeID: 'i', type: 'I', text: 'said' },
      ...Array.from({ length: count }, (_, k) => [
        { nodeID: `l${k}`, type: 'L', text: `said ${k}` },
        { nodeID: `y${k}`, type: 'YA', text: 'Asserting' },
      ]).flat(),
    ],
    edges: Array.from({ length: count }, (_, k) => [
      { fromID: `l${k}`, toID: `y${k}` },
      { fromID: `y${k}`, toID: 'i' },
    ]).flat(),
  });

describe('report lines read right for one and for many', () => {
  it.each<[string, string, string, string, string]>([
    [
      'connections to missing nodes',
      nodeset(statements('a'), [['a', 99]]),
      nodeset(statements('a'), [
        ['a', 99],
        ['a', 98],
      ]),
      '1 connection to a node missing from the file ignored',
      '2 connections to nodes missing from the file ignored',
    ],
    [
      'connections from a node to itself',
      nodeset(statements('a'), [['a', 'a']]),
      nodeset(statements('a', 'b'), [
        ['a', 'a'],
        ['b', 'b'],
      ]),
      '1 connection from a node to itself ignored',
      '2 connections from nodes to themselves ignored',
    ],
    [
      'direct connections between statements',
      nodeset(statements('a', 'b'), [['a', 'b']]),
      nodeset(statements('a', 'b', 'c'), [
        ['a', 'b'],
        ['a', 'c'],
      ]),
      '1 direct connection between statements (no RA or CA node between them) read as a support',
      '2 direct connections between statements (no RA or CA node between them) read as supports',
    ],
    [
      'nodes of unknown types',
      // Beside a statement: a file with no AIF node at all is refused, not reported on.
      nodeset(
        [
          ['i', 'I', 'a'],
          ['x', 'XX'],
        ],
        [],
      ),
      nodeset(
        [
          ['i', 'I', 'a'],
          ['x', 'XX'],
          ['y', 'YY'],
        ],
        [],
      ),
      '1 node of a type Argmap does not know dropped ("XX")',
      '2 nodes of types Argmap does not know dropped ("XX", "YY")',
    ],
    [
      'duplicate relations',
      document(statements('a', 'b'), [sNode('r1', 'RA', 'a', 'b'), sNode('r2', 'RA', 'a', 'b')]),
      document(statements('a', 'b'), [
        sNode('r1', 'RA', 'a', 'b'),
        sNode('r2', 'RA', 'a', 'b'),
        sNode('r3', 'RA', 'a', 'b'),
      ]),
      '1 duplicate relation merged with its equal',
      '2 duplicate relations merged with their equals',
    ],
    [
      'premises that are their own conclusion',
      document(statements('a', 'b'), [sNode('r1', 'RA', 'a', 'b')], [['b', 'r1']]),
      document(
        statements('a', 'b', 'c'),
        [sNode('r1', 'RA', 'a', 'b'), sNode('r2', 'RA', 'a', 'c')],
        [
          ['b', 'r1'],
          ['c', 'r2'],
        ],
      ),
      '1 premise identical to its conclusion ignored',
      '2 premises identical to their conclusions ignored',
    ],
    [
      'undercuts of dropped S nodes',
      document(statements('a', 'b', 'u'), [sNode('p', 'PA', 'a', 'b'), sNode('c1', 'CA', 'u', 'p')]),
      document(statements('a', 'b', 'u', 'v'), [
        sNode('p', 'PA', 'a', 'b'),
        sNode('c1', 'CA', 'u', 'p'),
        sNode('c2', 'CA', 'v', 'p'),
      ]),
      '1 undercut (CA) of a dropped S node ignored',
      '2 undercuts (CA) of dropped S nodes ignored',
    ],
    [
      'argumentation schemes',
      withSchemes('Expert Opinion'),
      withSchemes('Expert Opinion', 'Analogy'),
      'Argumentation scheme of 1 relation dropped (a map has no schemes): Expert Opinion',
      'Argumentation schemes of 2 relations dropped (a map has no schemes): Expert Opinion, Analogy',
    ],
    [
      'locutions kept as notes',
      locutions(1),
      locutions(2),
      '1 locution (L) kept as a statement note, with the illocution (YA) that links it',
      '2 locutions (L) kept as statement notes, each with the illocution (YA) that links it',
    ],
  ])('%s', (_, one, two, sayOne, sayTwo) => {
    expect(reportOf(one)).toContain(sayOne);
    expect(reportOf(two)).toContain(sayTwo);
  });

  it('says "the kind … is" of one exported statement and "kinds … are" of many', () => {
    const withStatements = (count: number): ArgumentMap => {
      const map = emptyMap('Counted');
      for (let k = 0; k < count; k += 1) {
        const id = asNodeId(`n-${k}`);
        map.nodes[id] = { id, kind: 'claim', text: `${k}`, position: { x: 0, y: 0 }, tags: [] };
      }
      return map;
    };
    const elsewhere = 'kept only in Argmap’s own "argmap" fields, which other AIF tools ignore';
    expect(messages(exportAif(withStatements(1)).report)).toContain(
      `approximated: The kind (thesis, reason, objection, …) of 1 statement is ${elsewhere}`,
    );
    expect(messages(exportAif(withStatements(2)).report)).toContain(
      `approximated: Kinds (thesis, reason, objection, …) of 2 statements are ${elsewhere}`,
    );
  });
});
