import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { parentRelationOf, primaryParents, treeChildren } from '../model/graph';
import { concludes, inPremiseOrder } from '../model/premiseOrder';
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
 * premise the row beneath its parent, centred under it, but always after the row's cards that
 * come before it in reading order and before those that come after (cousins never interleave).
 * When the row has no room there, the cards before it step left and those after it step right
 * by half the room each, with everything below them: nothing new overlaps, and no card moves
 * more than about half a card's width.
 */
export function placeNew(
  map: ArgumentMap,
  id: NodeId,
  sizeOf: SizeOf = (n) => estimateNodeSize(map.nodes[n]),
): Placement {
  const size = { ...NEW_SIZE, width: sizeOf(id).width };
  const box = (n: NodeId): Box => ({ ...map.nodes[n].position, ...sizeOf(n) });
  const parent = primaryParents(map).get(id);
  if (parent === undefined || !map.nodes[parent]) {
    const above = conclusionBelow(map, id);
    if (!above) return { position: freeSpot(map, map.nodes[id].position, sizeOf), moves: new Map() };
    // What a recommendation follows from stands a row above it: beside the recommendation's own
    // parent (as Ctrl+L hangs it), or straight above a recommendation that has none.
    const conclusion = box(above);
    const itsParent = primaryParents(map).get(above);
    const at = itsParent
      ? { x: box(itsParent).x + box(itsParent).width + GAP, y: box(itsParent).y }
      : { x: conclusion.x, y: conclusion.y - ROW_GAP - size.height };
    return makeRoom(map, id, { ...size, ...at }, box);
  }
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

/**
 * Where each node comes in the map's reading order (the tree depth first, premises in their
 * order): the cards of a row that come before the new one belong on its left, the rest on its
 * right, as Ctrl+L would draw them.
 */
function readingIndex(map: ArgumentMap): Map<NodeId, number> {
  const parents = primaryParents(map);
  const children = treeChildren(map);
  const roots = inPremiseOrder(
    map,
    (Object.keys(map.nodes) as NodeId[]).filter((n) => !parents.has(n)),
  );
  const index = new Map<NodeId, number>();
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (index.has(at)) continue;
    index.set(at, index.size);
    const kids = children.get(at) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return index;
}

function makeRoom(map: ArgumentMap, id: NodeId, wanted: Box, box: (n: NodeId) => Box): Placement {
  const others = (Object.keys(map.nodes) as NodeId[]).filter((n) => n !== id);
  const index = readingIndex(map);
  const mine = index.get(id) ?? Infinity;
  const before = (n: NodeId): boolean => (index.get(n) ?? Infinity) < mine;
  const inRow = (b: Box): boolean => b.y < wanted.y + wanted.height + GAP && wanted.y < b.y + b.height + GAP;
  // The free stretch of the row between the cards that come before the new one and those after it.
  let [low, high] = [-Infinity, Infinity];
  for (const n of others) {
    const b = box(n);
    if (!inRow(b)) continue;
    if (before(n)) low = Math.max(low, b.x + b.width + GAP);
    else high = Math.min(high, b.x - GAP);
  }
  const fits = high - low >= wanted.width;
  const x = fits ? Math.min(Math.max(wanted.x, low), high - wanted.width) : low;
  const placed = { ...wanted, x };
  const moves = new Map<NodeId, Position>();
  if (!fits) {
    // Both sides share the room: the cards before step left, those after step right, each with
    // everything below them; rows above stay where they are.
    const half = (wanted.width - (high - low)) / 2;
    placed.x = low - half;
    const rowTop = wanted.y - ROW_GAP / 2;
    for (const n of others) {
      const b = box(n);
      if (b.y < rowTop) continue;
      moves.set(n, { x: Math.round(b.x + (before(n) ? -half : half)), y: b.y });
    }
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

/** The recommendation a node supports, when that support does not hang it in the tree. */
function conclusionBelow(map: ArgumentMap, id: NodeId): NodeId | undefined {
  const relation = Object.values(map.relations).find((r) => r.from.includes(id) && concludes(map, r));
  return relation && 'node' in relation.to && map.nodes[relation.to.node] ? relation.to.node : undefined;
}

const round = (b: Box): Position => ({ x: Math.round(b.x), y: Math.round(b.y) });
