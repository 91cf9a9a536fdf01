import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from './duplicateKeys';
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
