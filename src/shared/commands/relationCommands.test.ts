import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { connect, type ConnectArgs } from './connect';
import { reconnect, setRelationKind } from './editRelation';
import { relationProblem } from './relationRules';
import type { ArgumentMap, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId } from '../model/ids';
import { runAndRoundTrip } from '../testing/commandRoundTrip';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const [t, r, o, u, x] = ['n-t', 'n-r', 'n-o', 'n-u', 'n-x'].map(asNodeId);
const [r1, r3, r4] = ['r-1', 'r-3', 'r-4'].map(asRelationId);

/** tinyMap plus a loose reason n-x. */
function withLooseReason(): ArgumentMap {
  const map = tinyMap();
  map.nodes[x] = { id: x, kind: 'reason', text: 'It is cheap.', position: { x: 300, y: 200 }, tags: [] };
  return map;
}

type Candidate = Pick<Relation, 'kind' | 'from' | 'to'>;
const refusals: [string, Candidate, string][] = [
  ['a node to itself', { kind: 'support', from: [t], to: { node: t } }, 'A node cannot support or attack itself.'],
  ['a duplicate', { kind: 'support', from: [r], to: { node: t } }, 'The map already has this relation (supports).'],
  [
    'an undercut to a node',
    { kind: 'undercut', from: [u], to: { node: t } },
    'An undercut attacks a relation (the link between a reason and its claim), not a node.',
  ],
  [
    'a support to a relation',
    { kind: 'support', from: [u], to: { relation: r1 } },
    'Only an undercut can target a relation.',
  ],
  [
    'a premise undercutting its own inference',
    { kind: 'undercut', from: [r], to: { relation: r1 } },
    'A premise cannot undercut its own inference.',
  ],
  ['a missing premise', { kind: 'support', from: [x], to: { node: t } }, 'That node is no longer on the map.'],
  ['a missing target node', { kind: 'attack', from: [o], to: { node: x } }, 'That node is no longer on the map.'],
  [
    'a missing relation',
    { kind: 'undercut', from: [u], to: { relation: r4 } },
    'That relation is no longer on the map.',
  ],
];

describe('relationProblem', () => {
  it.each(refusals)('refuses %s', (_, candidate, message) => {
    expect(relationProblem(tinyMap(), candidate)).toBe(message);
  });

  it('refuses no premises, a premise twice and a relation undercutting itself', () => {
    const map = tinyMap();
    expect(relationProblem(map, { kind: 'support', from: [], to: { node: t } })).toBe(
      'A relation needs at least one premise.',
    );
    expect(relationProblem(map, { kind: 'support', from: [o, o], to: { node: t } })).toBe('A premise is listed twice.');
    expect(relationProblem(map, { kind: 'undercut', from: [u], to: { relation: r3 } }, r3)).toBe(
      'A relation cannot undercut itself.',
    );
  });

  it('accepts sensible relations, and does not count the changed relation as its own duplicate', () => {
    const map = tinyMap();
    expect(relationProblem(map, { kind: 'attack', from: [r], to: { node: t } })).toBeNull();
    expect(relationProblem(map, { kind: 'undercut', from: [u], to: { relation: r1 } })).toBeNull();
    expect(relationProblem(map, { kind: 'support', from: [r], to: { node: t } }, r1)).toBeNull();
  });
});

describe('connect', () => {
  it.each<[ConnectArgs['kind'], ConnectArgs['to'], string]>([
    ['support', { node: t }, 'Add support relation'],
    ['attack', { node: r }, 'Add attack relation'],
    ['undercut', { relation: r1 }, 'Add undercut relation'],
  ])('draws a %s relation', (kind, to, label) => {
    const { document, entry } = runAndRoundTrip(withLooseReason(), connect, { id: r4, kind, from: x, to });
    expect(entry.label).toBe(label);
    expect(document.relations[r4]).toEqual({ id: r4, kind, from: [x], to });
  });

  it.each(refusals.filter(([name]) => !name.includes('missing')))(
    'throws for %s and leaves the input unchanged',
    (_, candidate, message) => {
      const before = tinyMap();
      const args = { id: r4, kind: candidate.kind, from: candidate.from[0], to: candidate.to };
      expect(() => execute(before, connect, args)).toThrow(message);
      expect(before).toEqual(tinyMap());
    },
  );
});

