import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/argumentMap';
import { parseArgmap, serializeArgmap } from '../formats/argmapFormat';
import { CURRENT_VERSION, migrate, migrationNames, stepFromRecords, type Migration } from './migrations';

/** A synthetic history: v1 called the text "label", v2 renamed it "text", v3 added tags. */
const chain: Record<number, Migration> = {
  1: (map: any) => ({ nodes: map.nodes.map(({ label, ...rest }: any) => ({ ...rest, text: label })) }),
  2: (map: any) => ({ nodes: map.nodes.map((node: any) => ({ ...node, tags: [] })) }),
};
const v1 = { nodes: [{ id: 'a', label: 'Walk' }] };

describe('migrations', () => {
  it('runs every step from the file version up to the current one', () => {
    expect(migrate(v1, 1, 3, chain)).toEqual({ ok: true, map: { nodes: [{ id: 'a', text: 'Walk', tags: [] }] } });
  });

  it('starts from the file version, skipping the steps already taken', () => {
    expect(migrate({ nodes: [{ id: 'a', text: 'Walk' }] }, 2, 3, chain)).toEqual({
      ok: true,
      map: { nodes: [{ id: 'a', text: 'Walk', tags: [] }] },
    });
  });

  it('leaves a current file as it is', () => {
    const map = { nodes: [] };
    expect(migrate(map, 3, 3, chain)).toEqual({ ok: true, map });
  });

  it('refuses a file from a newer version', () => {
    expect(migrate(v1, 4, 3, chain)).toMatchObject({ ok: false, reason: 'too-new' });
  });

  it('reports a gap in the chain instead of skipping it', () => {
    expect(migrate(v1, 1, 4, chain)).toMatchObject({ ok: false, message: 'No migration from file format 3 to 4' });
  });

  it('rejects versions that are not whole numbers from 1', () => {
    expect(migrate(v1, 0, 3, chain).ok).toBe(false);
    expect(migrate(v1, 1.5, 3, chain).ok).toBe(false);
  });

  it('turns a step that throws into a reported failure', () => {
    const failing = {
      1: () => {
        throw new Error('no nodes');
      },
    };
    expect(migrate(v1, 1, 2, failing)).toMatchObject({ ok: false, reason: 'invalid-schema' });
  });

  it('ships a step for every format below the current one', () => {
    // Loading a file of each older format must reach the current one, not stop at a gap.
    for (let version = 1; version <= CURRENT_VERSION; version++) {
      expect(migrate({}, version).ok, `format ${version}`).toBe(true);
    }
  });
});

describe('shipped migrations', () => {
  it('reads a version-1 map unchanged as version 2 (version 2 only adds optional fields)', () => {
    const v1Map = {
      meta: { title: 'Old' },
      nodes: { a: { id: 'a', kind: 'claim', text: 'A', position: { x: 0, y: 0 }, tags: [] } },
      relations: {},
    };
    expect(migrate(structuredClone(v1Map), 1)).toEqual({ ok: true, map: v1Map });
  });
});

