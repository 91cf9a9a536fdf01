import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { addNode } from './addNode';
import { updateNode, type NodeChanges } from './updateNode';
import { deleteElements } from './deleteElements';
import { moveNodes } from './moveNodes';
import { pasteFragment } from './pasteFragment';
import { extractFragment, instantiateFragment } from '../clipboard/fragment';
import type { ArgumentMap } from '../model/argumentMap';
import { childrenOf } from '../model/graph';
import { asNodeId, asRelationId } from '../model/ids';
import { LIMITS } from '../schema/argumentMapSchema';
import { runAndRoundTrip } from '../testing/commandRoundTrip';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap } from '../../../scripts/sampleFiles';

const [t, r, o, u, x] = ['n-t', 'n-r', 'n-o', 'n-u', 'n-x'].map(asNodeId);
const [r1, r2, r3, r4] = ['r-1', 'r-2', 'r-3', 'r-4'].map(asRelationId);

/** tinyMap plus a second reason, linked with the first: r-1 becomes [n-r, n-x] → n-t. */
function linkedMap(): ArgumentMap {
  const map = tinyMap();
  map.nodes[x] = { id: x, kind: 'reason', text: 'It is cheap.', position: { x: 300, y: 200 }, tags: [] };
  map.relations[r1].from = [r, x];
  return map;
}

describe('addNode', () => {
  it('adds a node and its relation as one step, labelled by the kind', () => {
    const before = tinyMap();
    const id = asNodeId('n-new');
    const { document, entry } = runAndRoundTrip(before, addNode, {
      node: { id, kind: 'objection', text: 'Shoes wear out.', position: { x: 10, y: 20 } },
      relation: { id: asRelationId('r-new'), kind: 'attack', to: { node: r } },
    });
    expect(entry.label).toBe('Add objection');
    expect(document.nodes[id]).toEqual({
      id,
      kind: 'objection',
      text: 'Shoes wear out.',
      position: { x: 10, y: 20 },
      tags: [],
      // The first premise of the reason: its place among them is written down.
      order: 0,
    });
    expect(document.relations[asRelationId('r-new')]).toEqual({
      id: 'r-new',
      kind: 'attack',
      from: [id],
      to: { node: r },
    });
    expect(childrenOf(document, r)).toEqual([id]);
  });

  it('adds a loose node with notes, tags and a source, and an undercut at creation', () => {
    const tags = ['health'];
    const loose = runAndRoundTrip(tinyMap(), addNode, {
      node: {
        id: x,
        kind: 'evidence',
        text: 'A study.',
        position: { x: 0, y: 0 },
        notes: 'p. 3',
        tags,
        source: { quote: 'q' },
      },
    });
    expect(loose.entry.label).toBe('Add evidence');
    expect(loose.document.nodes[x]).toMatchObject({ notes: 'p. 3', tags: ['health'], source: { quote: 'q' } });
    expect(loose.document.nodes[x].tags).not.toBe(tags);

    const undercut = runAndRoundTrip(tinyMap(), addNode, {
      node: { id: x, kind: 'rebuttal', text: 'Healthy is not enough.', position: { x: 0, y: 400 } },
      relation: { id: r4, kind: 'undercut', to: { relation: r1 } },
    });
    expect(undercut.entry.label).toBe('Add rebuttal');
    expect(undercut.document.relations[r4]).toEqual({ id: r4, kind: 'undercut', from: [x], to: { relation: r1 } });
  });

  it('refuses a taken id or a relation that makes no sense, leaving the input alone', () => {
    const before = tinyMap();
    const node = { id: x, kind: 'reason' as const, text: '', position: { x: 0, y: 0 } };
    expect(() => execute(before, addNode, { node: { ...node, id: t } })).toThrow('Node n-t already exists');
    expect(() => execute(before, addNode, { node, relation: { id: r4, kind: 'undercut', to: { node: t } } })).toThrow(
      'An undercut attacks a relation',
    );
    expect(() =>
      execute(before, addNode, { node, relation: { id: r4, kind: 'support', to: { relation: r1 } } }),
    ).toThrow('Only an undercut can target a relation.');
    expect(before).toEqual(tinyMap());
  });
});

