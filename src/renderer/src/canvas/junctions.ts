import type { ArgumentMap, Position, Relation } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { estimateNodeSize, type Size } from '../../../shared/layout/nodeSize';
import { junctionCentre, junctionSize, type NodeGeometry } from '../../../shared/layout/junctionGeometry';

export { relationsWithJunction } from '../../../shared/layout/junctionGeometry';

/** Reads positions and sizes, preferring a drag in progress and React Flow's measurements. */
export function nodeGeometry(
  map: ArgumentMap,
  dragPositions: ReadonlyMap<NodeId, Position>,
  measured: ReadonlyMap<NodeId, Size>,
): NodeGeometry {
  return {
    positionOf: (id) => dragPositions.get(id) ?? map.nodes[id].position,
    sizeOf: (id) => measured.get(id) ?? estimateNodeSize(map.nodes[id]),
  };
}

/** Top-left corner of a relation's junction node. */
export function junctionPosition(map: ArgumentMap, relation: Relation, geometry: NodeGeometry): Position {
  const centre = junctionCentre(map, relation, geometry);
  const size = junctionSize(relation);
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
}
