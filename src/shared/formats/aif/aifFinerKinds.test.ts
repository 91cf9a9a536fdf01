import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Relation } from '../../model/argumentMap';
import { asNodeId, asRelationId } from '../../model/ids';
import { tinyMap } from '../../testing/tinyMap';
import { importedOk as imported, messages, nodeset, readableRelations } from './aifTestDocuments';
import { exportAif } from './exportAif';
import { importAif } from './importAif';

/** Statements a and b, and one S node per entry from a to b (or to `to`), with Argmap's field when given. */
function sNodes(entries: [id: string, type: string, original?: string, to?: string][]): string {
  const text = nodeset(
    [['a', 'I', 'a'], ['b', 'I', 'b'], ...entries.map(([id, type]): [string, string] => [id, type])],
    entries.flatMap(([id, , , to]): [string, string][] => [
      ['a', id],
      [id, to ?? 'b'],
    ]),
  );
  const document = JSON.parse(text);
  for (const node of document.nodes) {
    const original = entries.find(([id]) => id === node.nodeID)?.[2];
    if (original) node.argmap = { original };
  }
  return JSON.stringify(document);
}

const MISMATCH_ONE = 'approximated: 1 relation kind in Argmap’s own field that did not match the AIF node ignored';

describe('finer relation kinds in Argmap’s own field', () => {
  it('keeps entails on an inference and contrary on a conflict; an undercut carries none', () => {
    const { map, report } = imported(
      sNodes([
        ['r', 'RA', 'entails'],
        ['c1', 'CA', 'contrary'],
        ['c2', 'CA', 'contradictory', 'r'],
      ]),
    );
    expect(readableRelations(map)).toEqual([
      'attack(contrary) a → b',
      'support(entails) a → b',
      'undercut a → [support(entails) a → b]',
    ]);
    expect(messages(report)).toEqual([
      'approximated: 1 relation kind in Argmap’s own field that did not match the AIF node ignored',
    ]);
  });

  it('ignores a kind that does not fit the S node, so the inspector never calls an attack an entailment', () => {
    const conflict = imported(sNodes([['c', 'CA', 'entails']]));
    expect(readableRelations(conflict.map)).toEqual(['attack a → b']);
    expect(messages(conflict.report)).toEqual([MISMATCH_ONE]);

    const inference = imported(sNodes([['r', 'RA', 'contradictory']]));
    expect(readableRelations(inference.map)).toEqual(['support a → b']);
    expect(messages(inference.report)).toEqual([MISMATCH_ONE]);
  });

  it('reads an MA as a rephrase whatever its field says, and counts the disagreements', () => {
    const { map, report } = imported(
      sNodes([
        ['m', 'MA', 'contrary'],
        ['c', 'CA', 'rephrase'],
      ]),
    );
    expect(readableRelations(map)).toEqual(['attack a → b', 'support(rephrase) a → b']);
    expect(messages(report)).toContain(
      'approximated: 2 relation kinds in Argmap’s own fields that did not match the AIF nodes ignored',
    );
  });

  it('keeps a support and a rephrase between the same statements as two relations (one signature with the model)', () => {
    const { map, report } = imported(
      sNodes([
        ['r1', 'RA'],
        ['m', 'MA'],
        ['r2', 'RA', 'entails'],
        ['r3', 'RA'],
      ]),
    );
    expect(readableRelations(map)).toEqual(['support a → b', 'support(entails) a → b', 'support(rephrase) a → b']);
    expect(messages(report)).toContain('approximated: 1 duplicate relation merged with its equal');
  });
});

describe('exporting finer relation kinds', () => {
  const withRelation = (relation: Omit<Relation, 'id'>): ArgumentMap => {
    const map = tinyMap();
    map.relations[asRelationId('r-x')] = { id: asRelationId('r-x'), ...relation };
    return map;
  };

  it('writes a support and a rephrase between the same statements, and reads both back', () => {
    const [r, t] = [asNodeId('n-r'), asNodeId('n-t')];
    const map = withRelation({ kind: 'support', from: [r], to: { node: t }, original: 'rephrase' });
    const back = importAif(exportAif(map).text);
    if (!back.ok) throw new Error(back.message);
    expect(back.map).toEqual(map);
  });

  it('does not write a finer kind that does not fit its relation, and says so', () => {
    const [o, r] = [asNodeId('n-o'), asNodeId('n-r')];
    const map = withRelation({ kind: 'attack', from: [o], to: { node: r }, original: 'entails' });
    const exported = exportAif(map);
    const written = JSON.parse(exported.text).AIF.nodes.find((n: { nodeID: string }) => n.nodeID === 'r-x');
    expect(written).toEqual({ nodeID: 'r-x', text: 'Default Conflict', type: 'CA' });
    expect(messages(exported.report)).toContain(
      'dropped: 1 finer relation kind that did not fit its relation not written',
    );
    const back = importAif(exported.text);
    if (!back.ok) throw new Error(back.message);
    expect(back.map.relations['r-x' as never]).toEqual({ id: 'r-x', kind: 'attack', from: [o], to: { node: r } });
    expect(back.report).toEqual([]);
  });
});