describe('updateNode', () => {
  it.each<[NodeChanges, string]>([
    [{ text: 'Walking is very healthy.' }, 'Edit text'],
    [{ kind: 'objection' }, 'Change kind to objection'],
    [{ notes: 'See the WHO report.' }, 'Edit notes'],
    [{ tags: ['health'] }, 'Edit tags'],
    [{ quote: 'walking is healthy' }, 'Edit source'],
    [{ title: 'Health' }, 'Edit title'],
    [{ text: 'Walking helps.', kind: 'claim' }, 'Edit node'],
  ])('applies %o as "%s"', (changes, label) => {
    const { document, entry } = runAndRoundTrip(tinyMap(), updateNode, { id: r, changes });
    expect(entry.label).toBe(label);
    const { quote, ...fields } = changes;
    expect(document.nodes[r]).toMatchObject(fields);
    if (quote) expect(document.nodes[r].source).toEqual({ quote });
  });

  it('trims and dedupes tags; blank notes and quotes are removed, not kept', () => {
    const tagged = runAndRoundTrip(tinyMap(), updateNode, {
      id: r,
      changes: { tags: [' health ', 'health', '', 'cost'], notes: 'n', quote: 'q' },
    });
    expect(tagged.document.nodes[r]).toMatchObject({ tags: ['health', 'cost'], notes: 'n', source: { quote: 'q' } });
    const cleared = runAndRoundTrip(tagged.document, updateNode, { id: r, changes: { notes: '  ', quote: '' } });
    expect(cleared.document.nodes[r]).toEqual({ ...tinyMap().nodes[r], tags: ['health', 'cost'] });
    expect('notes' in cleared.document.nodes[r] || 'source' in cleared.document.nodes[r]).toBe(false);
  });

  it('trims a title, and a blank one removes it', () => {
    const titled = runAndRoundTrip(tinyMap(), updateNode, { id: r, changes: { title: '  Health  ' } });
    expect(titled.document.nodes[r].title).toBe('Health');
    const cleared = runAndRoundTrip(titled.document, updateNode, { id: r, changes: { title: ' ' } });
    expect(cleared.document.nodes[r]).toEqual(tinyMap().nodes[r]);
  });

  it('records no step for equal values or a missing node', () => {
    const map = tinyMap();
    const same = { text: map.nodes[r].text, kind: map.nodes[r].kind, notes: '', tags: [' '], quote: '' };
    expect(execute(map, updateNode, { id: r, changes: same })).toBeNull();
    expect(execute(map, updateNode, { id: asNodeId('n-gone'), changes: { text: 'x' } })).toBeNull();
  });

  it('cuts text, notes, quote and tags to what a file may hold, so the map still saves', () => {
    const long = 'w'.repeat(LIMITS.textLength + 10);
    const tags = Array.from({ length: LIMITS.tags + 5 }, (_, i) => `${i}`.padEnd(LIMITS.tagLength + 5, 't'));
    const { document } = runAndRoundTrip(tinyMap(), updateNode, {
      id: r,
      changes: { text: long, notes: long, quote: long, tags },
    });
    expect(document.nodes[r].text).toHaveLength(LIMITS.textLength);
    expect(document.nodes[r].tags).toHaveLength(LIMITS.tags);
    expect(document.nodes[r].tags[0]).toHaveLength(LIMITS.tagLength);
  });
});

