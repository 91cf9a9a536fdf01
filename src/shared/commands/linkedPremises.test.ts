import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { groupPremises, linkablePremises, ungroupPremises } from './linkedPremises';
import type { ArgumentMap } from '../model/argumentMap';
import { asNodeId, asRelationId } from '../model/ids';
import { runAndRoundTrip } from '../testing/commandRoundTrip';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const [t, r, o, u, x, z] = ['n-t', 'n-r', 'n-o', 'n-u', 'n-x', 'n-z'].map(asNodeId);
const [r1, r2, r3, r4, r5] = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5'].map(asRelationId);

/** tinyMap plus a second reason for the thesis, n-x, by r-4, with an undercut of its own from n-z by r-5. */
function twoReasons(): ArgumentMap {
  const map = tinyMap();
  map.nodes[x] = { id: x, kind: 'reason', text: 'It is cheap.', position: { x: 300, y: 200 }, tags: [] };
  map.nodes[z] = { id: z, kind: 'rebuttal', text: 'Not in winter.', position: { x: 300, y: 400 }, tags: [] };
  map.relations[r4] = { id: r4, kind: 'support', from: [x], to: { node: t } };
  map.relations[r5] = { id: r5, kind: 'undercut', from: [z], to: { relation: r4 } };
  return map;
}

describe('linkablePremises', () => {
  it('finds the relations to merge for premises that bear on the same target the same way', () => {
    expect(linkablePremises(twoReasons(), [r, x])).toEqual({ ok: true, relations: [r1, r4] });
    const sample = loadSampleMap();
    const premises = ['n-no-binding-duty', 'n-single-mediator'].map(asNodeId);
    expect(linkablePremises(sample, premises)).toEqual({
      ok: true,
      relations: ['r-no-binding-rebuttal', 'r-shared-duty-rebuttal'],
    });
  });

  it('says why other selections cannot be linked', () => {
    const fewer = { ok: false, reason: 'Select two or more premises to link.' };
    expect(linkablePremises(twoReasons(), [r])).toEqual(fewer);
    expect(linkablePremises(twoReasons(), [r, r])).not.toHaveProperty('relations');
    const reason = 'Linked premises must each support (or each attack) the same node. Connect them to it first.';
    // A support and an attack of the thesis; evidence for two different claims; a loose node.
    expect(linkablePremises(twoReasons(), [r, o])).toEqual({ ok: false, reason });
    expect(linkablePremises(loadSampleMap(), ['n-nuclear-free', 'n-osce-2010'].map(asNodeId))).toEqual({
      ok: false,
      reason,
    });
    expect(linkablePremises(twoReasons(), [r, z])).toEqual({ ok: false, reason });
    // Already linked: there is nothing left to merge.
    const sample = loadSampleMap();
    expect(linkablePremises(sample, ['n-single-mediator', 'n-shared-responsibility'].map(asNodeId)).ok).toBe(false);
  });
});

