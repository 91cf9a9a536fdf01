import type { Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { LayoutForest } from './layoutForest';
import type { Size } from './nodeSize';

export interface TidyRowsOptions {
  /** Between cards side by side (and between neighbouring subtrees at every level). */
  gap: number;
  /** Between a row's tallest card and the row beneath: room for junctions and arrowheads. */
  verticalGap: number;
}

/**
 * The outline of a subtree, level by level: the leftmost and rightmost x of its cards, relative to
 * the subtree's root centre once `shift` is added. Stored deepest level first, so that putting a
 * parent on top is a push. Merging two outlines costs the depth of the shallower one, so a whole
 * tree costs time linear in its size (the classic argument for Reingold–Tilford contours).
 */
/** One laid-out tree: its size, and top-left positions relative to its own top-left corner. */
export interface LaidOutTree {
  root: NodeId;
  width: number;
  height: number;
  /** Computed on demand: packing trees side by side needs only their sizes and outlines. */
  positions: () => Map<NodeId, Position>;
}

interface Outline {
  left: number[];
  right: number[];
  shift: number;
}

/**
 * A layered tidy tree: each tree of the forest in rows, one per depth, every card of a depth in
 * the same row (so a node's premises always share one row), a parent centred over its first and
 * last child, and neighbouring subtrees pushed together as close as their outlines allow at
 * every level. Items keep the forest's order, which is the map's premise order. Linear time.
 */
export function tidyRows(forest: LayoutForest, sizeOf: (id: NodeId) => Size, options: TidyRowsOptions): LaidOutTree[] {
  const { gap, verticalGap } = options;
  const childrenOf = (id: NodeId): NodeId[] => (forest.itemsOf.get(id) ?? []).flat();
  // Depth and row heights, top down (bottomUp reversed is a pre-order).
  const depth = new Map<NodeId, number>();
  const rootOf = new Map<NodeId, NodeId>();
  const rowsOf = new Map<NodeId, number[]>();
  for (let i = forest.bottomUp.length - 1; i >= 0; i--) {
    const id = forest.bottomUp[i];
    const parent = forest.parentOf.get(id);
    const level = parent === undefined ? 0 : depth.get(parent)! + 1;
    const root = parent === undefined ? id : rootOf.get(parent)!;
    depth.set(id, level);
    rootOf.set(id, root);
    if (!rowsOf.has(root)) rowsOf.set(root, []);
    const rows = rowsOf.get(root)!;
    rows[level] = Math.max(rows[level] ?? 0, sizeOf(id).height);
  }

  // Bottom up: each node's outline from its children's, and each child's centre relative to its parent's.
  const outlines = new Map<NodeId, Outline>();
  const offset = new Map<NodeId, number>();
  for (const id of forest.bottomUp) {
    const half = sizeOf(id).width / 2;
    const kids = childrenOf(id);
    if (kids.length === 0) {
      outlines.set(id, { left: [-half], right: [half], shift: 0 });
      continue;
    }
    let merged = outlines.get(kids[0])!;
    outlines.delete(kids[0]);
    const xs = [0];
    for (let k = 1; k < kids.length; k++) {
      const next = outlines.get(kids[k])!;
      outlines.delete(kids[k]);
      const x = separation(merged, next, gap);
      xs.push(x);
      merged = mergeOutlines(merged, next, x);
    }
    const centre = xs[xs.length - 1] / 2;
    kids.forEach((kid, k) => offset.set(kid, xs[k] - centre));
    merged.shift -= centre;
    // The arrows fan out from the parent's bottom to its children's centres, and a shorter card
    // than its row's tallest leaves them running through the row's lower part: the row keeps the
    // whole fan clear, so no arrow of the tree can pass behind a neighbouring card.
    const reach = Math.max(half, centre);
    merged.left.push(-reach - merged.shift);
    merged.right.push(reach - merged.shift);
    outlines.set(id, merged);
  }

  return forest.roots.map((root) => {
    const outline = outlines.get(root)!;
    let [left, right] = [Infinity, -Infinity];
    for (let i = 0; i < outline.left.length; i++) {
      left = Math.min(left, outline.left[i] + outline.shift);
      right = Math.max(right, outline.right[i] + outline.shift);
    }
    const rows = rowsOf.get(root)!;
    const tops = [0];
    for (let level = 1; level < rows.length; level++) tops.push(tops[level - 1] + rows[level - 1] + verticalGap);
    const height = tops[rows.length - 1] + rows[rows.length - 1];
    const place = (): Map<NodeId, Position> => {
      const positions = new Map<NodeId, Position>();
      const centres = new Map<NodeId, number>([[root, -left]]);
      // Top down without recursion: a chain may be any length.
      const stack = [root];
      while (stack.length) {
        const id = stack.pop()!;
        const centre = centres.get(id)!;
        positions.set(id, { x: Math.round(centre - sizeOf(id).width / 2), y: tops[depth.get(id)!] });
        for (const kid of childrenOf(id)) {
          centres.set(kid, centre + offset.get(kid)!);
          stack.push(kid);
        }
      }
      return positions;
    };
    let cached: Map<NodeId, Position> | undefined;
    return { root, width: right - left, height, positions: () => (cached ??= place()) };
  });
}

/** How far right of the left outline's root the right one's root must go for `gap` at every shared level. */
function separation(a: Outline, b: Outline, gap: number): number {
  const shared = Math.min(a.left.length, b.left.length);
  let x = -Infinity;
  for (let k = 1; k <= shared; k++) {
    const ai = a.right.length - k;
    const bi = b.left.length - k;
    x = Math.max(x, a.right[ai] + a.shift - (b.left[bi] + b.shift) + gap);
  }
  return x;
}

/** The outline of two side by side (b's root `x` right of a's), in a's frame; the longer's arrays are reused. */
function mergeOutlines(a: Outline, b: Outline, x: number): Outline {
  const shared = Math.min(a.left.length, b.left.length);
  if (b.left.length > a.left.length) {
    // b is deeper: its arrays carry on; its left edge is a's where both have cards.
    for (let k = 1; k <= shared; k++) {
      b.left[b.left.length - k] = a.left[a.left.length - k] + a.shift - x - b.shift;
    }
    return { left: b.left, right: b.right, shift: b.shift + x };
  }
  for (let k = 1; k <= shared; k++) {
    a.right[a.right.length - k] = b.right[b.right.length - k] + b.shift + x - a.shift;
  }
  return a;
}
