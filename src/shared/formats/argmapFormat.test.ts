import { describe, expect, it } from 'vitest';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import { CURRENT_VERSION } from '../schema/migrations';
import { readSampleText } from '../testing/sampleFixture';
import { tinyMap } from '../testing/tinyMap';

describe('the .argmap envelope', () => {
  it('round-trips a map: serialize, parse, serialize gives the same bytes', () => {
    const text = serializeArgmap(tinyMap());
    const parsed = parseArgmap(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.map).toEqual(tinyMap());
    expect(serializeArgmap(parsed.map)).toBe(text);
  });

  it('writes the format marker and the current version', () => {
    const envelope = JSON.parse(serializeArgmap(tinyMap()));
    expect(envelope.format).toBe('argmap');
    expect(envelope.version).toBe(CURRENT_VERSION);
  });

  it('round-trips the shipped sample byte for byte', () => {
    const text = readSampleText();
    const parsed = parseArgmap(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(serializeArgmap(parsed.map)).toBe(text);
  });

  it('reports text that is not JSON', () => {
    expect(parseArgmap('{"format": "argmap", ')).toMatchObject({ ok: false, reason: 'invalid-json' });
  });

  it('reports JSON that is not an argument map', () => {
    const result = parseArgmap('{"name": "package.json"}');
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema', path: 'format' });
    expect(parseArgmap('[1, 2, 3]')).toMatchObject({ ok: false, reason: 'invalid-schema' });
    expect(parseArgmap('null')).toMatchObject({ ok: false, reason: 'invalid-schema' });
  });

  it('refuses a map from a newer version with a message to update, never repairing it', () => {
    const text = JSON.stringify({ format: 'argmap', version: CURRENT_VERSION + 1, map: tinyMap() });
    const result = parseArgmap(text);
    expect(result).toMatchObject({ ok: false, reason: 'too-new' });
    if (!result.ok) expect(result.message).toMatch(/newer version of Argmap.*Update Argmap/);
  });

  it('reports a missing or nonsensical version', () => {
    expect(parseArgmap(JSON.stringify({ format: 'argmap', map: tinyMap() }))).toMatchObject({
      ok: false,
      path: 'version',
    });
    expect(parseArgmap(JSON.stringify({ format: 'argmap', version: 0, map: tinyMap() }))).toMatchObject({
      ok: false,
      reason: 'invalid-schema',
    });
    expect(parseArgmap(JSON.stringify({ format: 'argmap', version: 1.5, map: tinyMap() }))).toMatchObject({
      ok: false,
    });
  });
});
