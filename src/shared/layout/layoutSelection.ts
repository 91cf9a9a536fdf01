import type { ArgumentMap, Position, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';

/** The selected nodes and the relations that lie wholly inside the selection. */
export function inducedMap(map: ArgumentMap, only: ReadonlySet<NodeId>): ArgumentMap {
  const nodes = Object.fromEntries(Object.entries(map.nodes).filter(([id]) => only.has(id as NodeId)));
  const relations: Record<RelationId, Relation> = {};
  // An undercut belongs to the selection only with the relation it undercuts (depth stops a cycle).
  const inside = (relation: Relation, depth = 0): boolean =>
    relation.from.every((id) => only.has(id)) &&
    ('node' in relation.to
      ? only.has(relation.to.node)
      : depth < 8 && !!map.relations[relation.to.relation] && inside(map.relations[relation.to.relation], depth + 1));
  for (const relation of Object.values(map.relations)) if (inside(relation)) relations[relation.id] = relation;
  return { meta: map.meta, nodes: nodes as ArgumentMap['nodes'], relations };
}

/** The top-left corner of the nodes' current positions. */
export function topLeftOf(map: ArgumentMap, ids: ReadonlySet<NodeId>): Position {
  // A loop, not Math.min(...list): a selection of the whole of a big map would overflow the stack.
  let [x, y] = [Infinity, Infinity];
  for (const id of ids) {
    const position = map.nodes[id]?.position;
    if (position) [x, y] = [Math.min(x, position.x), Math.min(y, position.y)];
  }
  return { x, y };
}

/** The positions moved together so that their top-left corner lands on `corner`. */
export function moveTo(positions: ReadonlyMap<NodeId, Position>, corner: Position): Map<NodeId, Position> {
  let [left, top] = [Infinity, Infinity];
  for (const p of positions.values()) [left, top] = [Math.min(left, p.x), Math.min(top, p.y)];
  const [dx, dy] = [corner.x - left, corner.y - top];
  return new Map([...positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}