describe('groupPremises and ungroupPremises', () => {
  it('links two reasons into one argument that keeps the first id and takes the undercuts', () => {
    const before = twoReasons();
    const grouped = runAndRoundTrip(before, groupPremises, { relations: [r1, r4] });
    expect(grouped.entry.label).toBe('Link premises');
    expect(grouped.document.relations[r1]).toEqual({ id: r1, kind: 'support', from: [r, x], to: { node: t } });
    expect(grouped.document.relations[r4]).toBeUndefined();
    expect(grouped.document.relations[r5].to).toEqual({ relation: r1 });

    const ungrouped = runAndRoundTrip(grouped.document, ungroupPremises, { id: r1, newIds: [asRelationId('r-6')] });
    expect(ungrouped.entry.label).toBe('Unlink premises');
    expect(ungrouped.document.relations[r1]).toEqual(before.relations[r1]);
    expect(ungrouped.document.relations[asRelationId('r-6')]).toEqual({
      id: 'r-6',
      kind: 'support',
      from: [x],
      to: { node: t },
    });
    // Undercuts stay with the first premise's relation.
    expect(ungrouped.document.relations[r5].to).toEqual({ relation: r1 });
  });

  it('on the sample: links a lone reason into a linked argument, and splits it again', () => {
    const before = loadSampleMap();
    const check = linkablePremises(before, ['n-no-binding-duty', 'n-shared-responsibility'].map(asNodeId));
    if (!check.ok) throw new Error(check.reason);
    const grouped = runAndRoundTrip(before, groupPremises, { relations: check.relations });
    const keep = asRelationId('r-no-binding-rebuttal');
    expect(grouped.document.relations[keep].from).toEqual([
      'n-no-binding-duty',
      'n-single-mediator',
      'n-shared-responsibility',
    ]);
    expect(Object.keys(grouped.document.relations)).toHaveLength(Object.keys(before.relations).length - 1);
    const newIds = ['r-split-1', 'r-split-2'].map(asRelationId);
    const split = runAndRoundTrip(grouped.document, ungroupPremises, { id: keep, newIds });
    expect(split.document.relations[keep].from).toEqual(['n-no-binding-duty']);
    expect(newIds.map((id) => split.document.relations[id].from)).toEqual([
      ['n-single-mediator'],
      ['n-shared-responsibility'],
    ]);
  });

  it('merges undercuts that became the same, moving what undercuts them to the one kept', () => {
    const map = twoReasons();
    const [r6, undercutOfUndercut] = ['r-6', 'r-7'].map(asRelationId);
    // n-u undercuts both inferences; n-z undercuts the undercut that merging makes redundant.
    map.relations[r5] = { id: r5, kind: 'undercut', from: [u], to: { relation: r4 } };
    map.relations[r6] = { id: r6, kind: 'undercut', from: [u], to: { relation: r1 } };
    map.relations[undercutOfUndercut] = { id: undercutOfUndercut, kind: 'undercut', from: [z], to: { relation: r6 } };
    const { document } = runAndRoundTrip(map, groupPremises, { relations: [r1, r4] });
    const undercutsOfR1 = Object.values(document.relations).filter(
      (rel) => 'relation' in rel.to && rel.to.relation === r1,
    );
    expect(undercutsOfR1.map((rel) => rel.from)).toEqual([[u]]);
    expect(document.relations[undercutOfUndercut].to).toEqual({ relation: undercutsOfR1[0].id });
  });

  it('refuses relations of another kind or target, leaving the input unchanged', () => {
    const before = twoReasons();
    expect(() => execute(before, groupPremises, { relations: [r1, r2] })).toThrow(
      'Only relations of the same kind into the same target can be linked.',
    );
    expect(() => execute(before, groupPremises, { relations: [r1, r3] })).toThrow('Only relations of the same kind');
    expect(before).toEqual(twoReasons());
    expect(execute(before, groupPremises, { relations: [asRelationId('r-gone'), r1] })).toBeNull();
  });

  it('splits nothing that is not linked, and refuses too few new ids', () => {
    expect(execute(tinyMap(), ungroupPremises, { id: r1, newIds: [r4] })).toBeNull();
    expect(execute(tinyMap(), ungroupPremises, { id: r4, newIds: [] })).toBeNull();
    const sample = loadSampleMap();
    expect(() => execute(sample, ungroupPremises, { id: asRelationId('r-shared-duty-rebuttal'), newIds: [] })).toThrow(
      'Not enough ids to split the linked argument.',
    );
  });

  it('does not split off a relation a premise already has on its own', () => {
    const map = twoReasons();
    delete map.relations[r5];
    map.relations[r1].from = [r, x];
    const { document } = runAndRoundTrip(map, ungroupPremises, { id: r1, newIds: [asRelationId('r-6')] });
    expect(document.relations[r1].from).toEqual([r]);
    expect(document.relations[r4].from).toEqual([x]);
    expect(document.relations[asRelationId('r-6')]).toBeUndefined();
  });
});