describe('setRelationKind', () => {
  it('turns a support into an attack and back', () => {
    const attack = runAndRoundTrip(tinyMap(), setRelationKind, { id: r1, kind: 'attack' });
    expect(attack.entry.label).toBe('Change relation to attack');
    expect(attack.document.relations[r1].kind).toBe('attack');
    const support = runAndRoundTrip(attack.document, setRelationKind, { id: r1, kind: 'support' });
    expect(support.entry.label).toBe('Change relation to support');
    expect(support.document).toEqual(tinyMap());
  });

  it('drops the finer kind an import gave the relation, which no longer describes it', () => {
    const imported = tinyMap();
    imported.relations[r1] = { ...imported.relations[r1], kind: 'attack', original: 'contrary' };
    const support = runAndRoundTrip(imported, setRelationKind, { id: r1, kind: 'support' });
    expect(support.document.relations[r1]).toEqual(tinyMap().relations[r1]);
  });

  it('records nothing for the same kind or a missing relation', () => {
    expect(execute(tinyMap(), setRelationKind, { id: r1, kind: 'support' })).toBeNull();
    expect(execute(tinyMap(), setRelationKind, { id: r4, kind: 'attack' })).toBeNull();
  });

  it('refuses to swap undercuts with the others, or to make a duplicate', () => {
    const map = tinyMap();
    expect(() => execute(map, setRelationKind, { id: r3, kind: 'support' })).toThrow(
      'Only an undercut can target a relation.',
    );
    expect(() => execute(map, setRelationKind, { id: r1, kind: 'undercut' })).toThrow('not a node');
    map.relations[r4] = { id: r4, kind: 'attack', from: [r], to: { node: t } };
    expect(() => execute(map, setRelationKind, { id: r1, kind: 'attack' })).toThrow(
      'The map already has this relation (attacks).',
    );
  });
});

describe('reconnect', () => {
  it('points a relation at another node', () => {
    const { document, entry } = runAndRoundTrip(withLooseReason(), reconnect, { id: r1, end: 'target', node: x });
    expect(entry.label).toBe('Reconnect relation');
    expect(document.relations[r1]).toEqual({ id: r1, kind: 'support', from: [r], to: { node: x } });
  });

  it('swaps the first premise, or the one named', () => {
    const first = runAndRoundTrip(withLooseReason(), reconnect, { id: r1, end: 'source', node: x });
    expect(first.document.relations[r1].from).toEqual([x]);
    const map = withLooseReason();
    map.relations[r1].from = [r, o];
    const named = runAndRoundTrip(map, reconnect, { id: r1, end: 'source', premise: o, node: x });
    expect(named.document.relations[r1].from).toEqual([r, x]);
    // Undercuts keep hanging on the relation, whatever its ends.
    expect(named.document.relations[r3]).toEqual(map.relations[r3]);
  });

  it('records no step for an end dropped back where it was', () => {
    const map = tinyMap();
    expect(execute(map, reconnect, { id: r1, end: 'target', node: t })).toBeNull();
    expect(execute(map, reconnect, { id: r1, end: 'source', node: r })).toBeNull();
    expect(execute(map, reconnect, { id: r1, end: 'source', premise: o, node: u })).toBeNull();
    expect(execute(map, reconnect, { id: r4, end: 'target', node: t })).toBeNull();
  });

  it('refuses ends that make no sense, leaving the input unchanged', () => {
    const before = tinyMap();
    expect(() => execute(before, reconnect, { id: r1, end: 'target', node: r })).toThrow(
      'A node cannot support or attack itself.',
    );
    expect(() => execute(before, reconnect, { id: r3, end: 'target', node: t })).toThrow('not a node');
    expect(() => execute(before, reconnect, { id: r3, end: 'source', node: o })).toThrow(
      'A premise cannot undercut its own inference.',
    );
    const linked = tinyMap();
    linked.relations[r1].from = [r, o];
    expect(() => execute(linked, reconnect, { id: r1, end: 'source', premise: r, node: o })).toThrow(
      'A premise is listed twice.',
    );
    expect(before).toEqual(tinyMap());
  });

  it('refuses to turn a relation into a copy of another', () => {
    const map = tinyMap();
    map.relations[r4] = { id: r4, kind: 'support', from: [o], to: { node: r } };
    expect(() => execute(map, reconnect, { id: r4, end: 'target', node: t })).not.toThrow();
    map.relations[asRelationId('r-5')] = { id: asRelationId('r-5'), kind: 'support', from: [o], to: { node: t } };
    expect(() => execute(map, reconnect, { id: r4, end: 'target', node: t })).toThrow(
      'The map already has this relation (supports).',
    );
  });

  it('on the sample: moves an evidence to another claim', () => {
    const before = loadSampleMap();
    const id = asRelationId('r-sco-hub');
    const { document } = runAndRoundTrip(before, reconnect, { id, end: 'target', node: asNodeId('n-mediator') });
    expect(document.relations[id].to).toEqual({ node: 'n-mediator' });
  });
});
