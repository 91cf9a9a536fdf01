import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { flag, list, literal, number, object, oneOf, text, union, whole, type Field } from './optionFields';

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
const RULES: Record<string, Field<z.ZodType>> = {
  oneOf: oneOf(['a', 'ab']),
  literal: literal('a'),
  flag: flag(),
  number: number({ min: 0, max: 3 }),
  whole: whole({ min: 0, max: 2 ** 61 }),
  text: text({ min: 2, max: 3 }),
  list: list(text({ min: 1, max: 1 }), { min: 1, max: 2 }),
  object: object({ a: oneOf(['x']) }),
  union: union('kind', [
    object({ kind: literal('one') }),
    object({ kind: literal('two'), n: whole({ min: 0, max: 9 }) }),
  ]),
};

describe('optionFields: one declaration, a schema and a plain check', () => {
  it.each(Object.entries(RULES))('%s: the plain check passes only what the schema gives back as it is', (_, rule) => {
    const schema = rule.schema();
    let passed = 0;
    const values = [...STRANGE, ...STRANGE.map((item) => [item]), ...STRANGE.map((a) => ({ a }))];
    for (const [index, value] of values.entries()) {
      if (!rule.plainly(value)) continue;
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
        expect(text({ min: 1, max: 30 }).plainly(s)).toBe(true);
        expect(list(text({ min: 1, max: 30 }), { min: 1, max: 3 }).plainly([s, s])).toBe(true);
        expect(RULES.union.plainly({ kind: 'two', n })).toBe(true);
        expect(number({ min: 0, max: 9 }).plainly(n / 2)).toBe(true);
      }),
    );
  });

  it('leaves to the schema what it may read otherwise: code points, holes, big or unsafe numbers', () => {
    // Two code points in four UTF-16 units: the schema takes it for max 3, the plain check does not judge.
    expect(RULES.text.schema().safeParse(astral.repeat(2)).success).toBe(true);
    expect(RULES.text.plainly(astral.repeat(2))).toBe(false);
    // One code point in two units: not two characters, though two units long.
    expect(RULES.text.plainly(astral)).toBe(false);
    expect(RULES.list.plainly(withHole)).toBe(false);
    expect(RULES.whole.plainly(2 ** 60)).toBe(false);
    expect(RULES.object.plainly(new Instance())).toBe(false);
    expect(RULES.object.plainly(nullPrototype)).toBe(true);
  });

  it('gives an object its keys in the order declared', () => {
    expect(object({ b: flag(), a: flag() }).keys).toEqual(['b', 'a']);
  });
});
