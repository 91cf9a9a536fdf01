import type { ArgumentMap, Position } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { autoLayout } from '../../layout/autoLayout';
import { estimateNodeSize, type Size } from '../../layout/nodeSize';
import { appendTo } from './aifGraph';

/** Gap kept between cards when OVA positions are spread out. */
const CARD_GAP = 16;
/** Beyond this, OVA had the cards (nearly) on top of each other; spreading further would not help. */
const MAX_SPREAD = 4;
/** Room between OVA-placed cards and cards laid out beneath them. */
const BAND_GAP = 96;

/**
 * Gives every node a position. With OVA positions (OVA's x is a node's centre, y its top) the
 * analyst's layout is kept; OVA draws statements in 10px text, 36 characters a line, so our cards
 * are about as wide but up to twice as tall, and the layout is spread by the smallest factor that keeps
 * the cards apart (see `spreadFactor`). A file Argmap wrote holds our own units: no spreading.
 * Nodes without an OVA position, or a map with none, are laid out automatically.
 */
export function placeNodes(
  map: ArgumentMap,
  ovaPositionOf: (id: NodeId) => Position | undefined,
  inMapUnits: boolean,
): void {
  const ids = Object.keys(map.nodes) as NodeId[];
  const sizes = new Map(ids.map((id) => [id, estimateNodeSize(map.nodes[id])]));
  const ova = new Map<NodeId, Position>();
  for (const id of ids) {
    const position = ovaPositionOf(id);
    if (position) ova.set(id, position);
  }
  if (allAtOnePoint([...ova.values()])) ova.clear();

  const scale = inMapUnits ? 1 : spreadFactor(ova, (id) => sizes.get(id)!);
  for (const [id, p] of ova) {
    map.nodes[id].position = { x: p.x * scale - sizes.get(id)!.width / 2, y: p.y * scale };
  }
  const rest = new Set(ids.filter((id) => !ova.has(id)));
  if (rest.size === 0) return;
  if (ova.size > 0) {
    // Lay the others out beneath the analyst's layout, starting at its left edge. (Loops, not
    // Math.min(...all): spreading 100,000 arguments overflows the stack.)
    let [left, bottom] = [Infinity, -Infinity];
    for (const id of ova.keys()) {
      const p = map.nodes[id].position;
      left = Math.min(left, p.x);
      bottom = Math.max(bottom, p.y + sizes.get(id)!.height);
    }
    for (const id of rest) map.nodes[id].position = { x: left, y: bottom + BAND_GAP };
  }
  const positions = autoLayout(map, (id) => sizes.get(id)!, ova.size > 0 ? { only: rest } : {});
  for (const [id, position] of positions) map.nodes[id].position = position;
}

function allAtOnePoint(positions: Position[]): boolean {
  return positions.length > 1 && positions.every((p) => p.x === positions[0].x && p.y === positions[0].y);
}

/**
 * The smallest factor (at least 1) by which OVA coordinates must be multiplied so that no two of our
 * cards, centred where OVA centred its nodes, overlap: a pair is apart once it is apart across or
 * down. Pairs OVA itself stacked (needing more than MAX_SPREAD) are left as OVA had them.
 *
 * Only a pair closer than a card across and a card down can need spreading, so the cards are put in
 * a grid of card-sized cells and each is compared with those in its own and the neighbouring cells:
 * linear for any layout, a column of thousands of nodes included (sorting by x alone was quadratic there).
 */
export function spreadFactor(ova: ReadonlyMap<NodeId, Position>, sizeOf: (id: NodeId) => Size): number {
  let [cellWidth, cellHeight] = [1, 1];
  for (const id of ova.keys()) {
    const size = sizeOf(id);
    cellWidth = Math.max(cellWidth, size.width + CARD_GAP);
    cellHeight = Math.max(cellHeight, size.height + CARD_GAP);
  }
  // A number names a cell; far-apart cells that share one (coordinates beyond millions) only add
  // pairs that need no spreading, so the result stays right.
  const cells = new Map<number, [NodeId, Position][]>();
  const cellOf = (p: Position, dx = 0, dy = 0): number =>
    (Math.floor(p.x / cellWidth) + dx) * CELL_ROWS + Math.floor(p.y / cellHeight) + dy;
  for (const entry of ova) appendTo(cells, cellOf(entry[1]), entry);

  let factor = 1;
  for (const [idA, a] of ova) {
    for (const [dx, dy] of NEIGHBOURS) {
      for (const [idB, b] of cells.get(cellOf(a, dx, dy)) ?? []) {
        // Each pair once: the one further right (or, level, further down, or the later id) compares.
        if (b.x < a.x || (b.x === a.x && (b.y < a.y || (b.y === a.y && idB <= idA)))) continue;
        const across = b.x - a.x;
        const halfWidths = (sizeOf(idA).width + sizeOf(idB).width) / 2 + CARD_GAP;
        const down = Math.abs(b.y - a.y);
        const upperHeight = (a.y <= b.y ? sizeOf(idA) : sizeOf(idB)).height + CARD_GAP;
        const needed = Math.min(across > 0 ? halfWidths / across : Infinity, down > 0 ? upperHeight / down : Infinity);
        if (needed <= MAX_SPREAD) factor = Math.max(factor, needed);
      }
    }
  }
  return factor;
}

const CELL_ROWS = 1 << 20;
const NEIGHBOURS: readonly [number, number][] = [-1, 0, 1].flatMap((dx) =>
  [-1, 0, 1].map((dy): [number, number] => [dx, dy]),
);
