import { describe, expect, it } from 'vitest';
import { asNodeId, asRelationId } from '../../../shared/model/ids';
import { tinyMap } from '../../../shared/testing/tinyMap';
import {
  connectionsOf,
  formatTags,
  hasLinkedPremise,
  mapCounts,
  nodeName,
  parseTags,
  sameTags,
  targetName,
} from './inspectorModel';

describe('tags', () => {
  it('reads a comma-separated field, dropping blanks and repeats', () => {
    expect(parseTags(' peace,  mediation ,, peace ,')).toEqual(['peace', 'mediation']);
    expect(parseTags('')).toEqual([]);
  });

  it('writes them back the way they read', () => {
    expect(parseTags(formatTags(['a b', 'c']))).toEqual(['a b', 'c']);
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});

describe('names', () => {
  it('shortens long texts to one line and names empty or missing nodes', () => {
    const node = tinyMap().nodes[asNodeId('n-t')];
    expect(nodeName({ ...node, text: 'one\n two' })).toBe('one two');
    expect(nodeName({ ...node, text: 'x'.repeat(100) }, 10)).toBe(`${'x'.repeat(9)}…`);
    expect(nodeName({ ...node, text: '  ' })).toBe('(empty)');
    expect(nodeName(undefined)).toBe('a deleted node');
  });

  it('names an undercut’s target as the inference it attacks', () => {
    const map = tinyMap();
    expect(targetName(map, map.relations[asRelationId('r-2')])).toBe('We should walk to work.');
    expect(targetName(map, map.relations[asRelationId('r-3')])).toBe(
      'the inference from “It takes too long.” to “We should walk to work.”',
    );
  });
});

describe('map facts', () => {
  it('counts nodes and relations by kind', () => {
    const counts = mapCounts(tinyMap());
    expect(counts.nodes).toBe(4);
    expect(counts.relations).toBe(3);
    expect(counts.byNodeKind).toMatchObject({ thesis: 1, reason: 1, objection: 1, rebuttal: 1, claim: 0 });
    expect(counts.byRelationKind).toEqual({ support: 1, attack: 1, undercut: 1 });
  });

  it('lists a node’s relations both ways', () => {
    const map = tinyMap();
    const thesis = connectionsOf(map, asNodeId('n-t'));
    expect(thesis.outgoing).toEqual([]);
    expect(thesis.incoming.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    expect(connectionsOf(map, asNodeId('n-u')).outgoing.map((r) => r.id)).toEqual(['r-3']);
  });

  it('knows whether a selection touches a linked argument', () => {
    const map = tinyMap();
    expect(hasLinkedPremise(map, new Set([asNodeId('n-r')]))).toBe(false);
    map.relations[asRelationId('r-1')].from = [asNodeId('n-r'), asNodeId('n-o')];
    expect(hasLinkedPremise(map, new Set([asNodeId('n-r')]))).toBe(true);
  });
});
