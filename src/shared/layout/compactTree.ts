import type { Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import type { Item, LayoutForest } from './layoutForest';
import type { Size } from './nodeSize';
import { arrangeItems, type ArrangeOptions, type ItemBox } from './tentArrangement';

export interface CompactTreeOptions extends ArrangeOptions {
  /** Between a parent's bottom and the top of its children: room for junctions and arrowheads. */
  verticalGap: number;
}

/** One laid-out tree: its size, and top-left positions relative to its own top-left corner. */
export interface LaidOutTree {
  root: NodeId;
  width: number;
  height: number;
  /** Computed on demand: comparing layouts needs only the sizes. */
  positions: () => Map<NodeId, Position>;
}

/** What cross-links (arrows not drawn along the tree) ask of the layout; see crossLinks.ts. */
export interface CrossLinkHints {
  /** How many cross-links need a node to stay high among its siblings. */
  rise: ReadonlyMap<NodeId, number>;
  /** The side a node's cross-link leaves towards (−1 left, +1 right): its parent steps aside the other way. */
  lean: ReadonlyMap<NodeId, number>;
  /** The side a cross-link into a node comes from: the node steps aside from its children towards it. */
  arrive: ReadonlyMap<NodeId, number>;
}

/** A laid-out subtree. */
export interface Block {
  width: number;
  height: number;
  /** The drop widths that lay this subtree out the same way: [low, high). */
  low: number;
  high: number;
  /** x of the root card's centre, from the block's left. */
  rootX: number;
  /** Each child's block, as offsets from this block's top-left corner. */
  children: NodeId[];
  dx: number[];
  dy: number[];
}

/**
 * Lays out each tree of the forest bottom-up in linear time (apart from the stacking of a node's
 * own items): every subtree becomes a block, and a node's items are arranged flat, in a tent or
 * with a dropped subtree (see arrangeItems). `earlier` holds the blocks of a run with the same
 * settings but another drop width: a subtree whose choices the new width does not change is reused.
 */
export function compactTrees(
  forest: LayoutForest,
  sizeOf: (id: NodeId) => Size,
  options: CompactTreeOptions,
  hints: CrossLinkHints = { rise: new Map(), lean: new Map(), arrive: new Map() },
  earlier: ReadonlyMap<NodeId, Block> = new Map(),
): { trees: LaidOutTree[]; blocks: ReadonlyMap<NodeId, Block> } {
  const blocks = new Map<NodeId, Block>();
  const redone = new Set<NodeId>();
  for (const id of forest.bottomUp) {
    const items = forest.itemsOf.get(id) ?? [];
    // A subtree laid out for another drop width is the same if none of its choices depended on the difference.
    const old = earlier.get(id);
    const same =
      old &&
      options.dropWidth >= old.low &&
      options.dropWidth < old.high &&
      !items.some((item) => item.some((member) => redone.has(member)));
    if (same) {
      blocks.set(id, old);
      continue;
    }
    blocks.set(id, layOutNode(items, blocks, sizeOf(id), options, hints, hints.arrive.get(id)));
    redone.add(id);
  }
  const trees = forest.roots.map((root) => {
    const block = blocks.get(root)!;
    let cached: Map<NodeId, Position> | undefined;
    const positions = () => (cached ??= place(root, blocks, sizeOf));
    return { root, width: block.width, height: block.height, positions };
  });
  return { trees, blocks };
}

function place(root: NodeId, blocks: ReadonlyMap<NodeId, Block>, sizeOf: (id: NodeId) => Size): Map<NodeId, Position> {
  const positions = new Map<NodeId, Position>();
  const stack: { id: NodeId; x: number; y: number }[] = [{ id: root, x: 0, y: 0 }];
  while (stack.length) {
    const { id, x, y } = stack.pop()!;
    const block = blocks.get(id)!;
    positions.set(id, { x: Math.round(x + block.rootX - sizeOf(id).width / 2), y: Math.round(y) });
    block.children.forEach((child, i) => stack.push({ id: child, x: x + block.dx[i], y: y + block.dy[i] }));
  }
  return positions;
}

function layOutNode(
  items: Item[],
  blocks: ReadonlyMap<NodeId, Block>,
  card: Size,
  options: CompactTreeOptions,
  hints: CrossLinkHints,
  arrive = 0,
): Block {
  if (items.length === 0) {
    const [low, high] = [-Infinity, Infinity];
    return { width: card.width, height: card.height, low, high, rootX: card.width / 2, children: [], dx: [], dy: [] };
  }
  // Members of an item stand side by side, tops aligned.
  const memberXs: number[][] = [];
  const boxes: ItemBox[] = [];
  for (const item of items) {
    const xs: number[] = [];
    let cursor = 0;
    let height = 0;
    let itemRise = 0;
    let itemLean = 0;
    for (const member of item) {
      const block = blocks.get(member)!;
      xs.push(cursor);
      cursor += block.width + options.gap;
      height = Math.max(height, block.height);
      itemRise += hints.rise.get(member) ?? 0;
      itemLean += hints.lean.get(member) ?? 0;
    }
    memberXs.push(xs);
    const first = blocks.get(item[0])!;
    const last = blocks.get(item[item.length - 1])!;
    boxes.push({
      width: cursor - options.gap,
      height,
      poleMin: first.rootX,
      poleMax: xs[xs.length - 1] + last.rootX,
      leaf: item.length === 1 && first.children.length === 0,
      rise: itemRise,
      lean: Math.sign(itemLean),
    });
  }

  const { arrangement, low, high } = arrangeItems(boxes, options);
  const poles = items.flatMap((item, i) =>
    item.map((member, j) => ({ member, x: arrangement.xs[i] + memberXs[i][j] + blocks.get(member)!.rootX })),
  );
  const anchor = arrangement.ys.some((y) => y !== 0)
    ? 0
    : stepAside(poles, card.width / 2 + options.poleMargin, hints.lean, arrive);
  const left = Math.min(arrangement.left, anchor - card.width / 2);
  const right = Math.max(arrangement.right, anchor + card.width / 2);
  const top = card.height + options.verticalGap;
  const block: Block = {
    width: right - left,
    height: top + arrangement.height,
    low,
    high,
    rootX: anchor - left,
    children: [],
    dx: [],
    dy: [],
  };
  items.forEach((item, i) => {
    item.forEach((member, j) => {
      block.children.push(member);
      block.dx.push(arrangement.xs[i] + memberXs[i][j] - left);
      block.dy.push(top + arrangement.ys[i]);
    });
  });
  return block;
}

/**
 * Where the parent's centre goes over a single row of children (in a tent the arrows are planned
 * around the centre line). Normally the centre line. But a cross-link leaves its premise's top
 * where the tree arrow does, so with the parent straight above it would run behind the parent's
 * card: the parent steps aside, away from where the link goes. Likewise a cross-link arrives at
 * its target's bottom from below, through a child straight beneath: the target steps aside from
 * that child, towards where the link comes from.
 */
function stepAside(
  poles: { member: NodeId; x: number }[],
  clearance: number,
  lean: ReadonlyMap<NodeId, number>,
  arrive: number,
): number {
  for (const pole of poles) {
    const side = lean.get(pole.member);
    if (side && Math.abs(pole.x) < clearance) return pole.x - side * clearance;
  }
  const below = poles.find((pole) => Math.abs(pole.x) < clearance);
  return arrive && below ? below.x + arrive * clearance : 0;
}
