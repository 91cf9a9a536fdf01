import fc from 'fast-check';
import { allPaths, type JsonPath } from './jsonPaths';

/*
 * fast-check arbitraries for what a loader may be handed: a good document damaged (bytes flipped,
 * cut short, hostile pieces spliced in), nested as deep as a file can be, with huge strings,
 * repeated keys, and the names a plain object answers to (`__proto__`, `constructor`…) as keys,
 * ids and titles. Each takes the good document's text or parsed JSON; the fuzz suites make those.
 */

/** Names every plain object answers to without having them: a reader filing by name must not write through them. */
export const POLLUTING_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
] as const;

/** The property a hostile input tries to plant on every object: `({}).polluted` must stay undefined. */
export const POLLUTION_MARKER = 'polluted';

const polluter = (name: string): string => `"${name}":{"${POLLUTION_MARKER}":1,"prototype":{"${POLLUTION_MARKER}":1}}`;

/** Pieces a damaged text may gain: JSON and Argdown syntax, NUL, half surrogate pairs, polluting keys. */
const SPLICES = [
  ...['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\ud800', '\u0000', '\ud800', '\udc00', '\uFEFF', 'null', '-0'],
  ...['1e999', '\n', '\r\n', '\t', '===', '---', '#', '[', '<', '>', '+>', '->', '_>', '//', '/*', '@', '(1)'],
  ...POLLUTING_NAMES.map((name) => `${polluter(name)},`),
  ...POLLUTING_NAMES.map((name) => `[${name}]: ${name} {${name}: {${POLLUTION_MARKER}: 1}}\n`),
];

/** The text with 1–8 bits flipped in its UTF-8 bytes, read back as UTF-8 (broken sequences become U+FFFD). */
export function byteFlipped(text: string): fc.Arbitrary<string> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === 0) return fc.constant(text);
  return fc
    .array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), bit: fc.nat({ max: 7 }) }), {
      minLength: 1,
      maxLength: 8,
    })
    .map((flips) => {
      const copy = bytes.slice();
      for (const { at, bit } of flips) copy[at] ^= 1 << bit;
      return new TextDecoder().decode(copy);
    });
}

/** The text cut off anywhere, including in the middle of a surrogate pair. */
export const truncated = (text: string): fc.Arbitrary<string> =>
  fc.nat({ max: Math.max(0, text.length - 1) }).map((length) => text.slice(0, length));

/** The text with 1–4 hostile pieces put in or put over what was there. */
export function spliced(text: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom(...SPLICES), fc.string({ maxLength: 6, unit: 'binary' })),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((out, { at, remove, insert }) => {
      const i = Math.min(at, out.length);
      return out.slice(0, i) + insert + out.slice(i + remove);
    }, text),
  );
}

/** Nesting depths: mostly shallow, some around a loader's likely limit, some up to 100,000. */
export const nestingDepth = fc.oneof(
  fc.integer({ min: 1, max: 80 }),
  fc.constantFrom(63, 64, 65, 1_000, 10_000, 100_000),
  fc.integer({ min: 80, max: 100_000 }),
);

/** A JSON value nested `depth` levels deep: arrays, objects or both by turns (built without recursion). */
export function nestedJson(depth: number, shape: 'array' | 'object' | 'mixed'): string {
  const open = (i: number): string => (shape === 'array' || (shape === 'mixed' && i % 2) ? '[' : '{"a":');
  let head = '';
  let tail = '';
  for (let i = 0; i < depth; i += 1) {
    const opener = open(i);
    head += opener;
    tail = (opener === '[' ? ']' : '}') + tail;
  }
  return `${head}1${tail}`;
}

/** A deeply nested JSON value of any shape, with its depth. */
export const deepJson: fc.Arbitrary<{ depth: number; text: string }> = fc
  .record({ depth: nestingDepth, shape: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const) })
  .map(({ depth, shape }) => ({ depth, text: nestedJson(depth, shape) }));

/** Strings far over any limit: 100,000 to 3,000,000 characters, some of them not plain ASCII. */
export const hugeString = fc
  .record({ length: fc.integer({ min: 100_000, max: 3_000_000 }), unit: fc.constantFrom('x', 'é', '😀', ' ', '\\"') })
  .map(({ length, unit }) => unit.repeat(Math.ceil(length / unit.length)));

/** Paths to the objects (not arrays) in parsed JSON. */
const objectPaths = (value: unknown): JsonPath[] =>
  allPaths(value).filter((path) => {
    const at = valueAt(value, path);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });

function valueAt(root: unknown, path: JsonPath): unknown {
  let at = root;
  for (const key of path) at = (at as Record<string | number, unknown>)?.[key];
  return at;
}

/**
 * JSON text of a value with one extra member in one of its objects: a key it already has (a
 * duplicate key) or a polluting name, with the same value, another one or a polluting payload.
 * Written by hand: JSON.stringify cannot repeat a key, and setting `__proto__` on an object sets
 * its prototype instead of a key.
 */
export function withExtraMember(value: unknown): fc.Arbitrary<string> {
  const paths = objectPaths(value);
  if (paths.length === 0) return fc.constant(JSON.stringify(value));
  return fc
    .record({
      path: fc.constantFrom(...paths),
      pick: fc.nat(),
      name: fc.option(fc.constantFrom(...POLLUTING_NAMES), { nil: undefined }),
      payload: fc.constantFrom('same', 'other', 'polluting'),
    })
    .map(({ path, pick, name, payload }) => {
      const target = valueAt(value, path) as Record<string, unknown>;
      const keys = Object.keys(target);
      const key = name ?? keys[pick % Math.max(1, keys.length)] ?? 'id';
      const member =
        payload === 'polluting'
          ? polluter(key)
          : `${JSON.stringify(key)}:${payload === 'same' ? JSON.stringify(target[key] ?? null) : '"x"'}`;
      return stringifyWithMember(value, target, member);
    });
}

/** JSON.stringify, but `member` is written into `target` (after its own members). */
function stringifyWithMember(value: unknown, target: object, member: string): string {
  const marker = '\u0000the extra member\u0000';
  const text = JSON.stringify(value, function (this: unknown, key, item: unknown) {
    if (item !== target) return item;
    return { ...(item as object), [marker]: 0 };
  });
  const placeholder = `${JSON.stringify(marker)}:0`;
  const emptyObject = text.replace(`{${placeholder}}`, `{${member}}`);
  return emptyObject !== text ? emptyObject : text.replace(`,${placeholder}`, `,${member}`);
}
