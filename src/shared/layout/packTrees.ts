import type { Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { LaidOutTree } from './compactTree';
import type { Size } from './nodeSize';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A relation between two trees: the cards it joins and the roots of their trees. */
export interface CrossTreeLink {
  nodes: [NodeId, NodeId];
  roots: [NodeId, NodeId];
}

export interface PackOptions {
  treeGap: number;
  /** Rows wrap once they would grow wider than this (a wider tree still gets a row to itself). */
  rowWidth: number;
  /** Linked trees stay in one row, so the arrows between them can point up. */
  links: CrossTreeLink[];
}

/** Where each tree's top-left corner goes, and the size of the whole. */
export interface Packing {
  offsets: Position[];
  width: number;
  height: number;
}

/**
 * Places separate trees side by side in rows, top-aligned. A tree slides left into the free
 * space beside its neighbour (e.g. above a subtree that hangs low) as long as it keeps clear of
 * the neighbour's cards and arrows. A tree linked to a tree in its row goes on the side where
 * the cards it is linked to lie, so the arrows between them stay short.
 */
export function packTrees(
  trees: LaidOutTree[],
  sizeOf: (id: NodeId) => Size,
  parentOf: ReadonlyMap<NodeId, NodeId>,
  options: PackOptions,
): Packing {
  const shapes: Rect[][] = [];
  // The outline is only needed beside another tree (a map is often a single tree).
  const shapeOf = (i: number): Rect[] => (shapes[i] ??= trees.length > 1 ? outline(trees[i], sizeOf, parentOf) : []);
  const linked = new Set(options.links.map((link) => `${link.roots[0]}|${link.roots[1]}`));
  const isLinked = (a: NodeId, b: NodeId) => linked.has(`${a}|${b}`) || linked.has(`${b}|${a}`);

  const rows: number[][] = [];
  let row: number[] = [];
  let rowRects: Rect[] = [];
  trees.forEach((tree, i) => {
    let x = slideLeft(rowRects, shapeOf(i), options.treeGap);
    const staysInRow = row.some((j) => isLinked(trees[j].root, tree.root));
    if (row.length > 0 && x + tree.width > options.rowWidth && !staysInRow) {
      rows.push(row);
      [row, rowRects, x] = [[], [], 0];
    }
    row.push(i);
    rowRects.push(...shapeOf(i).map((r) => shift(r, x)));
  });
  rows.push(row);

  const offsets: Position[] = [];
  let [top, width] = [0, 0];
  for (const members of rows) {
    let placed = packRow(members, shapeOf, options.treeGap);
    const reordered = linkedFirst(members, placed, trees, options.links);
    if (reordered) placed = packRow(reordered, shapeOf, options.treeGap);
    let bottom = 0;
    for (const [i, x] of placed) {
      offsets[i] = { x, y: top };
      width = Math.max(width, x + trees[i].width);
      bottom = Math.max(bottom, trees[i].height);
    }
    top += bottom + options.treeGap;
  }
  return { offsets, width, height: top - options.treeGap };
}

/** Left edges of a row's trees, each slid as far left as its neighbours allow. */
function packRow(members: number[], shapeOf: (i: number) => Rect[], gap: number): Map<number, number> {
  const placed = new Map<number, number>();
  const rects: Rect[] = [];
  for (const i of members) {
    const x = slideLeft(rects, shapeOf(i), gap);
    placed.set(i, x);
    rects.push(...shapeOf(i).map((r) => shift(r, x)));
  }
  return placed;
}

/** A new order for the row when a linked tree belongs on the left of its partners, else undefined. */
function linkedFirst(
  members: number[],
  placed: Map<number, number>,
  trees: LaidOutTree[],
  links: CrossTreeLink[],
): number[] | undefined {
  if (members.length < 2 || links.length === 0) return undefined;
  const indexOf = new Map(members.map((i) => [trees[i].root, i]));
  const rowWidth = Math.max(...members.map((i) => placed.get(i)! + trees[i].width));
  for (const i of members.slice(1)) {
    const partnersX: number[] = [];
    for (const link of links) {
      // The end of the link that lies in another tree of this row.
      const side = link.roots.indexOf(trees[i].root) === 0 ? 1 : 0;
      const partner = link.roots.includes(trees[i].root) ? indexOf.get(link.roots[side]) : undefined;
      const at = partner === undefined ? undefined : trees[partner].positions().get(link.nodes[side]);
      if (partner !== undefined && at) partnersX.push(placed.get(partner)! + at.x);
    }
    const mean = partnersX.reduce((sum, x) => sum + x, 0) / partnersX.length;
    if (partnersX.length > 0 && mean < rowWidth / 2) return [i, ...members.filter((j) => j !== i)];
  }
  return undefined;
}

/** How far right a shape must start to keep a gap from every rect already in the row. */
function slideLeft(rowRects: Rect[], shape: Rect[], gap: number): number {
  let x = 0;
  for (const a of rowRects) {
    for (const b of shape) {
      if (a.top < b.bottom + gap && b.top < a.bottom + gap) x = Math.max(x, a.right + gap - b.left);
    }
  }
  return x;
}

const shift = (r: Rect, dx: number): Rect => ({ ...r, left: r.left + dx, right: r.right + dx });

/** The trees' positions moved to where the packing puts them, in one map. */
export function packedPositions(trees: LaidOutTree[], packing: Packing): Map<NodeId, Position> {
  const positions = new Map<NodeId, Position>();
  trees.forEach((tree, i) => {
    const { x, y } = packing.offsets[i];
    for (const [id, p] of tree.positions()) positions.set(id, { x: p.x + x, y: p.y + y });
  });
  return positions;
}

/** A tree's cards and the strips its arrows cross (from a child's top to its parent's bottom). */
function outline(tree: LaidOutTree, sizeOf: (id: NodeId) => Size, parentOf: ReadonlyMap<NodeId, NodeId>): Rect[] {
  const rects: Rect[] = [];
  const positions = tree.positions();
  for (const [id, p] of positions) {
    const size = sizeOf(id);
    rects.push({ left: p.x, top: p.y, right: p.x + size.width, bottom: p.y + size.height });
    const parent = parentOf.get(id);
    const q = parent && positions.get(parent);
    if (!parent || !q) continue;
    const [from, to] = [p.x + size.width / 2, q.x + sizeOf(parent).width / 2];
    rects.push({ left: Math.min(from, to), top: q.y + sizeOf(parent).height, right: Math.max(from, to), bottom: p.y });
  }
  return rects;
}
