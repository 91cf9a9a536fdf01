import type { ArgumentMap, Position } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { descendantsOf } from '../model/graph';
import { autoLayout } from './autoLayout';
import { estimateNodeSize, type Size } from './nodeSize';

/**
 * Where the cards under `parent` go when the layout redraws only that branch (after its premises
 * were reordered): the branch laid out as Ctrl+L would, the parent's card staying where it is.
 * Costs the size of the branch, not of the map.
 */
export function branchPositions(
  map: ArgumentMap,
  parent: NodeId,
  sizeOf: (id: NodeId) => Size = (id) => estimateNodeSize(map.nodes[id]),
): Map<NodeId, Position> {
  const branch = descendantsOf(map, [parent]);
  branch.add(parent);
  const laidOut = autoLayout(map, sizeOf, { only: branch });
  const from = laidOut.get(parent);
  const at = map.nodes[parent]?.position;
  if (!from || !at) return new Map();
  const [dx, dy] = [at.x - from.x, at.y - from.y];
  return new Map([...laidOut].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}
