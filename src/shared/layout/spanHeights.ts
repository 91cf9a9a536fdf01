/**
 * Spans across (left < right, both exclusive) each with a height: the greatest height among the
 * spans added so far that overlap a given span. The tent layout asks this for every item it drops
 * below the ones it overlaps; checking every item already placed made a node with 20,000 leaves
 * take 200 million steps, where this takes a few per level of a tree over the spans' ends.
 *
 * The ends cut the line into elementary pieces; two spans overlap exactly when they share one (an
 * overlap is an open interval between two ends). A segment tree over the pieces keeps, at each
 * node, the greatest height of the spans that cover its range whole (`cover`) and of those that
 * touch it anywhere (`touch`); no recursion, the tree is walked bottom-up.
 */
export class SpanHeights {
  private readonly ends: number[];
  private readonly size: number;
  private readonly cover: Float64Array;
  private readonly touch: Float64Array;
  /** Nodes given a height since the last clear: clearing costs what adding did, not the tree's size. */
  private readonly changed: number[] = [];

  /** For spans among `spans` (their lefts and rights), or null if one has no width or an end that is not finite. */
  static over(spans: readonly (readonly [number, number])[]): SpanHeights | null {
    const ends: number[] = [];
    for (const [left, right] of spans) {
      if (!(left < right) || !Number.isFinite(left) || !Number.isFinite(right)) return null;
      ends.push(left, right);
    }
    return new SpanHeights(ends);
  }

  private constructor(ends: number[]) {
    this.ends = [...new Set(ends)].sort((a, b) => a - b);
    let size = 1;
    while (size < this.ends.length) size *= 2;
    this.size = size;
    this.cover = new Float64Array(2 * size).fill(-Infinity);
    this.touch = new Float64Array(2 * size).fill(-Infinity);
  }

  /** Adds a span (one of those the structure was made for) with its height. */
  add(left: number, right: number, height: number): void {
    const [from, to] = [this.piece(left), this.piece(right)];
    for (let [l, r] = [from + this.size, to + this.size]; l < r; l >>= 1, r >>= 1) {
      if (l & 1) this.raise(l++, height);
      if (r & 1) this.raise(--r, height);
    }
    for (const leaf of [from, to - 1]) {
      for (let node = (leaf + this.size) >> 1; node >= 1; node >>= 1) {
        const raised = Math.max(this.touch[node], height);
        if (Object.is(raised, this.touch[node])) continue;
        this.touch[node] = raised;
        this.changed.push(node);
      }
    }
  }

  /** Forgets every span added, keeping the ends it was made for. */
  clear(): void {
    for (const node of this.changed) [this.cover[node], this.touch[node]] = [-Infinity, -Infinity];
    this.changed.length = 0;
  }

  /** The greatest height of the spans added that overlap this one; -Infinity if none does. */
  highest(left: number, right: number): number {
    const [from, to] = [this.piece(left), this.piece(right)];
    let best = -Infinity;
    for (let [l, r] = [from + this.size, to + this.size]; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.max(best, this.touch[l++]);
      if (r & 1) best = Math.max(best, this.touch[--r]);
    }
    // Spans that cover a whole range around a piece of this one: on the paths up from its first and last piece.
    for (const leaf of [from, to - 1]) {
      for (let node = leaf + this.size; node >= 1; node >>= 1) best = Math.max(best, this.cover[node]);
    }
    return best;
  }

  private raise(node: number, height: number): void {
    this.cover[node] = Math.max(this.cover[node], height);
    this.touch[node] = Math.max(this.touch[node], height);
    this.changed.push(node);
  }

  /** The index of an end: the first piece that starts at it. */
  private piece(end: number): number {
    let [low, high] = [0, this.ends.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle] < end) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