describe('format 4: the storyline', () => {
  const v3Map = {
    meta: { title: 'Old', author: 'A. Author' },
    nodes: { a: { id: 'a', kind: 'thesis', text: 'A', position: { x: 0, y: 0 }, tags: [] } },
    relations: {},
  };

  it('reads a format-2 and a format-3 map unchanged as format 4 (the storyline is optional)', () => {
    expect(migrate(structuredClone(v3Map), 2)).toEqual({ ok: true, map: v3Map });
    expect(migrate(structuredClone(v3Map), 3)).toEqual({ ok: true, map: v3Map });
  });

  it('opens a format-2 file and saves it in the current format, and keeps a storyline through a save', () => {
    const opened = parseArgmap(JSON.stringify({ format: 'argmap', version: 2, map: v3Map }));
    expect(opened).toMatchObject({ ok: true, map: v3Map });
    const withStory = {
      ...v3Map,
      storyline: [{ id: 's1', focus: 'a', shows: 'premises', notes: 'Open with the thesis.' }],
    } as unknown as ArgumentMap;
    const saved = JSON.parse(serializeArgmap(withStory));
    expect(saved.version).toBe(CURRENT_VERSION);
    expect(parseArgmap(JSON.stringify(saved))).toEqual({ ok: true, map: withStory });
  });

  it('refuses a storyline step about a node the map does not have, or a step id used twice', () => {
    const dangling = { ...v3Map, storyline: [{ id: 's1', focus: 'gone', shows: 'premises' }] };
    expect(parseArgmap(JSON.stringify({ format: 'argmap', version: 4, map: dangling }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('missing node "gone"'),
    });
    const twice = {
      ...v3Map,
      storyline: [
        { id: 's1', focus: 'a', shows: 'premises' },
        { id: 's1', focus: 'a', shows: 'map' },
      ],
    };
    expect(parseArgmap(JSON.stringify({ format: 'argmap', version: 4, map: twice })).ok).toBe(false);
  });
});

describe('format 4 to 5: marks, participants and speakers', () => {
  it('reads a version-3 and a version-4 map unchanged (version 5 only adds optional fields)', () => {
    const old = {
      meta: { title: 'Old' },
      nodes: { a: { id: 'a', kind: 'claim', title: 'A', text: 'A', position: { x: 0, y: 0 }, tags: [] } },
      relations: {},
    };
    expect(migrate(structuredClone(old), 4)).toEqual({ ok: true, map: old });
    expect(migrate(structuredClone(old), 3)).toEqual({ ok: true, map: old });
  });

  it('still opens a version-2 map, through format 3’s step', () => {
    const old = {
      meta: { title: 'Old' },
      nodes: { a: { id: 'a', kind: 'claim', text: 'A', position: { x: 0, y: 0 }, tags: [] } },
      relations: {},
    };
    expect(migrate(structuredClone(old), 2).ok).toBe(true);
  });
});

describe('format 2 to 3', () => {
  const node = (id: string, kind: string, x: number, y = 200) => ({
    id,
    kind,
    text: id,
    position: { x, y },
    tags: [],
  });
  const v2Map = () => ({
    meta: { title: 'Old' },
    nodes: {
      t: node('t', 'thesis', 0, 0),
      a: node('a', 'reason', 600),
      b: node('b', 'reason', -300),
      c: node('c', 'objection', 100),
      m: node('m', 'recommendation', 900),
    },
    relations: {
      ra: { id: 'ra', kind: 'support', from: ['a'], to: { node: 't' } },
      rb: { id: 'rb', kind: 'support', from: ['b'], to: { node: 't' } },
      rc: { id: 'rc', kind: 'attack', from: ['c'], to: { node: 't' } },
      rm: { id: 'rm', kind: 'support', from: ['m'], to: { node: 't' } },
    },
  });

  it('numbers each node’s premises left to right as they stood, and writes `order` after `position`', () => {
    const result = migrate(v2Map(), 2);
    expect(result.ok).toBe(true);
    const { nodes } = (result as { map: { nodes: Record<string, { order?: number }> } }).map;
    expect([nodes.b.order, nodes.c.order, nodes.a.order]).toEqual([0, 1, 2]);
    expect(nodes.t.order).toBeUndefined();
    expect(Object.keys(nodes.a)).toEqual(['id', 'kind', 'text', 'position', 'order', 'tags']);
  });

  it('turns a recommendation that supported what it was added to into its conclusion', () => {
    const result = migrate(v2Map(), 2) as { map: { relations: Record<string, unknown>; nodes: Record<string, any> } };
    expect(result.map.relations.rm).toEqual({ id: 'rm', kind: 'support', from: ['t'], to: { node: 'm' } });
    // The recommendation now hangs under the thesis, where it stood: right of the reasons.
    expect(result.map.nodes.m.order).toBe(3);
    expect(result.map.relations.ra).toEqual(v2Map().relations.ra);
  });

  it('leaves a support between recommendations, and one the map already has turned round, as it was', () => {
    const map = v2Map() as any;
    map.nodes.n = node('n', 'recommendation', 0);
    map.relations.rn = { id: 'rn', kind: 'support', from: ['n'], to: { node: 'm' } };
    map.relations.back = { id: 'back', kind: 'support', from: ['t'], to: { node: 'm' } };
    const result = migrate(map, 2) as { map: { relations: Record<string, unknown> } };
    expect(result.map.relations.rn).toEqual(map.relations.rn);
    expect(result.map.relations.rm).toEqual(map.relations.rm);
  });

  it('is named, and leaves what is not a map for the schema to refuse', () => {
    expect(migrationNames(2)).toEqual([
      // Format 3 also lets the map keep its compact-cards view: an optional field, nothing to change.
      'compact cards view kept with the map',
      'node keeps its place among its siblings',
      'a recommendation follows from the node it was added to',
      'premise order kept from the left-to-right positions',
    ]);
    expect(migrate(null, 2)).toEqual({ ok: true, map: null });
    expect(migrate({ nodes: 'none', relations: [] }, 2)).toEqual({ ok: true, map: { nodes: 'none', relations: [] } });
  });
});

describe('record migrations', () => {
  it('names the shipped steps by what their records change', () => {
    expect(migrationNames(1)).toEqual(['node title kept from an import', 'finer relation kind kept from an import']);
    expect(migrationNames(3)).toContain('storyline of presentation steps');
    expect(migrationNames(4)).toEqual(['debate participants', 'node marks, speakers and times']);
  });

  it('runs a record migration over every record of its type, and leaves the input as it was', () => {
    const step = stepFromRecords({
      meta: { name: 'meta', up: (meta: any) => ({ ...meta, title: meta.title.trim() }) },
      nodes: { name: 'label becomes text', up: ({ label, ...node }: any) => ({ ...node, text: label }) },
    });
    const before = {
      meta: { title: ' Old ' },
      nodes: { a: { id: 'a', label: 'A' }, b: { id: 'b', label: 'B' } },
      relations: { r: { id: 'r' } },
    };
    const copy = structuredClone(before);
    expect(step(before)).toEqual({
      meta: { title: 'Old' },
      nodes: { a: { id: 'a', text: 'A' }, b: { id: 'b', text: 'B' } },
      relations: { r: { id: 'r' } },
    });
    expect(before).toEqual(copy);
    // What is not a map is left for the schema to refuse.
    expect(step(null)).toBeNull();
    expect(step({ nodes: 'none' })).toEqual({ nodes: 'none' });
  });
});
