import { SpanHeights } from './spanHeights';

/** A card or arrow strip of a tree's outline: packTrees keeps trees' rects apart. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The right edge of a row of trees, as far as a tree placed next must keep clear of it: how far
 * right a shape must start to stay `gap` away from every rect whose height range (widened by the
 * gap) meets one of its own. The rects' heights never change as trees slide sideways, so one
 * SpanHeights over every rect of every tree answers for each row in turn (cleared between rows);
 * comparing every rect of a shape with every rect in the row made thousands of separate trees,
 * and two big ones, quadratic.
 */
export class RowContour {
  private readonly heights: SpanHeights | null;
  /** Without SpanHeights (a rect with no height): the row's rects, checked one by one. */
  private readonly rects: Rect[] = [];

  constructor(
    shapes: readonly (readonly Rect[])[],
    private readonly gap: number,
  ) {
    const spans: [number, number][] = [];
    for (const shape of shapes) for (const r of shape) spans.push([r.top, r.bottom + gap]);
    this.heights = SpanHeights.over(spans);
  }

  /** How far right the shape must start: 0, or just clear of the row. */
  slide(shape: readonly Rect[]): number {
    let x = 0;
    const { heights, gap } = this;
    for (const b of shape) {
      if (heights) {
        // The farthest right edge among the rects beside b; right + gap - left grows with right.
        const right = heights.highest(b.top, b.bottom + gap);
        if (right !== -Infinity) x = Math.max(x, right + gap - b.left);
        continue;
      }
      for (const a of this.rects) {
        if (a.top < b.bottom + gap && b.top < a.bottom + gap) x = Math.max(x, a.right + gap - b.left);
      }
    }
    return x;
  }

  /** Puts the shape in the row, moved right by `dx`. */
  add(shape: readonly Rect[], dx: number): void {
    for (const r of shape) {
      if (this.heights) this.heights.add(r.top, r.bottom + this.gap, r.right + dx);
      else this.rects.push({ ...r, left: r.left + dx, right: r.right + dx });
    }
  }

  /** An empty row. */
  clear(): void {
    this.heights?.clear();
    this.rects.length = 0;
  }
}
