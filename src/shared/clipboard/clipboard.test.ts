import { describe, expect, it } from 'vitest';
import { extractFragment, instantiateFragment, type MapFragment } from './fragment';
import { fragmentFromText, fragmentToClipboard, MAX_PASTED_LINES, parseFragment } from './clipboardFormats';
import { pasteFragment } from '../commands/pasteFragment';
import { plainTextOutline } from '../formats/outline';
import { asNodeId, asRelationId } from '../model/ids';
import { LIMITS } from '../schema/argumentMapSchema';
import { runAndRoundTrip } from '../testing/commandRoundTrip';
import { tinyMap } from '../testing/tinyMap';
import { loadSampleMap, readSampleText } from '../../../scripts/sampleFiles';

const [t, r, o, u] = ['n-t', 'n-r', 'n-o', 'n-u'].map(asNodeId);
const ids = (items: { id: string }[]): string[] => items.map((item) => item.id).sort();

/** Deterministic fresh ids: c-0, c-1, … */
function counter(prefix: string): {
  newNode: () => ReturnType<typeof asNodeId>;
  newRelation: () => ReturnType<typeof asRelationId>;
} {
  let n = 0;
  return { newNode: () => asNodeId(`${prefix}-n${n++}`), newRelation: () => asRelationId(`${prefix}-r${n++}`) };
}

describe('extractFragment', () => {
  it('takes the chosen nodes and only the relations wholly among them', () => {
    const map = tinyMap();
    const thesisAndReason = extractFragment(map, [t, r]);
    expect(ids(thesisAndReason.nodes)).toEqual([t, r].sort());
    expect(ids(thesisAndReason.relations)).toEqual(['r-1']);
    // The undercut comes along only with the relation it hits.
    expect(ids(extractFragment(map, [t, o, u]).relations)).toEqual(['r-2', 'r-3']);
    expect(extractFragment(map, [t, u]).relations).toEqual([]);
    expect(extractFragment(map, [r, asNodeId('n-gone')]).nodes).toEqual([map.nodes[r]]);
  });
});

describe('instantiateFragment', () => {
  const fragment = extractFragment(tinyMap(), [t, o, u]);

  it('gives fresh ids, rewires relations to them and moves by the offset', () => {
    const copy = instantiateFragment(fragment, { offset: { x: 24, y: 24.6 }, ...counter('c') });
    expect(ids(copy.nodes)).toEqual(['c-n0', 'c-n1', 'c-n2']);
    const byOld = new Map(fragment.nodes.map((node, i) => [node.id, copy.nodes[i]]));
    fragment.nodes.forEach((node, i) => {
      expect(copy.nodes[i]).toEqual({
        ...node,
        id: copy.nodes[i].id,
        position: { x: node.position.x + 24, y: node.position.y + 25 },
      });
    });
    const [attack, undercut] = copy.relations;
    expect(attack).toEqual({ id: attack.id, kind: 'attack', from: [byOld.get(o)!.id], to: { node: byOld.get(t)!.id } });
    expect(undercut).toEqual({
      id: undercut.id,
      kind: 'undercut',
      from: [byOld.get(u)!.id],
      to: { relation: attack.id },
    });
    expect(fragment).toEqual(extractFragment(tinyMap(), [t, o, u]));
  });

  it('puts the top-left corner at a given point, and by default makes unique ids', () => {
    const copy = instantiateFragment(fragment, { at: { x: 1000, y: 500 } });
    expect(Math.min(...copy.nodes.map((node) => node.position.x))).toBe(1000);
    expect(Math.min(...copy.nodes.map((node) => node.position.y))).toBe(500);
    const all = [...ids(copy.nodes), ...ids(copy.relations), ...ids(fragment.nodes), ...ids(fragment.relations)];
    expect(new Set(all).size).toBe(all.length);
    // Pasted into the map it came from, twice, it still loads as a file.
    const once = runAndRoundTrip(tinyMap(), pasteFragment, { fragment: copy });
    runAndRoundTrip(once.document, pasteFragment, {
      fragment: instantiateFragment(fragment, { offset: { x: 9, y: 9 } }),
    });
  });
});

