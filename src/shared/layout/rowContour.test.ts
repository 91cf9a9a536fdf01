import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RowContour, type Rect } from './rowContour';
import { autoLayout } from './autoLayout';
import { tangledMap } from '../testing/chainMaps';

/** packTrees' slide as it was: every rect of the shape against every rect in the row. */
function slideByPairs(row: Rect[], shape: Rect[], gap: number): number {
  let x = 0;
  for (const a of row) {
    for (const b of shape)
      if (a.top < b.bottom + gap && b.top < a.bottom + gap) x = Math.max(x, a.right + gap - b.left);
  }
  return x;
}

const rect = fc
  .tuple(
    fc.integer({ min: -50, max: 50 }),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 30 }),
  )
  .map(([left, width, top, height]): Rect => ({ left, right: left + width, top, bottom: top + height }));

describe('RowContour', () => {
  it('slides a shape as far as comparing it with every rect in the row did, row after row', () => {
    const shapes = fc.array(fc.array(rect, { maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(shapes, fc.integer({ min: 0, max: 20 }), fc.array(fc.boolean()), (all, gap, breaks) => {
        const contour = new RowContour(all, gap);
        let row: Rect[] = [];
        all.forEach((shape, i) => {
          if (breaks[i]) {
            contour.clear();
            row = [];
          }
          const x = contour.slide(shape);
          expect(x).toBe(slideByPairs(row, shape, gap));
          contour.add(shape, x);
          for (const r of shape) row.push({ ...r, left: r.left + x, right: r.right + x });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('lays out 150,000 separate nodes (lists that long once went through Math.max(...list))', () => {
    const positions = autoLayout(tangledMap(150_000, 0, 1));
    expect(positions.size).toBe(150_000);
  }, 240_000);
});
