import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choice,
  finite,
  flag,
  list,
  literal,
  object,
  tagged,
  text,
  whole,
  type FieldSpec,
} from '../model/recordFields';
import { plainly } from './fieldCheck';
import { fieldSchema } from './recordSchema';

const astral = '\u{1F600}';
class Instance {
  a = 'x';
}
const withHole: unknown[] = ['a', 'b'];
delete withHole[0];
const nullPrototype = Object.assign(Object.create(null) as object, { a: 'x' });

/** Values at the edges of every rule, or of the wrong kind. */
const STRANGE: unknown[] = [
  undefined,
  null,
  '',
  'a',
  'ab',
  'abc',
  astral,
  astral.repeat(2),
  'a'.repeat(9),
  -1,
  0,
  0.5,
  1,
  2,
  2.5,
  3,
  2 ** 60,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  {},
  [],
  ['a'],
  ['a', ''],
  withHole,
  { a: 'x' },
  { a: 'x', b: 1 },
  { a: 1 },
  nullPrototype,
  new Instance(),
  { kind: 'one' },
  { kind: 'two', n: 1 },
  { kind: 'two' },
  { kind: 'three' },
];

/** Every rule, with a small range where it takes one. */
const RULES: Record<string, FieldSpec> = {
  choice: choice(['a', 'ab']),
  literal: literal('a'),
  flag: flag(),
  number: finite({ min: 0, max: 3 }),
  whole: whole({ min: 0, max: 2 ** 61 }),
  text: text({ min: 1, max: 3 }),
  list: list(text({ min: 1, max: 1 }), { min: 1, max: 2 }),
  object: object({ a: choice(['x']) }),
  union: tagged(
    'kind',
    object({ kind: literal('one') }),
    object({ kind: literal('two'), n: whole({ min: 0, max: 9 }) }),
  ),
};

describe('fieldCheck: one declaration, a schema and a plain check', () => {
  it.each(Object.entries(RULES))('%s: the plain check passes only what the schema gives back as it is', (_, rule) => {
    const schema = fieldSchema(rule);
    let passed = 0;
    const values = [...STRANGE, ...STRANGE.map((item) => [item]), ...STRANGE.map((a) => ({ a }))];
    for (const [index, value] of values.entries()) {
      if (!plainly(rule, value)) continue;
      passed += 1;
      const parsed = schema.safeParse(value);
      expect(parsed.success, `value ${index}`).toBe(true);
      expect(parsed.data).toEqual(value);
    }
    expect(passed).toBeGreaterThan(0);
  });

  it('passes what the schema takes, in the plain forms the code makes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 9 }), (s, n) => {
        expect(plainly(text({ min: 1, max: 30 }), s)).toBe(true);
        expect(plainly(list(text({ min: 1, max: 30 }), { min: 1, max: 3 }), [s, s])).toBe(true);
        expect(plainly(RULES.union, { kind: 'two', n })).toBe(true);
        expect(plainly(finite({ min: 0, max: 9 }), n / 2)).toBe(true);
      }),
    );
  });

  it('leaves to the schema what it may read otherwise: code points, holes, big or unsafe numbers, class instances', () => {
    // Two code points in four UTF-16 units: the schema takes it for max 3, the plain check does not judge.
    expect(fieldSchema(RULES.text).safeParse(astral.repeat(2)).success).toBe(true);
    expect(plainly(RULES.text, astral.repeat(2))).toBe(false);
    expect(plainly(RULES.list, withHole)).toBe(false);
    expect(plainly(RULES.whole, 2 ** 60)).toBe(false);
    expect(plainly(RULES.object, new Instance())).toBe(false);
    expect(plainly(RULES.object, nullPrototype)).toBe(true);
  });

  it('tells the records of a tagged union apart by the tag, naming the values it takes', () => {
    const parsed = fieldSchema(RULES.union).safeParse({ kind: 'three' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/one|two/);
  });

  it('gives an object its keys in the order declared', () => {
    expect(object({ b: flag(), a: flag() }).keys).toEqual(['b', 'a']);
  });
});
