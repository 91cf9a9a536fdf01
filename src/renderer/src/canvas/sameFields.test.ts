import { describe, expect, it } from 'vitest';
import { sameFields } from './sameFields';

describe('sameFields', () => {
  it('compares every field, one level deep, by identity', () => {
    const node = { id: 'n' };
    expect(sameFields({ node, editing: false }, { node, editing: false })).toBe(true);
    expect(sameFields({ node, editing: false }, { node, editing: true })).toBe(false);
    expect(sameFields({ node }, { node: { id: 'n' } })).toBe(false);
    expect(sameFields({ count: NaN }, { count: NaN })).toBe(true);
  });

  it('tells apart a field that is missing from one that is undefined, and extra fields', () => {
    expect(sameFields<{ a?: number; b?: number }>({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameFields<{ a?: number; b?: number }>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
