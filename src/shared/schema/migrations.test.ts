import { describe, expect, it } from 'vitest';
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

describe('format 4 to 5: marks, participants and speakers', () => {
  it('reads a version-2 and a version-4 map unchanged (version 5 only adds optional fields)', () => {
    const old = {
      meta: { title: 'Old' },
      nodes: { a: { id: 'a', kind: 'claim', title: 'A', text: 'A', position: { x: 0, y: 0 }, tags: [] } },
      relations: {},
    };
    expect(migrate(structuredClone(old), 2)).toEqual({ ok: true, map: old });
    expect(migrate(structuredClone(old), 4)).toEqual({ ok: true, map: old });
  });
});

describe('record migrations', () => {
  it('names the shipped steps by what their records change', () => {
    expect(migrationNames(1)).toEqual(['node title kept from an import', 'finer relation kind kept from an import']);
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
