import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { aifRuleViolations, canonicalMap, withoutArgmapExtension } from './aifTestSupport';
import { messages } from './aifTestDocuments';
import { exportAif } from './exportAif';
import { importAif } from './importAif';

describe('the sample map through AIF', () => {
  const sample = loadSampleMap();
  const exported = exportAif(sample);
  const document = JSON.parse(exported.text);

  it('comes back whole: texts, kinds, tags, notes, sources, relations, positions and details', () => {
    const back = importAif(exported.text, { title: 'ignored: the file names its map' });
    if (!back.ok) throw new Error(back.message);
    expect(back.map).toEqual(sample);
    expect(back.report).toEqual([]);
  });

  it('writes the undercut as a CA on the undercut relation’s S node and linked premises into one RA', () => {
    const edges: { fromID: string; toID: string }[] = document.AIF.edges;
    const typeOf = new Map<string, string>(document.AIF.nodes.map((n: any) => [n.nodeID, n.type]));
    expect(typeOf.get('r-complex-undercuts-limited')).toBe('CA');
    expect(edges).toContainEqual(
      expect.objectContaining({ fromID: 'r-complex-undercuts-limited', toID: 'r-limited-success-ukraine-syria' }),
    );
    expect(typeOf.get('r-limited-success-ukraine-syria')).toBe('CA');
    const intoLinked = edges.filter((e) => e.toID === 'r-shared-duty-rebuttal').map((e) => e.fromID);
    expect(intoLinked.sort()).toEqual(['n-shared-responsibility', 'n-single-mediator']);
    expect(typeOf.get('r-shared-duty-rebuttal')).toBe('RA');
  });

  it('follows the AIF rules and gives OVA3 a position for every node', () => {
    expect(aifRuleViolations(document.AIF)).toEqual([]);
    const placed = new Set(document.OVA.nodes.map((n: any) => n.nodeID));
    expect(document.AIF.nodes.every((n: any) => placed.has(n.nodeID))).toBe(true);
    expect(document.OVA.edges).toHaveLength(document.AIF.edges.length);
  });

  it('reports what only Argmap’s own fields carry', () => {
    expect(messages(exported.report)).toEqual([
      'approximated: Kinds (thesis, reason, objection, …) of 32 statements are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
      'approximated: Details (title, tags, notes, source quote) of 32 statements are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
      'approximated: The map’s title and details are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
    ]);
  });

  it('keeps the argument itself for AIF tools that ignore Argmap’s fields', () => {
    const plain = importAif(withoutArgmapExtension(exported.text));
    if (!plain.ok) throw new Error(plain.message);
    // Kinds are guessed from the structure then (authored evidence reads as reason): only texts are compared.
    expect(canonicalMap(plain.map, 'text')).toEqual(canonicalMap(sample, 'text'));
  });
});
