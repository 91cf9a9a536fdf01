import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { parentRelationOf, primaryParents, treeChildren } from '../model/graph';
import { LAYOUT_SPACING } from './autoLayout';
import { estimateNodeSize, NODE_WIDTH, type Size } from './nodeSize';

const { gap: GAP, verticalGap: ROW_GAP } = LAYOUT_SPACING;
/** A new node's expected size before it has text. */
const NEW_SIZE: Size = { width: NODE_WIDTH, height: estimateNodeSize({ text: '' }).height };

type SizeOf = (id: NodeId) => Size;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first spot at or to the right of `start` where a new card overlaps nothing. */
export function freeSpot(
  map: ArgumentMap,
  start: Position,
  sizeOf: SizeOf = (id) => estimateNodeSize(map.nodes[id]),
): Position {
  const boxes = Object.values(map.nodes).map((node) => ({ ...node.position, ...sizeOf(node.id) }));
  const at = { x: Math.round(start.x), y: Math.round(start.y) };
  // Each step moves past at least one box, so this ends after at most boxes.length steps.
  for (let tries = 0; tries <= boxes.length; tries += 1) {
    const hit = boxes.find((box) => near(box, { ...at, ...NEW_SIZE }));
    if (!hit) return at;
    at.x = hit.x + hit.width + GAP;
  }
  return at;
}

const near = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** Where a new node goes, and the cards that step aside for it. */
export interface Placement {
  position: Position;
  moves: Map<NodeId, Position>;
}

/**
 * Incremental placement: where a node just added to `map` (with its relation) goes, as Ctrl+L
 * would put it relative to what is on the canvas now, moving as little else as it can. It joins
 * its siblings' row in its place in their order (beside the previous sibling), or for a first
 * premise the row beneath its parent, centred under it. Cards in the way step aside: those on
 * its left to the left, those on its right to the right, each with everything beside and below
 * them on that side, so nothing new overlaps and no card moves more than about half a card's
 * width (a whole width when only one side is in the way).
 */
export function placeNew(
  map: ArgumentMap,
  id: NodeId,
  sizeOf: SizeOf = (n) => estimateNodeSize(map.nodes[n]),
): Placement {
  const size = { ...NEW_SIZE, width: sizeOf(id).width };
  const box = (n: NodeId): Box => ({ ...map.nodes[n].position, ...sizeOf(n) });
  const parent = primaryParents(map).get(id);
  if (parent === undefined || !map.nodes[parent])
    return { position: freeSpot(map, map.nodes[id].position, sizeOf), moves: new Map() };
  const via = parentRelationOf(map, id);
  if (via && 'relation' in via.to) {
    // An undercutter stands beside the premise whose inference it attacks, as Ctrl+L puts it:
    // beneath it, its arrow would run behind the premise's card.
    const premise = box(parent);
    return makeRoom(map, id, { ...size, x: premise.x + premise.width + GAP, y: premise.y }, box);
  }
  const siblings = treeChildren(map).get(parent) ?? [];
  const index = siblings.indexOf(id);
  const [before, after] = [siblings[index - 1], siblings[index + 1]];
  let at: Position;
  if (before !== undefined) at = { x: box(before).x + box(before).width + GAP, y: box(before).y };
  else if (after !== undefined) at = { x: box(after).x - GAP - size.width, y: box(after).y };
  else {
    const above = box(parent);
    // Ctrl+L's rows are top-aligned: the next row starts below the tallest card of the parent's row.
    let rowBottom = above.y + above.height;
    for (const node of Object.values(map.nodes)) {
      if (node.id !== id && Math.abs(node.position.y - above.y) < 1) {
        rowBottom = Math.max(rowBottom, node.position.y + sizeOf(node.id).height);
      }
    }
    at = { x: above.x + above.width / 2 - size.width / 2, y: rowBottom + ROW_GAP };
  }
  return makeRoom(map, id, { ...at, ...size }, box);
}

function makeRoom(map: ArgumentMap, id: NodeId, wanted: Box, box: (n: NodeId) => Box): Placement {
  const others = (Object.keys(map.nodes) as NodeId[]).filter((n) => n !== id);
  const centre = (b: Box): number => b.x + b.width / 2;
  const middle = centre(wanted);
  let [needLeft, needRight] = [0, 0];
  for (const n of others) {
    const b = box(n);
    if (!near(b, wanted)) continue;
    if (centre(b) < middle) needLeft = Math.max(needLeft, b.x + b.width + GAP - wanted.x);
    else needRight = Math.max(needRight, wanted.x + wanted.width + GAP - b.x);
  }
  if (needLeft === 0 && needRight === 0) return { position: round(wanted), moves: new Map() };
  // One side alone moves a card's width at most; past that, both sides share the room.
  let shift = 0;
  const oneSided = (needLeft === 0 || needRight === 0) && needLeft + needRight <= wanted.width;
  if (!oneSided) shift = (needLeft - needRight) / 2;
  const [left, right] = [needLeft - shift, needRight + shift];
  const placed = { ...wanted, x: wanted.x + shift };
  const moves = new Map<NodeId, Position>();
  // Everything in the new card's row and below it steps aside on its side; rows above stay.
  const rowTop = wanted.y - ROW_GAP / 2;
  for (const n of others) {
    const b = box(n);
    if (b.y < rowTop) continue;
    const dx = centre(b) < middle ? -left : right;
    if (dx !== 0) moves.set(n, { x: Math.round(b.x + dx), y: b.y });
  }
  // A tall card from the row above may still be in the way: then the first free spot to its right.
  const moved = (n: NodeId): Box => ({ ...box(n), ...(moves.get(n) ?? {}) });
  const blocked = others.some((n) => near(moved(n), placed));
  if (!blocked) return { position: round(placed), moves };
  const shifted: ArgumentMap = { ...map, nodes: { ...map.nodes } };
  for (const [n, position] of moves) shifted.nodes[n] = { ...shifted.nodes[n], position };
  delete shifted.nodes[id];
  const sizeOf = (n: NodeId): Size => ({ width: box(n).width, height: box(n).height });
  return { position: freeSpot(shifted, placed, sizeOf), moves };
}

const round = (b: Box): Position => ({ x: Math.round(b.x), y: Math.round(b.y) });
