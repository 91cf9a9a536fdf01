import type { Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { LaidOutTree } from './tidyRows';
import type { Size } from './nodeSize';
import { RowContour, type Rect } from './rowContour';

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
  // The outline is only needed beside another tree (a map is often a single tree).
  const shapes: Rect[][] = trees.map((tree) => (trees.length > 1 ? outline(tree, sizeOf, parentOf) : []));
  const shapeOf = (i: number): Rect[] => shapes[i];
  const contour = new RowContour(shapes, options.treeGap);
  // The links of each tree, in the order given: a tree's partners without scanning every link.
  const linksOf = new Map<NodeId, CrossTreeLink[]>();
  for (const link of options.links) {
    for (const root of new Set(link.roots)) {
      if (linksOf.has(root)) linksOf.get(root)!.push(link);
      else linksOf.set(root, [link]);
    }
  }

  const rows: number[][] = [];
  let row: number[] = [];
  // The roots linked to a tree of the row: whether the next tree must stay in it, in one look.
  const linkedToRow = new Set<NodeId>();
  trees.forEach((tree, i) => {
    let x = contour.slide(shapeOf(i));
    const staysInRow = linkedToRow.has(tree.root);
    if (row.length > 0 && x + tree.width > options.rowWidth && !staysInRow) {
      rows.push(row);
      [row, x] = [[], 0];
      contour.clear();
      linkedToRow.clear();
    }
    row.push(i);
    contour.add(shapeOf(i), x);
    for (const link of linksOf.get(tree.root) ?? []) for (const root of link.roots) linkedToRow.add(root);
  });
  rows.push(row);

  const offsets: Position[] = [];
  let [top, width] = [0, 0];
  for (const members of rows) {
    let placed = packRow(members, shapeOf, contour);
    const reordered = linkedFirst(members, placed, trees, linksOf);
    if (reordered) placed = packRow(reordered, shapeOf, contour);
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
function packRow(members: number[], shapeOf: (i: number) => Rect[], contour: RowContour): Map<number, number> {
  const placed = new Map<number, number>();
  contour.clear();
  for (const i of members) {
    const x = contour.slide(shapeOf(i));
    placed.set(i, x);
    contour.add(shapeOf(i), x);
  }
  return placed;
}

/** A new order for the row when a linked tree belongs on the left of its partners, else undefined. */
function linkedFirst(
  members: number[],
  placed: Map<number, number>,
  trees: LaidOutTree[],
  linksOf: ReadonlyMap<NodeId, CrossTreeLink[]>,
): number[] | undefined {
  if (members.length < 2 || linksOf.size === 0) return undefined;
  const indexOf = new Map(members.map((i) => [trees[i].root, i]));
  let rowWidth = -Infinity;
  for (const i of members) rowWidth = Math.max(rowWidth, placed.get(i)! + trees[i].width);
  for (const i of members.slice(1)) {
    const partnersX: number[] = [];
    for (const link of linksOf.get(trees[i].root) ?? []) {
      // The end of the link that lies in another tree of this row.
      const side = link.roots.indexOf(trees[i].root) === 0 ? 1 : 0;
      const partner = indexOf.get(link.roots[side]);
      const at = partner === undefined ? undefined : trees[partner].positions().get(link.nodes[side]);
      if (partner !== undefined && at) partnersX.push(placed.get(partner)! + at.x);
    }
    const mean = partnersX.reduce((sum, x) => sum + x, 0) / partnersX.length;
    if (partnersX.length > 0 && mean < rowWidth / 2) return [i, ...members.filter((j) => j !== i)];
  }
  return undefined;
}

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
