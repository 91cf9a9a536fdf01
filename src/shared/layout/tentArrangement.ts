import { SpanHeights } from './spanHeights';

/** The box one item (a row of sibling subtrees) takes, with where its arrows leave it. */
export interface ItemBox {
  width: number;
  height: number;
  /** Leftmost and rightmost x (from the box's left) where an arrow leaves a card's top. */
  poleMin: number;
  poleMax: number;
  /** A single card with nothing beneath it: may be stacked in a tent. */
  leaf: boolean;
  /** Above 0 when cross-links end inside: the item should not sink below its siblings. */
  rise: number;
  /** The side a cross-link from inside leaves towards (−1, 0, +1): the item goes to that end. */
  lean: number;
}

/** Where the items go, relative to the parent's centre line (x = 0) and the top of the children. */
export interface Arrangement {
  xs: number[];
  ys: number[];
  left: number;
  right: number;
  height: number;
}

/** An arrangement, and the drop widths from `low` up to (not including) `high` that give the same one. */
export interface ArrangementChoice {
  arrangement: Arrangement;
  low: number;
  high: number;
}

export interface ArrangeOptions {
  gap: number;
  /** Vertical gap between a stacked item and the item it sits under. */
  dropGap: number;
  /** Room kept free on each side of an arrow that climbs past higher items. */
  poleMargin: number;
  /** Stack the leaves in a tent when a node has at least this many. */
  leafStackMin: number;
  /** Drop subtrees below their siblings while the children are wider than this. */
  dropWidth: number;
}

/** At most this many subtrees of one node are dropped, each a step lower than the one outside it. */
const MAX_DROPS = 3;

interface Slot {
  index: number;
  item: ItemBox;
  /** Steps below the first row: an item may overlap an inner neighbour only from a higher step. */
  band: number;
  x: number;
  y: number;
}

/**
 * Places a node's items beneath it. Flat: one row. Tent: leaves stacked in steps that descend
 * towards the parent's centre line, half a card apart. Drop: the tallest subtrees hang lower
 * than the others, their arrows climbing past them. Arrows leave a card's top and end at the
 * parent's bottom, so every arrow stays clear: an item may only rise above a sibling that lies
 * further out from the centre line, never over the path of an arrow nearer to it.
 */
export function arrangeItems(items: ItemBox[], options: ArrangeOptions): ArrangementChoice {
  let best = flat(items, options.gap);
  let [low, high] = [-Infinity, Infinity];
  if (items.length < 2) return { arrangement: best, low, high };
  const stackLeaves = items.filter((item) => item.leaf).length >= options.leafStackMin;
  if (stackLeaves) best = tent(items, [], true, options);
  const droppable = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !item.leaf && item.rise <= 0) // a cross-link target must stay high
    .sort((a, b) => b.item.height - a.item.height)
    .map(({ index }) => index);
  for (let drops = 1; drops <= Math.min(MAX_DROPS, droppable.length); drops += 1) {
    const width = best.right - best.left;
    if (width <= options.dropWidth) {
      low = Math.max(low, width);
      break;
    }
    high = Math.min(high, width);
    const dropped = tent(items, droppable.slice(0, drops), stackLeaves, options);
    if (dropped.right - dropped.left < width) best = dropped;
  }
  return { arrangement: best, low, high };
}

function flat(items: ItemBox[], gap: number): Arrangement {
  // Items whose cross-links leave sideways go to that end, so the parent is not in the way.
  const order = items.map((_, i) => i).sort((a, b) => items[a].lean - items[b].lean);
  const xs: number[] = [];
  const ys = items.map(() => 0);
  let cursor = 0;
  let height = 0;
  for (const i of order) {
    xs[i] = cursor;
    cursor += items[i].width + gap;
    height = Math.max(height, items[i].height);
  }
  const [first, last] = [order[0], order[order.length - 1]];
  // The parent is centred over its outermost arrows, as in a classic tidy tree.
  const centre = (items[first].poleMin + xs[last] + items[last].poleMax) / 2;
  for (let i = 0; i < xs.length; i += 1) xs[i] -= centre;
  return { xs, ys, left: -centre, right: cursor - gap - centre, height };
}

/**
 * A tent, from the centre line out: the dropped subtrees (tallest innermost and lowest), then the
 * leaves in steps, then the other subtrees in the first row, split where their widths balance.
 */
function tent(items: ItemBox[], drops: number[], stackLeaves: boolean, options: ArrangeOptions): Arrangement {
  const slot = (index: number, band: number): Slot => ({ index, item: items[index], band, x: 0, y: 0 });
  const isDropped = new Set(drops);
  const leaves: number[] = [];
  const others: number[] = [];
  items.forEach((item, i) => {
    if (!isDropped.has(i)) (stackLeaves && item.leaf ? leaves : others).push(i);
  });
  const leafSteps = Math.ceil(leaves.length / 2);
  const deepest = leafSteps + drops.length;
  // Inner → outer on each side; the centre holds the tallest drop, or else the middle leaf.
  const left: Slot[] = [];
  const right: Slot[] = [];
  drops.slice(1).forEach((index, k) => (k % 2 === 0 ? left : right).push(slot(index, deepest - 1 - (k >> 1))));
  const ordered = tentOrder(items, leaves);
  const pairs = Math.floor(ordered.length / 2);
  const middle = ordered.length % 2 === 1 ? slot(ordered[pairs], pairs) : null;
  const centre = drops.length > 0 ? slot(drops[0], deepest) : middle;
  if (middle && centre !== middle) right.push(middle);
  for (let step = pairs - 1; step >= 0; step -= 1) {
    left.push(slot(ordered[step], step));
    right.push(slot(ordered[ordered.length - 1 - step], step));
  }
  const split = balancedSplit(others.map((i) => items[i].width));
  for (const i of others.slice(0, split).reverse()) left.push(slot(i, 0));
  for (const i of others.slice(split)) right.push(slot(i, 0));

  placeAcross(left, right, centre, options);
  placeDown(left, right, centre, options.dropGap);
  const xs: number[] = [];
  const ys: number[] = [];
  let [minX, maxX, height] = [Infinity, -Infinity, 0];
  for (const s of centre ? [...left, ...right, centre] : [...left, ...right]) {
    xs[s.index] = s.x;
    ys[s.index] = s.y;
    minX = Math.min(minX, s.x);
    maxX = Math.max(maxX, s.x + s.item.width);
    height = Math.max(height, s.y + s.item.height);
  }
  return { xs, ys, left: minX, right: maxX, height };
}