describe('deleteElements', () => {
  it('keeps an attack and a contradiction between the same nodes: the finer kind makes them two', () => {
    const map = tinyMap();
    map.relations[r4] = { id: r4, kind: 'attack', from: [o], to: { node: t }, original: 'contradictory' };
    const { document } = runAndRoundTrip(map, deleteElements, { nodes: [u], relations: [] });
    expect(document.relations[asRelationId('r-2')]).toEqual(map.relations[asRelationId('r-2')]);
    expect(document.relations[r4]).toEqual(map.relations[r4]);
  });

  it('takes a node with its relations and their undercuts, and keeps its children as loose nodes', () => {
    const { document, entry } = runAndRoundTrip(tinyMap(), deleteElements, { nodes: [t], relations: [] });
    expect(entry.label).toBe('Delete node');
    expect(Object.keys(document.nodes).sort()).toEqual([o, r, u].sort());
    expect(document.relations).toEqual({});
  });

  it('takes a relation whose last premise goes, and the undercut of a deleted relation', () => {
    const byNode = runAndRoundTrip(tinyMap(), deleteElements, { nodes: [o], relations: [] });
    expect(Object.keys(byNode.document.relations)).toEqual([r1]);
    const byRelation = runAndRoundTrip(tinyMap(), deleteElements, { nodes: [], relations: [r2] });
    expect(byRelation.entry.label).toBe('Delete relation');
    expect(Object.keys(byRelation.document.relations)).toEqual([r1]);
    expect(Object.keys(byRelation.document.nodes)).toHaveLength(4);
    expect(runAndRoundTrip(tinyMap(), deleteElements, { nodes: [], relations: [r1, r3] }).entry.label).toBe(
      'Delete 2 relations',
    );
    expect(runAndRoundTrip(tinyMap(), deleteElements, { nodes: [r, o], relations: [r3] }).entry.label).toBe(
      'Delete 2 nodes',
    );
  });

  it('shrinks a linked relation that loses a premise', () => {
    const { document } = runAndRoundTrip(linkedMap(), deleteElements, { nodes: [x], relations: [] });
    expect(document.relations[r1]).toEqual({ id: r1, kind: 'support', from: [r], to: { node: t } });
  });

  it.each([true, false])(
    'drops a linked relation that shrinks into a copy of another; the other keeps its undercut (linked first: %s)',
    (linkedFirst) => {
      const map = linkedMap();
      const single = { id: r4, kind: 'support' as const, from: [r], to: { node: t } };
      const undercut = { id: asRelationId('r-5'), kind: 'undercut' as const, from: [u], to: { relation: r4 } };
      map.relations = linkedFirst
        ? { ...map.relations, [r4]: single, [undercut.id]: undercut }
        : { [r4]: single, [undercut.id]: undercut, ...map.relations };
      const { document } = runAndRoundTrip(map, deleteElements, { nodes: [x], relations: [] });
      expect(document.relations[r1]).toBeUndefined();
      expect(document.relations[r4]).toEqual(single);
      expect(document.relations[undercut.id]).toEqual(undercut);
    },
  );

  it('on the sample: deleting a claim leaves what bore on it in place, unattached', () => {
    const before = loadSampleMap();
    const claim = asNodeId('n-limited-success');
    const { document } = runAndRoundTrip(before, deleteElements, { nodes: [claim], relations: [] });
    expect(Object.keys(document.nodes)).toHaveLength(31);
    expect(document.nodes[asNodeId('n-complex-conflicts')]).toEqual(before.nodes[asNodeId('n-complex-conflicts')]);
    const gone = [
      'r-limited-success-ukraine-syria',
      'r-complex-undercuts-limited',
      'r-limited-success-no-over-expansion',
    ];
    expect(Object.keys(document.relations)).toHaveLength(Object.keys(before.relations).length - gone.length);
    for (const id of gone) expect(document.relations[asRelationId(id)]).toBeUndefined();
  });
});

describe('moveNodes labels', () => {
  it('names a single move, a multiple move and a given label', () => {
    const move = (ids: string[], label?: string) =>
      runAndRoundTrip(tinyMap(), moveNodes, {
        moves: ids.map((id) => ({ id: asNodeId(id), position: { x: 7, y: 7 } })),
        label,
      }).entry.label;
    expect(move(['n-r'])).toBe('Move node');
    expect(move(['n-r', 'n-o', 'n-u'])).toBe('Move 3 nodes');
    expect(move(['n-r', 'n-o'], 'Auto layout')).toBe('Auto layout');
  });
});

describe('pasteFragment', () => {
  it('adds a copied fragment with fresh ids as one step', () => {
    const before = loadSampleMap();
    let n = 0;
    const fragment = instantiateFragment(
      extractFragment(before, ['n-limited-success', 'n-complex-conflicts', 'n-ukraine-syria'].map(asNodeId)),
      {
        offset: { x: 24, y: 24 },
        newNode: () => asNodeId(`n-copy-${n++}`),
        newRelation: () => asRelationId(`r-copy-${n++}`),
      },
    );
    const { document, entry } = runAndRoundTrip(before, pasteFragment, { fragment });
    expect(entry.label).toBe('Paste 3 nodes');
    expect(Object.keys(document.nodes)).toHaveLength(35);
    expect(Object.keys(document.relations)).toHaveLength(Object.keys(before.relations).length + 2);
    const single = { nodes: [fragment.nodes[0]], relations: [] };
    expect(runAndRoundTrip(before, pasteFragment, { fragment: single, verb: 'Duplicate' }).entry.label).toBe(
      'Duplicate node',
    );
  });

  it('refuses ids the map already has, leaving the input alone', () => {
    const before = tinyMap();
    const nodes = [{ ...before.nodes[r], id: x }];
    expect(() => execute(before, pasteFragment, { fragment: { nodes: [before.nodes[t]], relations: [] } })).toThrow(
      'Node n-t already exists',
    );
    const relations = [{ id: r1, kind: 'support' as const, from: [x], to: { node: t } }];
    expect(() => execute(before, pasteFragment, { fragment: { nodes, relations } })).toThrow(
      'Relation r-1 already exists',
    );
    expect(before).toEqual(tinyMap());
  });
});
