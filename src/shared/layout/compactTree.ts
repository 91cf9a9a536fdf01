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

interface Block {
  width: number;
  height: number;
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
 * with a dropped subtree (see arrangeItems).
 */
export function compactTrees(
  forest: LayoutForest,
  sizeOf: (id: NodeId) => Size,
  options: CompactTreeOptions,
  rise: ReadonlyMap<NodeId, number> = new Map(),
): LaidOutTree[] {
  const blocks = new Map<NodeId, Block>();
  for (const id of forest.bottomUp) {
    blocks.set(id, layOutNode(forest.itemsOf.get(id) ?? [], blocks, sizeOf(id), options, rise));
  }
  return forest.roots.map((root) => {
    const block = blocks.get(root)!;
    let cached: Map<NodeId, Position> | undefined;
    const positions = () => (cached ??= place(root, blocks, sizeOf));
    return { root, width: block.width, height: block.height, positions };
  });
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
  rise: ReadonlyMap<NodeId, number>,
): Block {
  if (items.length === 0) {
    return { width: card.width, height: card.height, rootX: card.width / 2, children: [], dx: [], dy: [] };
  }
  // Members of an item stand side by side, tops aligned.
  const memberXs: number[][] = [];
  const boxes: ItemBox[] = [];
  for (const item of items) {
    const xs: number[] = [];
    let cursor = 0;
    let height = 0;
    let itemRise = 0;
    for (const member of item) {
      const block = blocks.get(member)!;
      xs.push(cursor);
      cursor += block.width + options.gap;
      height = Math.max(height, block.height);
      itemRise += rise.get(member) ?? 0;
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
    });
  }

  const arrangement = arrangeItems(boxes, options);
  const left = Math.min(arrangement.left, -card.width / 2);
  const right = Math.max(arrangement.right, card.width / 2);
  const top = card.height + options.verticalGap;
  const block: Block = {
    width: right - left,
    height: top + arrangement.height,
    rootX: -left,
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
