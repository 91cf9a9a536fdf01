import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { jsonNesting } from './jsonNesting';
import { MAP_NESTING, MAX_FILE_NESTING, parseArgmap, serializeArgmap } from './argmapFormat';
import { importAif } from './aif';
import { MAX_AIF_NESTING } from './aif/aifDocument';
import { exportAif } from './aif';
import { parseFragment } from '../clipboard/clipboardFormats';
import { keysIn } from './duplicateKeys';
import { tinyMap } from '../testing/tinyMap';
import type { ArgumentMap } from '../model/argumentMap';

/** Depth of a parsed value, counted as jsonNesting counts the text. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return deepest;
}

const nestedObjects = (levels: number, inner = '1'): string => `${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;
const nestedArrays = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const envelope = (map: string): string => `{"format": "argmap", "version": 2, "map": ${map}}`;

describe('jsonNesting', () => {
  it('counts open objects and arrays, not brackets inside strings', () => {
    expect(jsonNesting('1')).toBe(0);
    expect(jsonNesting('{}')).toBe(1);
    expect(jsonNesting('[[], {"a": [1]}]')).toBe(3);
    expect(jsonNesting('{"a": "[[{{\\"[[", "b\\\\": ["]"]}')).toBe(2);
    // Not JSON: some number, and JSON.parse says what is wrong.
    expect(jsonNesting('[[["unclosed [[[')).toBe(3);
  });

  it('agrees with the depth of what JSON.parse makes, whatever the strings hold', () => {
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ' '), maxLength: 6 });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        tricky,
        fc.integer(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(tricky, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(jsonNesting(text)).toBe(depthOf(JSON.parse(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is as deep as a map can be for every map Argmap writes, the sample included', () => {
    const full: ArgumentMap = tinyMap();
    const [first] = Object.values(full.nodes);
    Object.assign(first, { title: 'T', notes: 'N', tags: ['a'], source: { quote: 'Q' } });
    full.meta = { title: 'M', source: { title: 'S', author: 'A' } };
    expect(jsonNesting(serializeArgmap(full))).toBe(MAP_NESTING);
    const sample = readFileSync('resources/examples/kazakhstan-mediator.argmap', 'utf8');
    expect(jsonNesting(sample)).toBe(MAP_NESTING);
    expect(jsonNesting(exportAif(full).text)).toBeLessThanOrEqual(6);
  });

  it('counts keys in a value of any depth without recursion', () => {
    expect(keysIn(JSON.parse(nestedObjects(100_000)))).toBe(100_000);
  });
});

describe('deeply nested input is refused with a message, never a throw', () => {
  it.each([
    ['objects', 100_000, envelope(nestedObjects(100_000)), '100,001'],
    ['arrays', 100_000, envelope(nestedArrays(100_000)), '100,001'],
    ['bare arrays', 5_000, nestedArrays(5_000), '5,000'],
  ])('a map file of %s nested %i levels', (_, __, text, shown) => {
    const result = parseArgmap(text);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid-schema',
      message: `The file is nested ${shown} levels deep; a map is at most ${MAP_NESTING} levels deep.`,
    });
    // With a byte-order mark, too.
    expect(parseArgmap(`\uFEFF${text}`)).toEqual(result);
  });

  it('leaves a file nested within the limit to the schema, which names the place', () => {
    const result = parseArgmap(envelope(`{"meta": ${nestedObjects(MAX_FILE_NESTING - 2)}}`));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema', path: expect.stringMatching(/^map/) });
    expect(parseArgmap(envelope(`{"meta": ${nestedObjects(MAX_FILE_NESTING - 1)}}`))).toMatchObject({
      message: expect.stringContaining(`nested ${MAX_FILE_NESTING + 1} levels deep`),
    });
  });

  it.each([
    ['objects', `{"nodes": [], "extra": ${nestedObjects(100_000)}}`],
    ['arrays', `{"nodes": [], "extra": ${nestedArrays(100_000)}}`],
  ])('AIF nested 100,000 levels in %s', (_, text) => {
    expect(importAif(text)).toEqual({
      ok: false,
      message: `The file is nested 100,001 levels deep; Argmap reads AIF nested at most ${MAX_AIF_NESTING} levels deep.`,
    });
  });

  it('a clipboard fragment nested 100,000 levels is not a fragment', () => {
    expect(parseFragment(`{"format": "argmap-fragment", "version": 1, "nodes": ${nestedArrays(100_000)}}`)).toBeNull();
  });
});
