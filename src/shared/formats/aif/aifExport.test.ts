import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Relation } from '../../model/argumentMap';
import { asNodeId, asRelationId } from '../../model/ids';
import { emptyMap } from '../../model/argumentMap';
import { tinyMap } from '../../testing/tinyMap';
import { aifRuleViolations } from './aifTestSupport';
import { messages } from './aifTestDocuments';
import { exportAif } from './exportAif';
import { importAif } from './importAif';

/** The tiny map (whose cards overlap) with every finer relation kind and an undercut of an undercut. */
function richMap(): ArgumentMap {
  const map = tinyMap();
  const add = (id: string, relation: Omit<Relation, 'id'>): void => {
    map.relations[asRelationId(id)] = { id: asRelationId(id), ...relation };
  };
  const [t, r, o, u] = ['n-t', 'n-r', 'n-o', 'n-u'].map(asNodeId);
  add('r-contrary', { kind: 'attack', from: [o], to: { node: r }, original: 'contrary' });
  add('r-entails', { kind: 'support', from: [r], to: { node: o }, original: 'entails' });
  add('r-rephrase', { kind: 'support', from: [u], to: { node: t }, original: 'rephrase' });
  add('r-deep', { kind: 'undercut', from: [r], to: { relation: asRelationId('r-3') } });
  map.nodes[t] = { ...map.nodes[t], title: 'Walk', notes: 'From the town meeting', tags: ['health', 'time'] };
  return map;
}

const typesOf = (text: string): Record<string, string> =>
  Object.fromEntries(JSON.parse(text).AIF.nodes.map((n: { nodeID: string; type: string }) => [n.nodeID, n.type]));

describe('exporting a map as AIF', () => {
  it('writes each relation as its S node and follows the AIF rules', () => {
    const { text } = exportAif(richMap());
    expect(typesOf(text)).toMatchObject({
      'n-t': 'I',
      'r-1': 'RA',
      'r-2': 'CA',
      'r-3': 'CA',
      'r-contrary': 'CA',
      'r-entails': 'RA',
      'r-rephrase': 'MA',
      'r-deep': 'CA',
    });
    const document = JSON.parse(text);
    expect(aifRuleViolations(document.AIF)).toEqual([]);
    expect(document.AIF.edges).toContainEqual(expect.objectContaining({ fromID: 'r-deep', toID: 'r-3' }));
    expect(document.AIF.edges).toContainEqual(expect.objectContaining({ fromID: 'r-3', toID: 'r-2' }));
  });

  it('imports back to the very same map, overlapping cards and finer kinds included', () => {
    const map = richMap();
    const back = importAif(exportAif(map).text);
    if (!back.ok) throw new Error(back.message);
    expect(back.map).toEqual(map);
    expect(messages(back.report)).toEqual(['approximated: 1 rephrase (MA) drawn as a support marked "rephrase"']);
  });

  it('reports what other AIF tools will not see', () => {
    expect(messages(exportAif(richMap()).report)).toEqual([
      'approximated: Kinds (thesis, reason, objection, …) of 4 statements are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
      'approximated: Details (title, tags, notes, source quote) of 1 statement are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
      'approximated: The map’s title and details are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore',
      'approximated: 1 relation imported as a contrary relation, written as a plain conflict (CA): Argmap’s own fields keep the finer kind',
      'approximated: 1 relation imported as an entailment, written as a plain inference (RA): Argmap’s own fields keep the finer kind',
    ]);
  });

  it('exports an empty map as an empty but valid document', () => {
    const { text } = exportAif(emptyMap('Nothing yet'));
    const document = JSON.parse(text);
    expect(document.AIF.nodes).toEqual([]);
    expect(importAif(text)).toEqual({ ok: true, map: emptyMap('Nothing yet'), report: [] });
  });
});
