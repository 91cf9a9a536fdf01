import { describe, expect, it } from 'vitest';
import { checkArgumentMap } from './argumentMapSchema';
import { parseArgmap } from '../formats/argmapFormat';
import { readSampleText } from '../../../scripts/sampleFiles';
import { tinyMap } from '../testing/tinyMap';

/** A deep copy as plain JSON, to break on purpose. */
const broken = (mutate: (map: any) => void): unknown => {
  const map = JSON.parse(JSON.stringify(tinyMap()));
  mutate(map);
  return map;
};

describe('argument map schema', () => {
  it('accepts the shipped sample map', () => {
    const parsed = JSON.parse(readSampleText());
    const result = checkArgumentMap(parsed.map);
    expect(result.ok ? 'ok' : `${result.path}: ${result.message}`).toBe('ok');
  });

  it('accepts a small map with support, attack and undercut', () => {
    expect(checkArgumentMap(tinyMap()).ok).toBe(true);
  });

  it('accepts the finer kinds an import keeps, on the kinds they are drawn as', () => {
    const map: any = tinyMap();
    map.relations['r-1'].original = 'entails';
    map.relations['r-2'].original = 'contrary';
    map.nodes['n-t'].title = 'Walk';
    expect(checkArgumentMap(map).ok).toBe(true);
  });

  it.each([
    ['an unknown node kind', (m: any) => (m.nodes['n-t'].kind = 'opinion'), 'nodes.n-t.kind'],
    ['a missing text', (m: any) => delete m.nodes['n-r'].text, 'nodes.n-r.text'],
    ['a position that is not a number', (m: any) => (m.nodes['n-o'].position.x = 'left'), 'nodes.n-o.position.x'],
    ['an unexpected field', (m: any) => (m.nodes['n-t'].colour = 'red'), 'nodes.n-t'],
    ['a node whose id differs from its key', (m: any) => (m.nodes['n-t'].id = 'n-x'), 'nodes.n-t.id'],
    ['a relation from a missing node', (m: any) => (m.relations['r-1'].from = ['n-gone']), 'relations.r-1.from.0'],
    ['a relation to a missing node', (m: any) => (m.relations['r-1'].to = { node: 'n-gone' }), 'relations.r-1.to.node'],
    ['a node supporting itself', (m: any) => (m.relations['r-1'].to = { node: 'n-r' }), 'relations.r-1.to.node'],
    ['an undercut aimed at a node', (m: any) => (m.relations['r-3'].to = { node: 'n-t' }), 'relations.r-3.to'],
    ['a support aimed at a relation', (m: any) => (m.relations['r-1'].to = { relation: 'r-2' }), 'relations.r-1.kind'],
    [
      'an undercut of a missing relation',
      (m: any) => (m.relations['r-3'].to = { relation: 'r-9' }),
      'relations.r-3.to.relation',
    ],
    ['a relation without premises', (m: any) => (m.relations['r-1'].from = []), 'relations.r-1.from'],
    ['a premise listed twice', (m: any) => (m.relations['r-1'].from = ['n-r', 'n-r']), 'relations.r-1.from'],
    ['a duplicate relation', (m: any) => (m.relations['r-4'] = { ...m.relations['r-1'], id: 'r-4' }), 'relations.r-4'],
    [
      'an id shared by a node and a relation',
      (m: any) => (m.relations['n-t'] = { ...m.relations['r-1'], id: 'n-t', from: ['n-o'] }),
      'relations.n-t.id',
    ],
    [
      'a premise named like a built-in property',
      (m: any) => (m.relations['r-1'].from = ['constructor']),
      'relations.r-1.from.0',
    ],
    [
      'a target named like a built-in property',
      (m: any) => (m.relations['r-1'].to = { node: 'toString' }),
      'relations.r-1.to.node',
    ],
    [
      'an id with characters outside the id alphabet',
      (m: any) => (m.relations['r-1'].from = ['j:r-2']),
      'relations.r-1.from.0',
    ],
    ['a date that is not yyyy-mm-dd', (m: any) => (m.meta.date = '2 Nov 2016'), 'meta.date'],
    [
      'a support kept as a contradiction',
      (m: any) => (m.relations['r-1'].original = 'contradictory'),
      'relations.r-1.original',
    ],
    [
      'an undercut kept as an entailment',
      (m: any) => (m.relations['r-3'].original = 'entails'),
      'relations.r-3.original',
    ],
  ])('rejects %s, naming the path', (_name, mutate, path) => {
    const result = checkArgumentMap(broken(mutate));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.path).toBe(path);
  });

  it('rejects a node keyed "__proto__" instead of silently dropping it', () => {
    const text = `{"format":"argmap","version":1,"map":{"meta":{"title":"x"},"nodes":{"__proto__":{"id":"__proto__","kind":"claim","text":"","position":{"x":0,"y":0},"tags":[]}},"relations":{}}}`;
    expect(parseArgmap(text)).toMatchObject({ ok: false, reason: 'invalid-schema' });
  });

  it('puts the path of the first wrong field into the load message', () => {
    const text = JSON.stringify({
      format: 'argmap',
      version: 1,
      map: broken((m) => (m.nodes['n-t'].kind = 'opinion')),
    });
    const result = parseArgmap(text);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema', path: 'map.nodes.n-t.kind' });
    if (!result.ok) expect(result.message).toContain('map.nodes.n-t.kind');
  });
});
