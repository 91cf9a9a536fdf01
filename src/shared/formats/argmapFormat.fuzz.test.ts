import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import { checkArgumentMap } from '../schema/argumentMapSchema';
import type { LoadResult } from '../schema/loadResult';
import { readSampleText } from '../../../scripts/sampleFiles';
import { allPaths, type JsonPath } from '../testing/jsonPaths';

/**
 * Fuzzing the loader with damaged versions of the shipped sample. Whatever the bytes,
 * parseArgmap returns a result and never throws; whatever it accepts is a map the schema
 * vouches for and the app can save again. A cut-off file is never accepted.
 */

const SAMPLE = readSampleText();
const SAMPLE_JSON: unknown = JSON.parse(SAMPLE);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PATHS = allPaths(SAMPLE_JSON);

/** Parses, and if the loader accepts the text, checks that the map is sound and can be saved. */
function parseAndCheck(text: string): LoadResult {
  let result: LoadResult;
  try {
    result = parseArgmap(text);
  } catch (error) {
    throw new Error(`parseArgmap threw: ${String(error)}`, { cause: error });
  }
  if (result.ok) {
    const check = checkArgumentMap(result.map);
    if (!check.ok) throw new Error(`accepted a map the schema refuses at ${check.path}: ${check.message}`);
    const saved = serializeArgmap(result.map);
    const again = parseArgmap(saved);
    if (!again.ok) throw new Error(`a saved map does not load again: ${again.message}`);
    expect(serializeArgmap(again.map)).toBe(saved);
  } else {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
  }
  return result;
}

/** A value of the wrong kind for wherever it lands, JSON's odd corners included. */
const strangeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, '', 0, -1, 1e308, true, [], {}, '__proto__', 'n-0', { node: 'missing' }, [null]),
  fc.string({ maxLength: 3000 }),
);

/** Sets, deletes or re-types the value at a path of a fresh copy of the sample. */
type Edit =
  | { op: 'set'; path: JsonPath; value: Json }
  | { op: 'delete'; path: JsonPath }
  | { op: 'wrap'; path: JsonPath }
  | { op: 'copy'; from: JsonPath; to: JsonPath };

const pathArb = fc.constantFrom(...PATHS);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: pathArb, value: strangeValue }),
  fc.record({ op: fc.constant('delete' as const), path: pathArb }),
  fc.record({ op: fc.constant('wrap' as const), path: pathArb }),
  fc.record({ op: fc.constant('copy' as const), from: pathArb, to: pathArb }),
);

function getAt(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** Applies an edit in place; paths that an earlier edit removed are skipped. */
function applyEdit(root: { value: Json }, edit: Edit): void {
  const path = edit.op === 'copy' ? edit.to : edit.path;
  const newValue = (): Json | undefined => {
    const old = getAt(root.value, path);
    switch (edit.op) {
      case 'set':
        return edit.value;
      case 'wrap': // the same data, the wrong type
        return Array.isArray(old) ? { 0: old[0] ?? null } : typeof old === 'string' ? [old] : String(old);
      case 'copy': {
        const copied = getAt(root.value, edit.from);
        return copied === undefined ? undefined : (JSON.parse(JSON.stringify(copied)) as Json);
      }
      case 'delete':
        return undefined;
    }
  };
  const value = newValue();
  if (edit.op === 'copy' && value === undefined) return; // nothing left to copy
  if (path.length === 0) {
    root.value = value ?? null;
    return;
  }
  const parent = getAt(root.value, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (parent === undefined || parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) {
    if (typeof key !== 'number') return;
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (value === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A text edit: delete `remove` characters at `at` and insert `insert` there. */
const textEditArb = fc.record({
  at: fc.nat({ max: SAMPLE.length }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\uFEFF', 'null', '-0', '1e999', '\ud800'),
  ),
});

const seedArb = fc.boolean();

describe('parseArgmap on damaged versions of the sample', () => {
  it('accepts the sample itself', () => {
    expect(parseAndCheck(SAMPLE).ok).toBe(true);
  });

  it('survives random character edits', () => {
    fc.assert(
      fc.property(fc.array(textEditArb, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = SAMPLE;
        for (const { at, remove, insert } of edits) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        parseAndCheck(text);
      }),
      { numRuns: 120 },
    );
  });

  it('survives deleted and duplicated fragments of the text', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SAMPLE.length }),
        fc.nat({ max: SAMPLE.length }),
        fc.nat({ max: SAMPLE.length }),
        fc.boolean(),
        (a, b, at, duplicate) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const fragment = SAMPLE.slice(from, to);
          const rest = SAMPLE.slice(0, from) + SAMPLE.slice(to);
          parseAndCheck(duplicate ? SAMPLE.slice(0, at) + fragment + SAMPLE.slice(at) : rest);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('survives random values, deletions, wrong types and copies at random JSON paths', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), seedArb, (edits, seed) => {
        const root = { value: JSON.parse(SAMPLE) as Json };
        for (const edit of edits) applyEdit(root, edit);
        // Some documents come out as compact JSON, some indented like the app writes them.
        parseAndCheck(JSON.stringify(root.value, null, seed ? 2 : undefined) ?? 'undefined');
      }),
      { numRuns: 150 },
    );
  });

  it('survives plausible edits: values of the same type at random paths, some of them accepted', () => {
    const leafPaths = PATHS.filter((path) => {
      const value = getAt(SAMPLE_JSON as Json, path);
      return path.length > 0 && (value === null || typeof value !== 'object');
    });
    const sameTypeValue = (old: Json | undefined): fc.Arbitrary<Json> =>
      typeof old === 'number'
        ? fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double())
        : typeof old === 'boolean'
          ? fc.boolean()
          : fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.constantFrom('', ' ', 'n-1', 'r-1', 'support'));
    const plausibleEdit = fc
      .constantFrom(...leafPaths)
      .chain((path) =>
        sameTypeValue(getAt(SAMPLE_JSON as Json, path)).map((value): Edit => ({ op: 'set', path, value })),
      );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(plausibleEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const root = { value: JSON.parse(SAMPLE) as Json };
        for (const edit of edits) applyEdit(root, edit);
        if (parseAndCheck(JSON.stringify(root.value)).ok) accepted++;
      }),
      { numRuns: 100 },
    );
    // Texts, notes and coordinates take almost any value; a fuzzer that never reaches the
    // accepting path would prove nothing about it (about a quarter of the runs get there).
    expect(accepted).toBeGreaterThan(0);
  });

  it('never accepts a truncated file', () => {
    // The final newline is only whitespace; every shorter prefix of the content is cut off.
    const content = SAMPLE.trimEnd();
    fc.assert(
      fc.property(fc.nat({ max: content.length - 1 }), (length) => {
        expect(parseAndCheck(content.slice(0, length)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
