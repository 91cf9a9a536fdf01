import { describe, expect, it } from 'vitest';
import { importAif } from './importAif';
import { readableRelations } from './aifTestDocuments';

/** A small analysis: b supports a. */
const AIF = {
  nodes: [
    { nodeID: '1', type: 'I', text: 'a' },
    { nodeID: '2', type: 'I', text: 'b' },
    { nodeID: '3', type: 'RA', text: 'Default Inference' },
  ],
  edges: [
    { edgeID: 1, fromID: '2', toID: '3' },
    { edgeID: 2, fromID: '3', toID: '1' },
  ],
};

const refusal = (text: string): string => {
  const outcome = importAif(text);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.message;
};

describe('AIF as other tools really write it', () => {
  it('reads an xAIF file whose OVA block is an empty list, as arg-tech’s evaluation tools write it', () => {
    const outcome = importAif(JSON.stringify({ AIF, OVA: [], text: { txt: '' } }));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(readableRelations(outcome.map)).toEqual(['support b → a']);
  });

  it('reads an OVA3 save whose OVA nodes lack visible, x or y, placing those nodes itself', () => {
    const OVA = {
      nodes: [{ nodeID: '1' }, { nodeID: '2', x: 10 }, { nodeID: '3', visible: true }, null, { x: 4, y: 5 }],
      edges: [],
    };
    const outcome = importAif(JSON.stringify({ AIF, OVA, text: '' }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(readableRelations(outcome.map)).toEqual(['support b → a']);
    const [a, b] = Object.values(outcome.map.nodes).map((node) => node.position);
    // The layout placed them apart, the premise below its conclusion.
    expect(b.y).toBeGreaterThan(a.y);
  });

  it('names a SADFace file as SADFace instead of calling it a damaged AIF file', () => {
    const sadface = {
      metadata: { core: { id: 'x', version: '0.2' } },
      nodes: [{ id: 'a1', type: 'atom', text: 'a', metadata: {}, sources: [] }],
      edges: [],
      resources: [],
    };
    const message = refusal(JSON.stringify(sadface));
    expect(message).toMatch(/SADFace/);
    expect(message).not.toMatch(/damaged/);
  });

  it('refuses a JSON graph whose nodes have no AIF type, naming the types it saw', () => {
    const graph = {
      nodes: [
        { nodeID: 1, type: 'claim', text: 'x' },
        { nodeID: 2, type: 'premise', text: 'y' },
      ],
      edges: [{ fromID: 2, toID: 1 }],
    };
    expect(refusal(JSON.stringify(graph))).toMatch(/not AIF.*2 nodes.*"claim", "premise"/i);
  });

  it('refuses a JSON graph whose nodes have no nodeID, naming what they have', () => {
    const graph = { nodes: [{ id: 1, label: 'x' }], edges: [{ source: 1, target: 2 }] };
    expect(refusal(JSON.stringify(graph))).toMatch(
      /not AIF: its nodes have no "nodeID" \(they have "id" and "label"\)/,
    );
  });
});
