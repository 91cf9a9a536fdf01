import { describe, expect, it } from 'vitest';
import { importedOk as imported, messages, nodeset, readableRelations } from './aifTestDocuments';

describe('importing S nodes: attacks, undercuts, rephrases, preferences', () => {
  it('reads a CA on an I node as an attack and a CA on an RA as an undercut, with fitting kinds', () => {
    const text = nodeset(
      [
        [1, 'I', 'claim'],
        [2, 'I', 'reason'],
        [3, 'RA'],
        [4, 'I', 'objection'],
        [5, 'CA'],
        [6, 'I', 'undercutter'],
        [7, 'CA'],
        [8, 'I', 'rebuttal'],
        [9, 'CA'],
      ],
      [
        [2, 3],
        [3, 1],
        [4, 5],
        [5, 1],
        [6, 7],
        [7, 3],
        [8, 9],
        [9, 4],
      ],
    );
    const { map, report } = imported(text);
    expect(readableRelations(map)).toEqual([
      'attack objection → claim',
      'attack rebuttal → objection',
      'support reason → claim',
      'undercut undercutter → [support reason → claim]',
    ]);
    const kinds = Object.fromEntries(Object.values(map.nodes).map((n) => [n.text, n.kind]));
    expect(kinds).toEqual({
      claim: 'thesis',
      reason: 'reason',
      objection: 'objection',
      undercutter: 'objection',
      rebuttal: 'rebuttal',
    });
    expect(report).toEqual([]);
  });

  it('undercuts an undercut, and drops undercuts that undercut each other in a cycle', () => {
    const chain = nodeset(
      [
        [1, 'I', 'c'],
        [2, 'I', 'r'],
        [3, 'RA'],
        [4, 'I', 'u'],
        [5, 'CA'],
        [6, 'I', 'v'],
        [7, 'CA'],
      ],
      [
        [2, 3],
        [3, 1],
        [4, 5],
        [5, 3],
        [6, 7],
        [7, 5],
      ],
    );
    expect(readableRelations(imported(chain).map)).toContain('undercut v → [undercut u → [support r → c]]');
    const cycle = nodeset(
      [
        [4, 'I', 'u'],
        [5, 'CA'],
        [6, 'I', 'v'],
        [7, 'CA'],
      ],
      [
        [4, 5],
        [5, 7],
        [6, 7],
        [7, 5],
      ],
    );
    const { map, report } = imported(cycle);
    expect(map.relations).toEqual({});
    expect(messages(report)).toEqual(['dropped: 2 undercuts (CA) in a cycle of undercuts dropped']);
  });

  it('draws an MA as a support marked rephrase and drops a PA, saying so', () => {
    const text = nodeset(
      [
        [1, 'I', 'a'],
        [2, 'I', 'b'],
        [3, 'MA'],
        [4, 'PA'],
      ],
      [
        [1, 3],
        [3, 2],
        [2, 4],
        [4, 1],
      ],
    );
    const { map, report } = imported(text);
    expect(readableRelations(map)).toEqual(['support(rephrase) a → b']);
    expect(messages(report)).toEqual([
      'dropped: 1 preference (PA) between statements (Argmap has no preference relation) dropped',
      'approximated: 1 rephrase (MA) drawn as a support marked "rephrase"',
    ]);
  });

  it('reads a direct I-to-I edge as a support, and drops nodes of unknown types', () => {
    const { map, report } = imported(
      nodeset(
        [
          [1, 'I', 'a'],
          [2, 'I', 'b'],
          [3, 'XX'],
        ],
        [
          [1, 2],
          [3, 1],
        ],
      ),
    );
    expect(readableRelations(map)).toEqual(['support a → b']);
    expect(messages(report)).toEqual([
      'dropped: 1 node of a type Argmap does not know dropped ("XX")',
      'approximated: 1 direct connection between statements (no RA or CA node between them) read as a support',
    ]);
  });

  it('uses the kind Argmap wrote into an I node', () => {
    const text = JSON.stringify({
      nodes: [{ nodeID: '1', type: 'I', text: 'a', argmap: { kind: 'evidence', tags: ['x'], title: 'A', bogus: 1 } }],
      edges: [],
    });
    const { map } = imported(text);
    expect(map.nodes['i-1' as never]).toMatchObject({ kind: 'evidence', tags: ['x'], title: 'A' });
  });
});
