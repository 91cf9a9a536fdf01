import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visit } from 'jsonc-parser';
import { firstDuplicateKey, keysIn, keyTokensIn } from './duplicateKeys';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import { tinyMap } from '../testing/tinyMap';

describe('duplicate keys', () => {
  it('finds the first key that appears twice in one object, with its path', () => {
    expect(firstDuplicateKey('{"a": 1, "b": {"c": 1, "c": 2}}')).toEqual({ path: 'b.c', key: 'c' });
    expect(firstDuplicateKey('{"a": 1, "a": 2}')).toEqual({ path: 'a', key: 'a' });
    // The same key in different objects is no duplicate.
    expect(firstDuplicateKey('{"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]}')).toBeNull();
  });

  it('makes the loader refuse a map whose relation id appears twice, instead of losing one', () => {
    const text = serializeArgmap(tinyMap()).replace('"r-1": {', '"r-1": {"id": "r-1"},\n"r-1": {');
    const result = parseArgmap(text);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema', path: 'map.relations.r-1' });
    expect(parseArgmap(`\uFEFF${serializeArgmap(tinyMap())}`).ok).toBe(true);
  });

  it('answers the same with the parsed value (the fast count) as by scanning, whatever the strings hold', () => {
    const texts = [
      '{"a": "x\\": 1", "b": {"c\\"": 1, "c\\"": 2}}',
      '{"a": ["b:", {"k": 1}, {"k": 2}], "s": "\\\\", "t": "\\"}"}',
      '{"x": {"a": 1, "b": {"a": 2}}, "x": 3}',
      '{"n": [[{"q": 1, "q": 1}]]}',
      serializeArgmap(tinyMap()),
    ];
    for (const text of texts) expect(firstDuplicateKey(text, JSON.parse(text)), text).toEqual(firstDuplicateKey(text));
    expect(firstDuplicateKey(texts[2], JSON.parse(texts[2]))).toEqual({ path: 'x', key: 'x' });
  });
});

describe('counting keys', () => {
  /** JSON text of a value with random JSON whitespace around every token. */
  const spaced = (value: unknown, gaps: string[]): string => {
    let turn = 0;
    const gap = (): string => gaps[turn++ % gaps.length] ?? '';
    const write = (item: unknown): string => {
      if (Array.isArray(item)) return `[${gap()}${item.map((entry) => `${gap()}${write(entry)}${gap()}`).join(',')}]`;
      if (item !== null && typeof item === 'object') {
        const entries = Object.entries(item).map(
          ([key, entry]) => `${gap()}${JSON.stringify(key)}${gap()}:${gap()}${write(entry)}${gap()}`,
        );
        return `{${entries.join(',')}${gap()}}`;
      }
      return JSON.stringify(item);
    };
    return `${gap()}${write(value)}${gap()}`;
  };
  /** Strings full of what could confuse a scanner: quotes, backslashes, colons, braces. */
  const trickyString = fc.string({
    unit: fc.constantFrom('"', '\\', ':', '{', '}', ' ', 'a', '\n', '\u2028', 'é'),
    maxLength: 8,
  });
  const trickyJson = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      trickyString,
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const gapsArb = fc.array(fc.stringMatching(/^[ \t\n\r]{0,3}$/), { minLength: 1, maxLength: 5 });

  it('counts in the text as many keys as JSON.parse keeps, when none is duplicated', () => {
    fc.assert(
      fc.property(trickyJson, gapsArb, (value, gaps) => {
        const text = spaced(value, gaps);
        const parsed: unknown = JSON.parse(text);
        expect(keyTokensIn(text)).toBe(keysIn(parsed));
        expect(firstDuplicateKey(text, parsed)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('counts one key more in the text than JSON.parse keeps for each duplicate', () => {
    const text = '{ "a" :1, "b": {"c\\\\" : "\\"", "c\\\\"\n:\t2}, "d": ["\\\\\\"x\\":", {"e": {}}]}';
    expect(keyTokensIn(text)).toBe(keysIn(JSON.parse(text)) + 1);
    expect(firstDuplicateKey(text, JSON.parse(text))).toEqual({ path: 'b.c\\', key: 'c\\' });
  });
});

describe('finding where a key repeats', () => {
  /** The first duplicate as jsonc-parser's visitor finds it: the walk must agree. */
  const reference = (text: string): { path: string; key: string } | null => {
    const open: { keys: Set<string>; segments: string[] }[] = [];
    let found: { path: string; key: string } | null = null;
    visit(text, {
      onObjectBegin: (_offset, _length, _line, _column, pathSupplier) => {
        open.push({ keys: new Set(), segments: pathSupplier().map(String) });
      },
      onObjectProperty: (key) => {
        const current = open.at(-1);
        if (!current || found) return;
        // As the loader named it when it used this visitor: the object's path joined, then the key (alone if that is empty).
        const path = current.segments.join('.');
        if (current.keys.has(key)) found = { path: path ? `${path}.${key}` : key, key };
        current.keys.add(key);
      },
      onObjectEnd: () => void open.pop(),
    });
    return found;
  };

  /** JSON whose objects are lists of entries, so that a key can repeat; written with random blanks. */
  type Tree = string | number | null | Tree[] | { entries: [string, Tree][] };
  const key = fc.constantFrom('a', 'b', 'n-1', 'x"y', 'back\\slash', 'é', '', ' ', '{', ':');
  const tree: fc.Arbitrary<Tree> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string({ unit: fc.constantFrom('"', '\\', ':', ',', '{', ']', 'a'), maxLength: 5 }),
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.record({ entries: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }) }),
    ),
  })).value as fc.Arbitrary<Tree>;
  const write = (value: Tree, gap: () => string): string => {
    if (Array.isArray(value)) return `[${value.map((item) => gap() + write(item, gap) + gap()).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = value.entries.map(
        ([k, item]) => `${gap()}${JSON.stringify(k)}${gap()}:${gap()}${write(item, gap)}${gap()}`,
      );
      return `{${entries.join(',')}${gap()}}`;
    }
    return JSON.stringify(value);
  };

  it('names the same first duplicate as a full JSON parser, at any depth', () => {
    fc.assert(
      fc.property(
        tree,
        fc.array(fc.constantFrom('', ' ', '\n', '\t', '\r\n'), { minLength: 1, maxLength: 4 }),
        (value, gaps) => {
          let turn = 0;
          const text = write(value, () => gaps[turn++ % gaps.length]);
          JSON.parse(text); // valid JSON, duplicates and all
          expect(firstDuplicateKey(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names the path under an empty key as a JSON parser does (found by the property above)', () => {
    const text = '{"": {"a": {"n-1": "", "n-1": ""}}}';
    expect(firstDuplicateKey(text)).toEqual({ path: '.a.n-1', key: 'n-1' });
    expect(firstDuplicateKey(text)).toEqual(reference(text));
    // Directly under a "" key the object's path is empty: the key alone, as before the walk.
    const shallow = '{"": {"n-1": "", "n-1": ""}}';
    expect(firstDuplicateKey(shallow)).toEqual({ path: 'n-1', key: 'n-1' });
    expect(firstDuplicateKey(shallow)).toEqual(reference(shallow));
  });

  it('reads a deeply nested file without running out of stack', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}{"a": 1, "a": 2}${']'.repeat(depth)}`;
    expect(firstDuplicateKey(text)).toEqual({ path: `${Array(depth).fill(0).join('.')}.a`, key: 'a' });
  });
});