/**
 * The leaves in tent order: the left side's outer → inner, (the middle one,) then the right
 * side's inner → outer. A leaf whose cross-link leaves sideways goes to that side, and leaves
 * that cross-links end in take the outer, higher steps; otherwise the map's order stays.
 */
function tentOrder(items: ItemBox[], leaves: number[]): number[] {
  if (leaves.every((i) => items[i].rise === 0 && items[i].lean === 0)) return leaves;
  const pairs = Math.floor(leaves.length / 2);
  const wanting = (side: number) => leaves.filter((i) => items[i].lean === side);
  const left = wanting(-1).slice(0, pairs);
  const right = wanting(1).slice(0, pairs);
  // Sets and a cursor: includes and shift in these loops were quadratic in a node's leaves.
  const taken = new Set([...left, ...right]);
  const spare = leaves.filter((i) => !taken.has(i));
  let next = 0;
  while (left.length < pairs) left.push(spare[next++]);
  while (right.length < pairs) right.push(spare[next++]);
  const rest = spare.slice(next);
  const outerFirst = (a: number, b: number) => items[b].rise - items[a].rise;
  return [...left.sort(outerFirst), ...rest, ...right.sort(outerFirst).reverse()];
}

/** The split of a sequence into a left and a right part with the most even widths. */
function balancedSplit(widths: number[]): number {
  const total = widths.reduce((sum, w) => sum + w, 0);
  let [best, bestDiff, prefix] = [0, total, 0];
  for (let k = 1; k <= widths.length; k += 1) {
    prefix += widths[k - 1];
    const diff = Math.abs(total - 2 * prefix);
    if (diff < bestDiff) [best, bestDiff] = [k, diff];
  }
  return best;
}

/** x from the centre outwards: beside the inner neighbour, or over it (past its arrow) from a higher step. */
function placeAcross(left: Slot[], right: Slot[], centre: Slot | null, o: ArrangeOptions): void {
  if (centre) centre.x = -(centre.item.poleMin + centre.item.poleMax) / 2;
  let prev = centre;
  for (const s of right) {
    if (!prev) s.x = o.gap / 2;
    else if (s.band < prev.band) s.x = prev.x + prev.item.poleMax + o.poleMargin;
    else s.x = prev.x + prev.item.width + o.gap;
    prev = s;
  }
  prev = centre;
  for (const s of left) {
    if (!prev) s.x = -o.gap / 2 - s.item.width;
    else if (s.band < prev.band) s.x = prev.x + prev.item.poleMin - o.poleMargin - s.item.width;
    else s.x = prev.x - o.gap - s.item.width;
    prev = s;
  }
}

/** y from the outside in: never above an outer neighbour, and below every higher item it overlaps. */
function placeDown(left: Slot[], right: Slot[], centre: Slot | null, dropGap: number): void {
  const all = centre ? [...left, ...right, centre] : [...left, ...right];
  const below = overlapFloors(all, dropGap);
  let lowest = 0;
  const drop = (s: Slot, floor: number): void => {
    s.y = Math.max(floor, below.floor(s));
    below.add(s);
    if (s !== centre) lowest = Math.max(lowest, s.y);
  };
  for (const side of [left, right]) {
    let floor = 0;
    for (let k = side.length - 1; k >= 0; k -= 1) {
      drop(side[k], floor);
      floor = side[k].y;
    }
  }
  if (centre) drop(centre, lowest);
}

/**
 * How low a slot must go to clear the placed slots it overlaps across: dropGap below the lowest.
 * SpanHeights answers in logarithmic time; slots without width (which it cannot take) are checked
 * one by one against every placed slot.
 */
function overlapFloors(slots: Slot[], dropGap: number): { floor(s: Slot): number; add(s: Slot): void } {
  const spans = SpanHeights.over(slots.map((s) => [s.x, s.x + s.item.width] as const));
  if (spans) {
    return {
      floor: (s) => spans.highest(s.x, s.x + s.item.width),
      add: (s) => spans.add(s.x, s.x + s.item.width, s.y + s.item.height + dropGap),
    };
  }
  const placed: Slot[] = [];
  return {
    floor: (s) => {
      let y = -Infinity;
      for (const o of placed) {
        if (s.x < o.x + o.item.width && o.x < s.x + s.item.width) y = Math.max(y, o.y + o.item.height + dropGap);
      }
      return y;
    },
    add: (s) => void placed.push(s),
  };
}
