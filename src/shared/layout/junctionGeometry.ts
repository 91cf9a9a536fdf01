import type { ArgumentMap, Position, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import type { Size } from './nodeSize';

/** A junction's box: a "linked" pill where linked premises join, or a dot an undercut can hit. */
export const JUNCTION_SIZE = { linked: { width: 56, height: 22 }, plain: { width: 14, height: 14 } };

/** Where each node is and how big it is: the canvas reads drags and measurements, exports their own layout. */
export interface NodeGeometry {
  positionOf: (id: NodeId) => Position;
  sizeOf: (id: NodeId) => Size;
}

/**
 * Relations drawn through a junction: linked arguments (several premises join
 * before the arrow) and relations an undercut points at (it needs a point to hit).
 */
export function relationsWithJunction(map: Pick<ArgumentMap, 'relations'>): ReadonlySet<RelationId> {
  // Asked several times per render (edges, junction nodes); immer gives a new record only when relations change.
  const known = junctionCache.get(map.relations);
  if (known) return known;
  const ids = new Set<RelationId>();
  for (const relation of Object.values(map.relations)) {
    if (relation.from.length > 1) ids.add(relation.id);
    if ('relation' in relation.to) ids.add(relation.to.relation);
  }
  junctionCache.set(map.relations, ids);
  return ids;
}

const junctionCache = new WeakMap<ArgumentMap['relations'], ReadonlySet<RelationId>>();

/**
 * The centre of a junction: halfway between its premises (their top edges) and its
 * target's bottom edge, so the arrow into the target stays short and readable.
 * `depth` stops a cycle of undercuts from recursing forever.
 */
export function junctionCentre(map: ArgumentMap, relation: Relation, geometry: NodeGeometry, depth = 0): Position {
  const premises = relation.from.map((id) => {
    const position = geometry.positionOf(id);
    return { x: position.x + geometry.sizeOf(id).width / 2, y: position.y };
  });
  let target: Position = premises[0];
  if ('node' in relation.to) {
    const position = geometry.positionOf(relation.to.node);
    const size = geometry.sizeOf(relation.to.node);
    target = { x: position.x + size.width / 2, y: position.y + size.height };
  } else {
    const undercut = map.relations[relation.to.relation];
    if (undercut && depth < 8) target = junctionCentre(map, undercut, geometry, depth + 1);
  }
  const premisesX = premises.reduce((sum, p) => sum + p.x, 0) / premises.length;
  const premisesTop = Math.min(...premises.map((p) => p.y));
  return { x: (premisesX + target.x) / 2, y: (premisesTop + target.y) / 2 };
}

/** The size of a relation's junction: linked premises get a labelled pill. */
export const junctionSize = (relation: Relation): Size =>
  relation.from.length > 1 ? JUNCTION_SIZE.linked : JUNCTION_SIZE.plain;
