import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { childrenOf } from '../model/graph';
import { estimateNodeSize, NODE_WIDTH, type Size } from './nodeSize';

const GAP = 24;
const ROW_GAP = 80;
/** A new node's expected size before it has text. */
const NEW_SIZE: Size = { width: NODE_WIDTH, height: estimateNodeSize({ text: '' }).height };

type SizeOf = (id: NodeId) => Size;

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
    const hit = boxes.find(
      (box) =>
        at.x < box.x + box.width + GAP &&
        box.x < at.x + NEW_SIZE.width + GAP &&
        at.y < box.y + box.height + GAP &&
        box.y < at.y + NEW_SIZE.height + GAP,
    );
    if (!hit) return at;
    at.x = hit.x + hit.width + GAP;
  }
  return at;
}

/** Where a new premise of `parent` goes: in the row beneath it, right of its other premises. */
export function spotForChild(map: ArgumentMap, parent: NodeId, sizeOf?: SizeOf): Position {
  const size = sizeOf ?? ((id: NodeId) => estimateNodeSize(map.nodes[id]));
  const at = map.nodes[parent].position;
  const kids = childrenOf(map, parent).map((id) => map.nodes[id]);
  const y = at.y + size(parent).height + ROW_GAP;
  // Not Math.min(...kids): a node with 100,000 premises would overflow the stack.
  const x = kids.length === 0 ? at.x : kids.reduce((left, kid) => Math.min(left, kid.position.x), Infinity);
  return freeSpot(map, { x, y }, size);
}

/** Where a new sibling of `node` goes: beside it, in its row. */
export function spotBeside(map: ArgumentMap, node: NodeId, sizeOf?: SizeOf): Position {
  return freeSpot(map, map.nodes[node].position, sizeOf);
}
