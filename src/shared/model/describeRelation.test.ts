import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from './argumentMap';
import { describeRelation, spokenNodeName } from './describeRelation';

const node = (id: string, kind: string, text: string, title?: string) => ({
  id,
  kind,
  text,
  ...(title ? { title } : {}),
  position: { x: 0, y: 0 },
  tags: [],
});

const map = {
  meta: { title: 'City' },
  nodes: {
    t: node('t', 'thesis', 'Ban private cars downtown'),
    r: node('r', 'reason', 'Cleaner air'),
    e: node('e', 'evidence', 'Oslo cut NO2 by a third'),
    o: node('o', 'objection', 'Shops lose customers'),
    u: node('u', 'objection', '', 'Different city'),
  },
  relations: {
    s: { id: 's', kind: 'support', from: ['r'], to: { node: 't' } },
    l: { id: 'l', kind: 'support', from: ['r', 'e'], to: { node: 't' } },
    a: { id: 'a', kind: 'attack', from: ['o'], to: { node: 't' } },
    x: { id: 'x', kind: 'undercut', from: ['u'], to: { relation: 's' } },
  },
} as unknown as ArgumentMap;

describe('describeRelation', () => {
  it('names both ends by kind and text, never by id', () => {
    expect(describeRelation(map, map.relations['s' as never])).toBe(
      'Reason: Cleaner air supports Thesis: Ban private cars downtown',
    );
    expect(describeRelation(map, map.relations['a' as never])).toBe(
      'Objection: Shops lose customers attacks Thesis: Ban private cars downtown',
    );
  });

  it('says that linked premises bear on their target together', () => {
    expect(describeRelation(map, map.relations['l' as never])).toBe(
      'Reason: Cleaner air and Evidence: Oslo cut NO2 by a third together support Thesis: Ban private cars downtown',
    );
  });

  it('names the inference an undercut bears on, and a node without text by its title', () => {
    expect(describeRelation(map, map.relations['x' as never])).toBe(
      'Objection: Different city undercuts the inference “Reason: Cleaner air supports Thesis: Ban private cars downtown”',
    );
    expect(spokenNodeName({ kind: 'note', text: ' ' })).toBe('Note: empty');
  });
});
