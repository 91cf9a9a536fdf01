import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSampleText } from '../../../scripts/sampleFiles';
import { allPaths } from '../testing/jsonPaths';
import { loadArgmap } from './argmapEnvelope';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import { tinyMap } from '../testing/tinyMap';

/** loadArgmap is parseArgmap for callers that can wait (zod loaded only when needed): the same answers. */
async function same(text: string): Promise<void> {
  expect(await loadArgmap(text)).toStrictEqual(parseArgmap(text));
}

const SAMPLE = readSampleText();
const SAMPLE_JSON = JSON.parse(SAMPLE) as unknown;
const PATHS = allPaths(SAMPLE_JSON);

describe('loadArgmap', () => {
  it('answers as parseArgmap does for valid, old, damaged, foreign and broken files', async () => {
    const tiny = JSON.parse(serializeArgmap(tinyMap()));
    const texts = [
      SAMPLE,
      `\uFEFF${SAMPLE}`,
      JSON.stringify({ ...tiny, version: 1 }),
      JSON.stringify({ ...tiny, version: 99 }),
      JSON.stringify({ ...tiny, format: 'other' }),
      JSON.stringify({ ...tiny, map: { ...tiny.map, nodes: { ...tiny.map.nodes, 'n-x': { id: 'n-y' } } } }),
      SAMPLE.replace('"nodes": {', '"nodes": {"__proto__": {},'),
      SAMPLE.slice(0, 500),
      '[]',
      '{"format":"argmap","version":2,"map":{"meta":{"title":"a"},"nodes":{},"relations":{},"meta":{}}}',
    ];
    for (const text of texts) await same(text);
  });

  it('answers as parseArgmap does after random changes at random places', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.jsonValue(), async (path, value) => {
        const copy = structuredClone(SAMPLE_JSON) as Record<string, unknown>;
        let parent: any = copy;
        for (const key of path.slice(0, -1)) parent = parent?.[key];
        if (parent && typeof parent === 'object' && path.length > 0) parent[path[path.length - 1]] = value;
        await same(JSON.stringify(copy));
      }),
      { numRuns: 300 },
    );
  });
});
