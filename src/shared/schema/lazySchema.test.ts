import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from './lazySchema';

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.strictObject({ name: z.string().min(1) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'a' })).toEqual({ name: 'a' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('stands in for the schema everywhere zod looks at it', () => {
    const inner = lazySchema(() => z.strictObject({ x: z.number().int().min(0).max(9) }));
    const outer = z.strictObject({ point: inner, list: z.array(inner).max(2), maybe: inner.optional() });
    expect(outer.parse({ point: { x: 1 }, list: [{ x: 2 }] })).toEqual({ point: { x: 1 }, list: [{ x: 2 }] });
    const failed = outer.safeParse({ point: { x: 10 }, list: [] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['point', 'x']);
    expect(inner).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(inner.shape)).toEqual(['x']);
    expect(inner.shape.x.maxValue).toBe(9);
    expect(inner.extend({ y: z.string() }).parse({ x: 1, y: 'b' })).toEqual({ x: 1, y: 'b' });
    expect(
      z
        .record(
          lazySchema(() => z.string().regex(/^n/)),
          inner,
        )
        .safeParse({ m: { x: 1 } }).success,
    ).toBe(false);
    type Inner = z.infer<typeof inner>;
    const typed: Inner = { x: 3 };
    expect(inner.parse(typed)).toEqual(typed);
  });
});