describe('fragmentToClipboard and parseFragment', () => {
  it('round-trips a fragment through clipboard JSON, with an outline as plain text', () => {
    const sample = loadSampleMap();
    const fragment = extractFragment(sample, Object.keys(sample.nodes).slice(10, 24).map(asNodeId));
    expect(fragment.relations.some((relation) => relation.kind === 'undercut')).toBe(true);
    const { json, text } = fragmentToClipboard(fragment);
    expect(parseFragment(json)).toEqual(fragment);
    expect(text.split('\n')).toHaveLength(fragment.nodes.length);
    expect(text).toBe(plainTextOutline({ meta: { title: '' }, ...toRecords(fragment) }));
  });

  const envelope = (nodes: unknown, relations: unknown = []): string =>
    JSON.stringify({ format: 'argmap-fragment', version: 1, nodes, relations });
  const tiny = tinyMap();
  it.each<[string, string]>([
    ['garbage', 'not json at all {'],
    ['null', 'null'],
    ['an array', '[]'],
    ['other JSON', JSON.stringify({ hello: 'world' })],
    ['an argmap file', readSampleText()],
    ['no nodes', envelope([])],
    ['a dangling relation', envelope([tiny.nodes[r]], [tiny.relations[asRelationId('r-1')]])],
    ['a dangling undercut', envelope([tiny.nodes[u], tiny.nodes[o]], [tiny.relations[asRelationId('r-3')]])],
    ['a node listed twice', envelope([tiny.nodes[r], tiny.nodes[r]])],
    ['a node of no known kind', envelope([{ ...tiny.nodes[r], kind: 'opinion' }])],
    ['an id of "__proto__"', envelope([{ ...tiny.nodes[r], id: '__proto__' }])],
    ['nodes that are not a list', JSON.stringify({ format: 'argmap-fragment', nodes: {}, relations: [] })],
  ])('rejects %s', (_, json) => {
    expect(parseFragment(json)).toBeNull();
  });
});

function toRecords(fragment: MapFragment) {
  return {
    nodes: Object.fromEntries(fragment.nodes.map((node) => [node.id, node])),
    relations: Object.fromEntries(fragment.relations.map((relation) => [relation.id, relation])),
  };
}

describe('fragmentFromText', () => {
  const text = [
    'Thesis: We should walk to work.',
    '  - Reason: Walking is healthy.',
    '    * Evidence: Studies show it.',
    '  Objection: It takes too long.',
    '\t\t1. Rebuttal: Not if you live near.',
    '',
    '# Second root',
    '  plain child',
    '  Experts: say otherwise',
  ].join('\r\n');

  it('builds a tree from indented lines, kinds from "Objection: " prefixes, without bullets', () => {
    const fragment = fragmentFromText(text, { x: 100, y: 50 })!;
    expect(fragment.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['thesis', 'We should walk to work.'],
      ['reason', 'Walking is healthy.'],
      ['evidence', 'Studies show it.'],
      ['objection', 'It takes too long.'],
      ['rebuttal', 'Not if you live near.'],
      ['claim', 'Second root'],
      ['reason', 'plain child'],
      ['reason', 'Experts: say otherwise'],
    ]);
    const index = new Map(fragment.nodes.map((node, i) => [node.id, i]));
    const edges = fragment.relations.map((rel) => [
      index.get(rel.from[0]),
      rel.kind,
      'node' in rel.to && index.get(rel.to.node),
    ]);
    expect(edges).toEqual([
      [1, 'support', 0],
      [2, 'support', 1],
      [3, 'attack', 0],
      [4, 'attack', 3],
      [6, 'support', 5],
      [7, 'support', 5],
    ]);
    for (const rel of fragment.relations) {
      const [child, parent] = [
        fragment.nodes[index.get(rel.from[0])!],
        fragment.nodes[index.get((rel.to as { node: typeof t }).node)!],
      ];
      expect(child.position.y).toBeGreaterThan(parent.position.y);
    }
    expect(Math.min(...fragment.nodes.map((node) => node.position.y))).toBeGreaterThanOrEqual(50);
    runAndRoundTrip(tinyMap(), pasteFragment, { fragment });
  });

  it('reads back the outline it writes', () => {
    const fragment = fragmentFromText(plainTextOutline(tinyMap()), { x: 0, y: 0 })!;
    expect(fragment.nodes.map((node) => [node.kind, node.text])).toEqual(
      ['n-t', 'n-r', 'n-o', 'n-u'].map((id) => [
        tinyMap().nodes[asNodeId(id)].kind,
        tinyMap().nodes[asNodeId(id)].text,
      ]),
    );
    expect(fragment.relations.map((rel) => rel.kind)).toEqual(['support', 'attack', 'attack']);
  });

  it('returns null for blank text, and caps lines and their length', () => {
    expect(fragmentFromText(' \n\t\n', { x: 0, y: 0 })).toBeNull();
    const many = Array.from({ length: MAX_PASTED_LINES + 100 }, (_, i) => `line ${i}`).join('\n');
    expect(fragmentFromText(many, { x: 0, y: 0 })!.nodes).toHaveLength(MAX_PASTED_LINES);
    const long = fragmentFromText('x'.repeat(LIMITS.textLength + 1), { x: 0, y: 0 })!;
    expect(long.nodes[0].text).toHaveLength(LIMITS.textLength);
  });
});
