import { describe, expect, it } from 'vitest';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import { CURRENT_VERSION } from '../schema/migrations';
import { readSampleText } from '../../../scripts/sampleFiles';
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

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    expect(parseArgmap(`\uFEFF${serializeArgmap(tinyMap())}`).ok).toBe(true);
  });

  it('migrates an old file on load and says from which version', () => {
    // A synthetic future: format 2 renamed "title" in meta to "name"; this app reads format 3,
    // whose step 2→3 renames it back. A format-2 file must come out as today's map.
    const setup = {
      currentVersion: 3,
      chain: {
        1: (map: any) => map,
        2: (map: any) => {
          const { name, ...meta } = map.meta;
          return { ...map, meta: { ...meta, title: name } };
        },
      },
    };
    const old = { ...tinyMap(), meta: { name: 'Tiny' } };
    const result = parseArgmap(JSON.stringify({ format: 'argmap', version: 2, map: old }), setup);
    expect(result).toEqual({ ok: true, map: tinyMap(), migratedFrom: 2 });
  });

  it('reports a migration that fails on damaged data instead of throwing', () => {
    const setup = { currentVersion: 2, chain: { 1: (map: any) => map.nodes.missing.deeper } };
    const result = parseArgmap(JSON.stringify({ format: 'argmap', version: 1, map: {} }), setup);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema', path: 'version' });
    if (!result.ok) expect(result.message).toMatch(/could not be upgraded from file format 1/);
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
