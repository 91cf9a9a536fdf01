import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argNodeSchema,
  argumentMapSchema,
  checkArgumentMap,
  checkParsedMap,
  LIMITS,
  mapMetadataSchema,
  META_KEYS,
  NODE_KEYS,
  plainlyValidMap,
  RELATION_KEYS,
  relationSchema,
  SOURCE_REFERENCE_KEYS,
  sourceReferenceSchema,
} from './argumentMapSchema';
import { readSampleText } from '../../../scripts/sampleFiles';
import { serializeArgmap } from '../formats/argmapFormat';
import type { ArgumentMap } from '../model/argumentMap';
import { generatedArgumentTree } from '../testing/generatedMaps';
import { tinyMap } from '../testing/tinyMap';
import { allPaths, type JsonPath } from '../testing/jsonPaths';

/**
 * checkArgumentMap answers plainly valid maps without zod (plainlyValidMap). That shortcut must
 * never accept what the schema refuses, and must give back exactly what the schema gives back
 * (the same values, keys in the same order); what it is unsure of goes to zod.
 */

/** The schema's own answer: its output, or undefined if it refuses. */
function viaZod(value: unknown): unknown {
  const parsed = argumentMapSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The shortcut agrees with zod wherever it answers; returns whether it answered. Keeping a parsed
 * map's objects (checkParsedMap) is for what JSON.parse makes: that is checked on the value's JSON.
 */
function agrees(value: unknown): boolean {
  const json = JSON.stringify(value);
  if (json !== undefined) {
    const parsed: unknown = JSON.parse(json);
    const kept = plainlyValidMap(parsed, true);
    expect(kept === undefined).toBe(plainlyValidMap(parsed) === undefined);
    if (kept !== undefined) {
      const zod = viaZod(parsed);
      expect(zod, 'the fast check accepted a map the schema refuses').toBeDefined();
      expect(kept).toStrictEqual(zod);
      expect(JSON.stringify(kept)).toBe(JSON.stringify(zod));
    }
  }
  const fast = plainlyValidMap(value);
  if (fast === undefined) return false;
  const zod = viaZod(value);
  expect(zod, 'the fast check accepted a map the schema refuses').toBeDefined();
  expect(fast).toStrictEqual(zod);
  // toStrictEqual ignores key order; the saved file does not.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
  return true;
}

/** A map with every optional field filled in, and an imported relation kind. */
function fullMap(): Record<string, any> {
  const map = JSON.parse(JSON.stringify(tinyMap())) as Record<string, any>;
  map.meta = {
    description: 'All the fields',
    title: 'Full',
    date: '2024-02-29',
    author: 'A. Author',
    source: { reference: 'https://example.org', title: 'Source', date: '2016-11-02', author: 'B' },
  };
  // Keys out of the schema's order, as a hand-written file may have them.
  map.nodes['n-t'] = {
    tags: ['one', 'two'],
    source: { quote: 'We should walk.' },
    notes: '',
    position: { y: -1.5, x: 1e6 },
    text: '',
    title: 'Walk',
    kind: 'thesis',
    id: 'n-t',
  };
  map.relations['r-1'].original = 'entails';
  map.relations['r-2'] = { original: 'contrary', to: { node: 'n-t' }, from: ['n-o', 'n-u'], kind: 'attack', id: 'r-2' };
  map.relations['r-3'].from = ['n-r'];
  return map;
}

const FULL_PATHS = allPaths(fullMap());

const astral = '\u{1F600}';
/** Values at the edges of what the schema takes: limits in code points and in UTF-16 units, odd objects. */
const edgeValues: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'a',
  'n-t',
  'n-r',
  'n-o',
  'r-2',
  'j:r-2',
  '__proto__',
  'constructor',
  'claim',
  'support',
  'undercut',
  'rephrase',
  '2024-13-99',
  '2024-1-1',
  '2024-01-01\n',
  'x'.repeat(LIMITS.idLength),
  'x'.repeat(LIMITS.idLength + 1),
  'x'.repeat(LIMITS.titleLength),
  'x'.repeat(LIMITS.titleLength + 1),
  astral.repeat(LIMITS.titleLength),
  astral.repeat(LIMITS.titleLength + 1),
  'x'.repeat(LIMITS.tagLength + 1),
  astral.repeat(LIMITS.tagLength),
  astral,
  '\ud800',
  0,
  -0,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  true,
  [],
  ['n-r'],
  ['n-r', 'n-r'],
  Array.from({ length: LIMITS.premises + 1 }, (_, i) => `n-${i}`),
  Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`),
  Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`),
  {},
  { node: 'n-t' },
  { relation: 'r-1' },
  { node: 'n-t', relation: 'r-1' },
  { quote: 'q' },
  { x: 0, y: 0 },
  { x: 0, y: 0, z: 0 },
  Object.assign(Object.create(null), { x: 0, y: 0 }),
  Object.assign(Object.create(null), { node: 'n-t' }),
  new Date(0),
  { [Symbol('s')]: 1 },
  Object.assign(Object.create({ title: 'inherited' }), { title: 'Tiny' }),
];

