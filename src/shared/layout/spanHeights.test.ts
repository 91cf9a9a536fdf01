import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpanHeights } from './spanHeights';

describe('SpanHeights', () => {
  it('answers as checking every span added, for spans that touch, nest, repeat and share ends', () => {
    const span = fc
      .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 15 }), fc.double({ min: -50, max: 50 }))
      .map(([left, width, height]) => ({ left: left / 2, right: (left + width) / 2, height }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 40 }), (spans) => {
        const heights = SpanHeights.over(spans.map((s) => [s.left, s.right] as const))!;
        spans.forEach((s, i) => {
          let expected = -Infinity;
          for (const o of spans.slice(0, i)) {
            if (s.left < o.right && o.left < s.right) expected = Math.max(expected, o.height);
          }
          expect(heights.highest(s.left, s.right)).toBe(expected);
          heights.add(s.left, s.right, s.height);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('takes no span without width or with an end that is not finite', () => {
    expect(
      SpanHeights.over([
        [0, 1],
        [2, 2],
      ]),
    ).toBeNull();
    expect(SpanHeights.over([[0, Infinity]])).toBeNull();
    expect(SpanHeights.over([[Number.NaN, 1]])).toBeNull();
  });
});
