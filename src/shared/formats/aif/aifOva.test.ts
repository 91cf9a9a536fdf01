import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { cardBoxes, overlappingPairs } from '../../layout/layoutMetrics';
import { estimateNodeSize } from '../../layout/nodeSize';
import { messages, readableRelations, statementWithText } from './aifTestDocuments';
import { importAif } from './importAif';

/**
 * An OVA3 save as OVA3's genjson() writes it: the AIF nodeset under "AIF" (ids like "3_164", numeric
 * edge ids, scheme fulfilments), the analysed text, and the layout under "OVA" (x = centre, y = top).
 */
function ova3(positions: Record<string, [number | string, number | string]>): string {
  const aifNodes = [
    ['1_164', 'I', 'Kazakhstan is a respected mediator'],
    ['2_164', 'I', 'It hosted the Iran talks'],
    ['3_164', 'I', 'Both sides trusted its neutrality'],
    ['4_164', 'RA', 'Default Inference'],
    ['5_164', 'I', 'Its mediation in Ukraine and Syria had little success'],
    ['6_164', 'CA', 'Default Conflict'],
    ['7_164', 'I', 'A statement OVA never placed'],
  ];
  const edges = [
    ['2_164', '4_164'],
    ['3_164', '4_164'],
    ['4_164', '1_164'],
    ['5_164', '6_164'],
    ['6_164', '1_164'],
  ];
  return JSON.stringify({
    AIF: {
      nodes: aifNodes.map(([nodeID, type, text]) => ({ nodeID, type, text })),
      edges: edges.map(([fromID, toID], i) => ({ edgeID: i + 1, fromID, toID })),
      schemefulfillments: [{ nodeID: '4_164', schemeID: '72' }],
      participants: [],
      locutions: [],
      descriptorfulfillments: [],
      cqdescriptorfulfillments: [],
    },
    text: '<div>Kazakhstan has established a respected profile…</div>',
    OVA: {
      firstname: 'Ann',
      surname: 'Lee',
      url: '',
      nodes: Object.entries(positions).map(([nodeID, [x, y]]) => ({ nodeID, visible: true, x, y, timestamp: '' })),
      edges: edges.map(([fromID, toID]) => ({ fromID, toID, visible: true })),
    },
  });
}

const LAYOUT: Record<string, [number | string, number | string]> = {
  '1_164': [400, 50],
  '2_164': [250, 220],
  '3_164': ['550', '220'],
  '4_164': [400, 150],
  '5_164': [700, 130],
  '6_164': [560, 90],
};

function imported(text: string): { map: ArgumentMap; report: string[] } {
  const outcome = importAif(text, { title: 'Mediator' });
  if (!outcome.ok) throw new Error(outcome.message);
  return { map: outcome.map, report: messages(outcome.report) };
}

describe('importing an OVA3 save', () => {
  it('imports the AIF part: linked premises, the attack, kinds', () => {
    const { map, report } = imported(ova3(LAYOUT));
    expect(readableRelations(map)).toEqual([
      'attack Its mediation in Ukraine and Syria had little success → Kazakhstan is a respected mediator',
      'support Both sides trusted its neutrality+It hosted the Iran talks → Kazakhstan is a respected mediator',
    ]);
    expect(statementWithText(map, 'Kazakhstan is a respected mediator').kind).toBe('thesis');
    expect(report).toEqual([
      'dropped: Argumentation scheme of 1 relation dropped (a map has no schemes)',
      'dropped: The source text saved with the OVA analysis was not imported',
    ]);
  });

  it('keeps the analyst’s layout, spread by one factor so that no cards overlap', () => {
    const { map } = imported(ova3(LAYOUT));
    const placed = ['1_164', '2_164', '3_164', '5_164'].map((id) => ({
      node: map.nodes[`i-${id}` as NodeId],
      ova: LAYOUT[id].map(Number),
    }));
    const factors = placed.flatMap(({ node, ova }) => [
      (node.position.x + estimateNodeSize(node).width / 2) / ova[0],
      node.position.y / ova[1],
    ]);
    for (const factor of factors) expect(factor).toBeCloseTo(factors[0], 9);
    expect(factors[0]).toBeGreaterThan(1);
    const boxes = cardBoxes(new Map(Object.values(map.nodes).map((n) => [n.id, n.position])), (id) =>
      estimateNodeSize(map.nodes[id]),
    );
    expect(overlappingPairs(boxes)).toEqual([]);
  });

  it('lays out a statement OVA did not place beneath the placed ones', () => {
    const { map } = imported(ova3(LAYOUT));
    const unplaced = statementWithText(map, 'A statement OVA never placed');
    const others = Object.values(map.nodes).filter((n) => n.id !== unplaced.id);
    const bottom = Math.max(...others.map((n) => n.position.y + estimateNodeSize(n).height));
    expect(unplaced.position.y).toBeGreaterThan(bottom);
  });

  it('lays the whole map out when OVA put every node on one spot', () => {
    const stacked = Object.fromEntries(Object.keys(LAYOUT).map((id) => [id, [0, 0] as [number, number]]));
    const { map } = imported(ova3(stacked));
    const boxes = cardBoxes(new Map(Object.values(map.nodes).map((n) => [n.id, n.position])), (id) =>
      estimateNodeSize(map.nodes[id]),
    );
    expect(overlappingPairs(boxes)).toEqual([]);
  });
});