/** Keys an edit adds (a copy of the value already there): fields of the schema, ids, strangers. */
const ADDED_KEYS = [
  'extra',
  'title',
  'notes',
  'source',
  'original',
  'author',
  'n-x',
  'r-x',
  '0',
  'node',
  'relation',
  'quote',
];

type Edit =
  | { op: 'set'; path: JsonPath; value: unknown }
  | { op: 'delete'; path: JsonPath }
  | { op: 'add'; path: JsonPath; key: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    path: fc.constantFrom(...FULL_PATHS),
    value: fc.oneof(fc.constantFrom(...edgeValues), fc.jsonValue(), fc.string({ maxLength: 5 })),
  }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...FULL_PATHS) }),
  fc.record({
    op: fc.constant('add' as const),
    path: fc.constantFrom(...FULL_PATHS),
    key: fc.constantFrom(...ADDED_KEYS),
  }),
);

function edit(root: { value: any }, change: Edit): void {
  const { path } = change;
  if (path.length === 0) {
    if (change.op === 'set') root.value = change.value;
    return;
  }
  let parent: any = root.value;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = parent[key];
  }
  if (parent === null || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  if (change.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
    return;
  }
  const target = change.op === 'set' ? parent : parent[key];
  const name = change.op === 'set' ? key : change.key;
  if (target === null || typeof target !== 'object') return;
  const value = change.op === 'set' ? change.value : structuredClone(parent[key]);
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

describe('the fast map check', () => {
  it('knows the keys of each object schema, in the schema’s order', () => {
    expect([...NODE_KEYS]).toEqual(Object.keys(argNodeSchema.shape));
    expect([...RELATION_KEYS]).toEqual(Object.keys(relationSchema.shape));
    expect([...META_KEYS]).toEqual(Object.keys(mapMetadataSchema.shape));
    expect([...SOURCE_REFERENCE_KEYS]).toEqual(Object.keys(sourceReferenceSchema.shape));
  });

  it('answers for valid maps, exactly as the schema does', () => {
    const parsed = JSON.parse(readSampleText()) as { map: unknown };
    for (const map of [
      parsed.map,
      JSON.parse(JSON.stringify(tinyMap())),
      fullMap(),
      JSON.parse(JSON.stringify(generatedArgumentTree(300, 3))),
      JSON.parse(JSON.stringify(generatedArgumentTree(1000, 7))),
    ]) {
      expect(agrees(map)).toBe(true);
    }
  });

  it('keeps a parsed map’s own objects where they are what the schema returns, and copies the rest', () => {
    const saved = JSON.parse(serializeArgmap(fullMap() as ArgumentMap)) as { map: Record<string, any> };
    const kept = plainlyValidMap(saved.map, true) as unknown as Record<string, any>;
    expect(kept).toBe(saved.map);
    expect(kept.nodes['n-t']).toBe(saved.map.nodes['n-t']);
    // Keys out of the schema's order: that object is copied in order, the rest kept.
    const shuffled = JSON.parse(JSON.stringify(saved.map)) as Record<string, any>;
    const { id, ...rest } = shuffled.nodes['n-r'];
    shuffled.nodes['n-r'] = { ...rest, id };
    const partly = plainlyValidMap(shuffled, true) as unknown as Record<string, any>;
    expect(partly).not.toBe(shuffled);
    expect(Object.keys(partly.nodes['n-r'])[0]).toBe('id');
    expect(partly.nodes['n-t']).toBe(shuffled.nodes['n-t']);
    expect(partly.relations).toBe(shuffled.relations);
    expect(JSON.stringify(partly)).toBe(JSON.stringify(viaZod(shuffled)));
    // A node in order around a position that is not: copied, position in order.
    const turned = JSON.parse(JSON.stringify(saved.map)) as Record<string, any>;
    turned.nodes['n-o'].position = { y: 3, x: 4 };
    const fixed = plainlyValidMap(turned, true) as unknown as Record<string, any>;
    expect(fixed.nodes['n-o']).not.toBe(turned.nodes['n-o']);
    expect(JSON.stringify(fixed)).toBe(JSON.stringify(viaZod(turned)));
    // Without being asked to, nothing is kept.
    expect(plainlyValidMap(saved.map)).not.toBe(saved.map);
    expect(checkArgumentMap(saved.map)).toMatchObject({ ok: true });
    expect((checkArgumentMap(saved.map) as { map: unknown }).map).not.toBe(saved.map);
    expect((checkParsedMap(saved.map) as { map: unknown }).map).toBe(saved.map);
  });

  it('answers for maps built in memory (branded ids, shared arrays, objects without a prototype), as the schema does', () => {
    expect(agrees(tinyMap())).toBe(true);
    const bare = fullMap() as any;
    bare.nodes['n-t'] = Object.assign(Object.create(null), bare.nodes['n-t']);
    expect(agrees(bare)).toBe(true);
    expect(plainlyValidMap(bare)).toBeDefined();
    expect(agrees(generatedArgumentTree(50))).toBe(true);
  });

  it('leaves to zod what it is unsure of, and checkArgumentMap still says what zod says', () => {
    const cases: [string, (map: any) => void][] = [
      ['a title of 200 code points in 400 units', (m) => (m.nodes['n-t'].title = astral.repeat(LIMITS.titleLength))],
      ['a key present but undefined', (m) => (m.nodes['n-t'].notes = undefined)],
      ['a symbol key in the nodes', (m) => (m.nodes[Symbol('s')] = m.nodes['n-t'])],
    ];
    for (const [name, mutate] of cases) {
      const map = fullMap();
      mutate(map);
      expect(plainlyValidMap(map), name).toBeUndefined();
      const zod = argumentMapSchema.safeParse(map);
      const checked = checkArgumentMap(map);
      expect(checked.ok, name).toBe(zod.success);
      if (checked.ok) expect(checked.map).toStrictEqual(zod.data);
    }
  });

  it('leaves a "__proto__" key to checkArgumentMap, which refuses it', () => {
    const entries = {
      nodes: { id: '__proto__', kind: 'claim', text: '', position: { x: 0, y: 0 }, tags: [] },
      relations: { id: '__proto__', kind: 'support', from: ['n-o'], to: { node: 'n-r' } },
    };
    for (const record of ['nodes', 'relations'] as const) {
      const entry = `"__proto__":${JSON.stringify(entries[record])},`;
      const map = JSON.parse(JSON.stringify(fullMap()).replace(`"${record}":{`, `"${record}":{${entry}`));
      expect(Object.hasOwn(map[record], '__proto__')).toBe(true);
      expect(plainlyValidMap(map)).toBeUndefined();
      expect(checkArgumentMap(map)).toMatchObject({ ok: false, path: `${record}.__proto__` });
    }
  });

  it('never accepts what the schema refuses: every edge value at every place, every field removed or added', () => {
    const changes: Edit[] = FULL_PATHS.flatMap((path): Edit[] => [
      { op: 'delete', path },
      ...edgeValues.map((value): Edit => ({ op: 'set', path, value })),
      ...ADDED_KEYS.map((key): Edit => ({ op: 'add', path, key })),
    ]);
    let answered = 0;
    for (const change of changes) {
      const root = { value: fullMap() as unknown };
      edit(root, change);
      if (agrees(root.value)) answered++;
    }
    // Some of the edits keep the map valid: the accepting path must be exercised, not only the refusals.
    expect(answered).toBeGreaterThan(100);
  });

  it('never accepts what the schema refuses, after several random changes', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 2, maxLength: 4 }), (edits) => {
        const root = { value: fullMap() as unknown };
        for (const change of edits) edit(root, change);
        if (agrees(root.value)) answered++;
      }),
      { numRuns: 1000 },
    );
    expect(answered).toBeGreaterThan(20);
  });
});
